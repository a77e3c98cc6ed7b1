import Foundation
@testable import PraatplaatPreview

enum Paths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let examples = root.appendingPathComponent("examples")

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("praatplaat-preview-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// A socket connected to the server on 127.0.0.1, answers waited for up to 10 s.
func connected(port: UInt16) throws -> Int32 {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = port.bigEndian
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let status = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    guard status == 0 else { close(fd); throw POSIXError(.ECONNREFUSED) }
    var timeout = timeval(tv_sec: 10, tv_usec: 0)
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    return fd
}

/// One HTTP exchange over a plain socket, so a test can send what a browser never would (any
/// Host, broken requests). Gives the status code and the body.
func exchange(port: UInt16, _ request: String) throws -> (status: Int, body: String) {
    let fd = try connected(port: port)
    defer { close(fd) }
    let bytes = Array(request.utf8)
    _ = bytes.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = recv(fd, &buffer, buffer.count, 0)
        if n <= 0 { break }
        data.append(contentsOf: buffer[0..<n])
        // Enough when the whole body that Content-Length announces is in.
        if let split = data.range(of: Data("\r\n\r\n".utf8)) {
            let head = String(decoding: data[..<split.lowerBound], as: UTF8.self).lowercased()
            if let line = head.components(separatedBy: "\r\n").first(where: { $0.hasPrefix("content-length:") }),
               let length = Int(line.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)),
               data.count - split.upperBound >= length { break }
        }
    }
    let text = String(decoding: data, as: UTF8.self)
    let status = Int(text.split(separator: " ").dropFirst().first ?? "") ?? 0
    let body = text.range(of: "\r\n\r\n").map { String(text[$0.upperBound...]) } ?? ""
    return (status, body)
}

func get(_ port: UInt16, _ path: String, host: String? = nil) throws -> (status: Int, body: String) {
    try exchange(port: port, "GET \(path) HTTP/1.1\r\nHost: \(host ?? "127.0.0.1:\(port)")\r\nConnection: close\r\n\r\n")
}

func send(_ port: UInt16, _ method: String, _ path: String, json: String, token: String?, origin: String? = nil) throws -> (status: Int, body: String) {
    var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: \(json.utf8.count)\r\n"
    if let token { head += "X-Praatplaat-Token: \(token)\r\n" }
    if let origin { head += "Origin: \(origin)\r\n" }
    return try exchange(port: port, head + "\r\n" + json)
}

/// Waits up to `seconds` for the server's snapshot to satisfy `condition`.
func waitFor(_ server: PreviewServer, seconds: Double = 15, _ condition: (PreviewSnapshot) -> Bool) async -> PreviewSnapshot? {
    let end = Date(timeIntervalSinceNow: seconds)
    while Date() < end {
        let s = server.snapshot
        if condition(s) { return s }
        try? await Task.sleep(nanoseconds: 10_000_000)
    }
    return nil
}

/// A report of our own next to a picture, in a folder of its own.
func reportFolder(title: String = "Speeltuinwerk in Oosterwijk") throws -> (folder: URL, report: URL) {
    let folder = try Paths.temporaryFolder()
    let report = folder.appendingPathComponent("speeltuin.yaml")
    try Data(sampleReport(title: title).utf8).write(to: report)
    return (folder, report)
}

func sampleReport(title: String) -> String {
    """
    title: \(title)
    subtitle: Voorbeeldcijfers over buitenspelen na schooltijd
    organisation: Welzijnsstichting Oosterwijk
    sections:
      - kind: keyFigures
        title: In cijfers (voorbeeld)
        figures:
          - { value: 38%, label: van de kinderen speelt wekelijks buiten op het plein }
          - { value: 1240, label: bezoeken aan de speeltuinactiviteiten }
      - kind: text
        title: Waarom buitenspelen
        text: Buitenspeelgelegenheden in de wijk zijn ontmoetingsplaatsen voor kinderen en ouders.

    """
}

/// Everything the server sends on one connection until it closes it (or 10 s pass).
func everything(port: UInt16, _ request: String) throws -> String {
    let fd = try connected(port: port)
    defer { close(fd) }
    let bytes = Array(request.utf8)
    var sent = 0
    while sent < bytes.count {
        let n = bytes[sent...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        if n <= 0 { break }
        sent += n
    }
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = recv(fd, &buffer, buffer.count, 0)
        if n <= 0 { break }
        data.append(contentsOf: buffer[0..<n])
    }
    return String(decoding: data, as: UTF8.self)
}
