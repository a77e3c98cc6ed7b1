import FlyingFox
import FlyingSocks
import Foundation
import PraatplaatPipeline

/// `praatplaat preview`: renders the report, then serves its pages on 127.0.0.1 and follows
/// every save. Started and stopped by the command line; prints nothing itself.
public final class PreviewServer: @unchecked Sendable {
    public let options: PreviewOptions
    let hub = PreviewHub()
    let site: SiteFolder
    let loop: PreviewLoop
    let token = RequestGuard.newToken()
    private var server: HTTPServer?
    private var serving: Task<Void, any Error>?
    public private(set) var port: UInt16 = 0

    public init(options: PreviewOptions) {
        self.options = options
        site = SiteFolder(templates: options.templates)
        loop = PreviewLoop(options: options, hub: hub, site: site)
    }

    public enum StartError: Error, CustomStringConvertible {
        case cannotListen(String)
        public var description: String {
            switch self { case .cannotListen(let why): why }
        }
    }

    /// The first render, then the server; gives the page's address.
    public func start() async throws(StartError) -> URL {
        loop.start()
        let address: sockaddr_in
        do {
            address = try .inet(ip4: "127.0.0.1", port: options.port)
        } catch {
            throw .cannotListen("cannot make the address 127.0.0.1:\(options.port): \(error)")
        }
        // The handler needs the port for its Host check; with port 0 the system picks one, so
        // the handler reads it from a box filled in once the server listens.
        let box = PortBox(options.port)
        let server = HTTPServer(address: address, timeout: 30, logger: .disabled, handler: RoutingHandler(box: box, make: makeHandler))
        self.server = server
        serving = Task { try await server.run() }
        do {
            try await server.waitUntilListening(timeout: 5)
        } catch {
            var reason = "\(error)"
            if let finished = await serving?.result, case .failure(let failure) = finished {
                switch failure as? SocketError {
                case .failed(_, errno: EADDRINUSE, _)?: reason = "the port is in use; choose another with --port, or leave --port out for a free one"
                case .failed(_, errno: EACCES, _)?: reason = "this user may not use that port; choose one from 1024 up"
                case .failed(_, _, let message)?: reason = message
                default: reason = "\(failure)"
                }
            }
            loop.stop()
            site.remove()
            throw .cannotListen("cannot listen on 127.0.0.1:\(options.port): \(reason)")
        }
        if case .ip4(_, let bound)? = await server.listeningAddress { port = bound }
        box.set(port)
        return URL(string: "http://127.0.0.1:\(port)/")!
    }

    /// Calls `report` if the server stops listening by itself (out of file descriptors, say),
    /// so the command can say so instead of serving nothing, silently.
    public func whenListeningEnds(_ report: @escaping @Sendable (String) -> Void) {
        guard let serving else { return }
        Task {
            if case .failure(let error) = await serving.result, !(error is CancellationError) { report("the preview stopped listening: \(error)") }
        }
    }

    /// Removes the preview's own folder without waiting for the server (when it does not stop).
    public func removeOwnFiles() { site.remove() }

    private func makeHandler(port: UInt16) throws -> PreviewHandler {
        try PreviewHandler(hub: hub, source: ReportSource(url: options.report), site: site, guardRules: RequestGuard(port: port, token: token))
    }

    /// Ends the render thread and the server and removes the preview's own folder.
    public func stop() async {
        loop.stop()
        hub.closeAll()
        await server?.stop(timeout: 1)
        serving?.cancel()
        site.remove()
    }

    /// The newest snapshot (for tests and the command line's messages).
    public var snapshot: PreviewSnapshot { hub.current }
}

/// The listening port, known only once the server listens.
final class PortBox: @unchecked Sendable {
    private let lock = NSLock()
    private var port: UInt16
    init(_ port: UInt16) { self.port = port }
    func set(_ value: UInt16) { lock.withLock { port = value } }
    var value: UInt16 { lock.withLock { port } }
}

/// Makes the real handler once the port is known, and hands every request to it.
final class RoutingHandler: HTTPHandler, @unchecked Sendable {
    private let box: PortBox
    private let make: (UInt16) throws -> PreviewHandler
    private let lock = NSLock()
    private var made: PreviewHandler?

    init(box: PortBox, make: @escaping (UInt16) throws -> PreviewHandler) {
        self.box = box
        self.make = make
    }

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let handler = try lock.withLock { () throws -> PreviewHandler in
            if let made, made.guardRules.port == box.value { return made }
            let fresh = try make(box.value)
            made = fresh
            return fresh
        }
        return try await handler.handleRequest(request)
    }
}
