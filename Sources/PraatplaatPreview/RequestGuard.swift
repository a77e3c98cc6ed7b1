import Foundation

/// The preview's rules for who may ask what. It listens on 127.0.0.1 only; on top of that:
/// - a request's `Host` must be the loopback address or `localhost` with the preview's port, so
///   a web page that rebinds its own name to 127.0.0.1 (DNS rebinding) is refused;
/// - a request that changes something (a save, another row) or opens the live channel must
///   carry the token the page got from the server at start, and come from the page's own
///   origin when the browser says where it comes from.
struct RequestGuard: Sendable {
    let port: UInt16
    let token: String

    static func newToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in String(format: "%016llx", generator.next() as UInt64) }.joined()
    }

    var hosts: Set<String> {
        ["127.0.0.1:\(port)", "localhost:\(port)"]
    }

    func hostAllowed(_ host: String?) -> Bool {
        guard let host else { return false }
        return hosts.contains(host.lowercased())
    }

    /// No `Origin` (a same-origin GET, a script outside a browser) or the page's own.
    func originAllowed(_ origin: String?) -> Bool {
        guard let origin else { return true }
        return hosts.contains { "http://\($0)" == origin.lowercased() }
    }

    /// Compares in constant time, so the token cannot be guessed a character at a time.
    func tokenMatches(_ given: String?) -> Bool {
        guard let given, given.utf8.count == token.utf8.count else { return false }
        return zip(given.utf8, token.utf8).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
