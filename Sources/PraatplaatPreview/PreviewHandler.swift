import FlyingFox
import Foundation
import PraatplaatLoader
import PraatplaatModel
import PraatplaatResources

/// Answers the preview page's requests. Everything it serves is made by Praatplaat: the page,
/// its script and style sheet, the rendered pages, the report's text, and the site page built
/// into the preview's own folder. Nothing is listed, nothing outside those is read.
struct PreviewHandler: HTTPHandler {
    let hub: PreviewHub
    let source: ReportSource
    let site: SiteFolder
    let guardRules: RequestGuard
    /// The page, style sheet and script, read once at start.
    let assets: [String: (Data, String)]
    let help: Data

    static let json = "application/json; charset=utf-8"

    init(hub: PreviewHub, source: ReportSource, site: SiteFolder, guardRules: RequestGuard) throws {
        self.hub = hub
        self.source = source
        self.site = site
        self.guardRules = guardRules
        let folder = PraatplaatResources.previewDirectory
        func read(_ name: String) throws -> Data { try Data(contentsOf: folder.appendingPathComponent(name)) }
        let page = String(decoding: try read("index.html"), as: UTF8.self).replacingOccurrences(of: "{{token}}", with: guardRules.token)
        assets = [
            "/": (Data(page.utf8), "text/html; charset=utf-8"),
            "/preview.css": (try read("preview.css"), "text/css; charset=utf-8"),
            "/preview.js": (try read("preview.js"), "text/javascript; charset=utf-8"),
            "/editor.js": (try read("editor.js"), "text/javascript; charset=utf-8"),
        ]
        help = EditorHelp.json()
    }

    /// The largest body read: under FlyingFox's 2 MB, up to which it drains a body the
    /// handler did not read; a larger one would stay on the connection and be read as the
    /// next request (a refused request could carry one past the Host check).
    static let largestBody = 2_000_000

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        // Framing we cannot drain, or a target that is not a path: answer and close.
        if request.headers[.transferEncoding] != nil { return Self.closing(.badRequest) }
        if let length = request.headers[.contentLength] {
            guard let n = Int(length), n >= 0 else { return Self.closing(.badRequest) }
            if n > Self.largestBody { return Self.closing(.payloadTooLarge) }
        }
        guard request.path.hasPrefix("/") else { return Self.closing(.badRequest) }
        guard guardRules.hostAllowed(request.headers[.host]) else { return Self.closing(.forbidden) }
        let path = request.path
        switch (request.method, path) {
        case (.GET, "/events"):
            guard authorised(request, token: request.query["token"]) else { return Self.closing(.forbidden) }
            return try await WebSocketHTTPHandler(handler: MessageFrameWSHandler(handler: Listener(hub: hub))).handleRequest(request)
        case (.GET, "/api/state"):
            return Self.encoded(hub.current)
        case (.GET, "/api/source"):
            return Self.encoded(source.read())
        case (.GET, "/api/help"):
            return HTTPResponse(statusCode: .ok, headers: Self.headers(Self.json, cache: "no-cache"), body: help)
        case (.PUT, "/api/source"):
            guard authorised(request) else { return Self.closing(.forbidden) }
            return try await save(request)
        case (.POST, "/api/view"):
            guard authorised(request) else { return Self.closing(.forbidden) }
            return try await changeView(request)
        case (.GET, _) where assets[path] != nil:
            let (data, type) = assets[path]!
            var headers = Self.headers(type, cache: "no-cache")
            if path == "/" {
                headers[HTTPHeader("Content-Security-Policy")] = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
            }
            return HTTPResponse(statusCode: .ok, headers: headers, body: data)
        case (.GET, _) where path.hasPrefix("/pages/"):
            return page(path)
        case (.GET, _) where path.hasPrefix("/site/"):
            return siteFile(String(path.dropFirst("/site/".count)))
        case (_, "/api/source"), (_, "/api/view"), (_, "/api/state"), (_, "/api/help"), (_, "/events"):
            return Self.text(.methodNotAllowed, "method not allowed\n")
        default:
            return Self.text(.notFound, "not found\n")
        }
    }

    func authorised(_ request: HTTPRequest, token: String? = nil) -> Bool {
        guardRules.originAllowed(request.headers[HTTPHeader("Origin")])
            && guardRules.tokenMatches(token ?? request.headers[HTTPHeader("X-Praatplaat-Token")])
    }

    /// `/pages/<version>/<n>.svg`: a version's pages never change, so the browser may keep them.
    func page(_ path: String) -> HTTPResponse {
        let parts = path.split(separator: "/")
        guard parts.count == 3, let version = Int(parts[1]), parts[2].hasSuffix(".svg"), let number = Int(parts[2].dropLast(4)),
              let svg = hub.page(version: version, number: number) else {
            return Self.text(.notFound, "no such page\n")
        }
        return HTTPResponse(statusCode: .ok, headers: Self.headers("image/svg+xml", cache: "private, max-age=3600, immutable"), body: svg)
    }

    func siteFile(_ path: String) -> HTTPResponse {
        let name = path.removingPercentEncoding ?? ""
        let file = name.hasSuffix("/") || name.isEmpty ? name + "index.html" : name
        guard let url = site.file(file), let data = FileManager.default.contents(atPath: url.path) else {
            return Self.text(.notFound, "not found\n")
        }
        let types = ["html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8",
                     "svg": "image/svg+xml", "png": "image/png", "pdf": "application/pdf", "woff2": "font/woff2", "woff": "font/woff",
                     "ttf": "font/ttf", "otf": "font/otf", "xml": "application/xml", "json": Self.json]
        var headers = Self.headers(types[url.pathExtension.lowercased()] ?? "application/octet-stream", cache: "no-cache")
        headers[HTTPHeader("Content-Security-Policy")] = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'self'"
        return HTTPResponse(statusCode: .ok, headers: headers, body: data)
    }

    struct SaveRequest: Decodable { var text: String; var base: String }
    struct Saved: Encodable { var digest: String; var backup: String }
    struct Conflict: Encodable { var message: String; var text: String; var digest: String }

    func save(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard let body = try await Self.body(request, limit: source.limits.maxFileBytes * 6 + 1024),
              let wanted = try? JSONDecoder().decode(SaveRequest.self, from: body) else {
            return Self.text(.badRequest, "expected {\"text\": ..., \"base\": ...}\n")
        }
        do {
            let digest = try source.save(wanted.text, base: wanted.base)
            hub.poke()
            return Self.encoded(Saved(digest: digest, backup: source.backup.lastPathComponent))
        } catch {
            switch error {
            case .conflict(let current, let digest):
                return Self.encoded(Conflict(message: "\(source.read().file) was changed in another editor since you opened it", text: current, digest: digest), status: .conflict)
            case .tooLarge(let limit):
                return Self.text(.payloadTooLarge, "a report file may be at most \(limit / 1024) KB\n")
            case .unwritable(let message):
                return Self.text(.internalServerError, message + "\n")
            }
        }
    }

    struct ViewRequest: Decodable { var row: Int?; var marks: Bool?; var site: Bool? }

    func changeView(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard let body = try await Self.body(request, limit: 4096), let wanted = try? JSONDecoder().decode(ViewRequest.self, from: body) else {
            return Self.text(.badRequest, "expected {\"row\": n, \"marks\": true|false, \"site\": true|false}\n")
        }
        hub.change { view in
            if let row = wanted.row { view.row = max(0, row) }
            if let marks = wanted.marks { view.marks = marks }
            if let site = wanted.site { view.site = site }
        }
        return HTTPResponse(statusCode: .noContent)
    }

    /// The body, or nil when it is longer than `limit` (said by its length, or found reading).
    static func body(_ request: HTTPRequest, limit: Int) async throws -> Data? {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit { return nil }
        let data = try await request.bodyData
        return data.count <= limit ? data : nil
    }

    static func headers(_ type: String, cache: String) -> HTTPHeaders {
        [.contentType: type, .cacheControl: cache, HTTPHeader("X-Content-Type-Options"): "nosniff", HTTPHeader("Referrer-Policy"): "no-referrer",
         HTTPHeader("Cross-Origin-Resource-Policy"): "same-origin"]
    }

    /// A refusal after which the connection is closed, so nothing the client sent after this
    /// request is read as another one. FlyingFox stops reading a connection once a response
    /// hands it over (as a WebSocket upgrade does); this one hands over to nothing.
    static func closing(_ status: HTTPStatusCode) -> HTTPResponse {
        var response = HTTPResponse(headers: [.contentLength: "0", .connection: "close", HTTPHeader("Cross-Origin-Resource-Policy"): "same-origin"],
                                    webSocket: Closed())
        response.statusCode = status
        return response
    }

    static func text(_ status: HTTPStatusCode, _ text: String) -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: headers("text/plain; charset=utf-8", cache: "no-store"), body: Data(text.utf8))
    }

    static func encoded(_ value: some Encodable, status: HTTPStatusCode = .ok) -> HTTPResponse {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return HTTPResponse(statusCode: status, headers: headers(json, cache: "no-store"), body: data)
    }
}

/// The live channel: the page hears `{"version": n}` whenever there is something new to fetch.
struct Listener: WSMessageHandler {
    let hub: PreviewHub

    func makeMessages(for client: AsyncStream<WSMessage>) async throws -> AsyncStream<WSMessage> {
        let (news, end) = hub.listen()
        // The page says nothing on it; when it goes, so does its stream of news.
        Task {
            for await _ in client {}
            end()
        }
        return news
    }
}

/// Takes a connection over and ends it at once (see `PreviewHandler.closing`).
struct Closed: WSHandler {
    func makeFrames(for client: AsyncThrowingStream<WSFrame, any Error>) async throws -> AsyncStream<WSFrame> {
        AsyncStream { $0.finish() }
    }
}
