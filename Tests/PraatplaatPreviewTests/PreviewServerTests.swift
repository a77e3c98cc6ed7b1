import Foundation
import PraatplaatModel
@testable import PraatplaatPreview
import Testing

/// The preview's server, in process, over real sockets: pages follow saves, a broken file keeps
/// the last good pages, writes need the token, other hosts are refused, nothing outside is served.
@Suite(.serialized)
struct PreviewServerTests {
    func started(_ report: URL, data: URL? = nil, nameColumn: String? = nil) async throws -> PreviewServer {
        var options = PreviewOptions(report: report)
        options.data = data
        options.nameColumn = nameColumn
        let server = PreviewServer(options: options)
        _ = try await server.start()
        return server
    }

    @Test func pagesFollowEverySave() async throws {
        let (folder, report) = try reportFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try await started(report)
        defer { Task { await server.stop() } }
        let first = server.snapshot
        #expect(first.title == "Speeltuinwerk in Oosterwijk")
        #expect(first.pages.count == 1)
        #expect(first.problems.filter { $0.severity == "error" }.isEmpty)
        let page = try get(server.port, first.pages[0].href)
        #expect(page.status == 200)
        #expect(page.body.contains("<svg"))
        #expect(page.body.contains("Speeltuinwerk"))

        try Data(sampleReport(title: "Buitenspelen in Oosterwijk").utf8).write(to: report)
        let next = await waitFor(server) { $0.title == "Buitenspelen in Oosterwijk" }
        #expect(next != nil)
        #expect(next?.pages.first?.href != first.pages.first?.href)
        let redrawn = try get(server.port, next?.pages.first?.href ?? "/")
        #expect(redrawn.body.contains("Buitenspelen"))
        let state = try get(server.port, "/api/state")
        #expect(state.status == 200 && state.body.contains("Buitenspelen in Oosterwijk"))
    }

    @Test func theThemeAndPicturesAreFollowedToo() async throws {
        let (folder, report) = try reportFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let theme = folder.appendingPathComponent("huisstijl.yaml")
        try Data("name: Proef\nbase: default\npalette:\n  primary: \"#1D5C3A\"\n".utf8).write(to: theme)
        let icon = folder.appendingPathComponent("speeltoestel.svg")
        try Data("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\"/></svg>".utf8).write(to: icon)
        let text = sampleReport(title: "Met huisstijl").replacingOccurrences(of: "sections:\n", with: "theme: huisstijl.yaml\nsections:\n")
            + "  - kind: list\n    items:\n      - { icon: speeltoestel.svg, text: Een nieuw speeltoestel op het plein }\n"
        try Data(text.utf8).write(to: report)
        let server = try await started(report)
        defer { Task { await server.stop() } }
        #expect(server.snapshot.problems.filter { $0.severity == "error" }.isEmpty, "\(server.snapshot.problems.map(\.text))")
        let first = try get(server.port, server.snapshot.pages[0].href).body
        #expect(first.lowercased().contains("#1d5c3a"))

        let shown = server.snapshot.version
        try Data("name: Proef\nbase: default\npalette:\n  primary: \"#7A1F5C\"\n".utf8).write(to: theme)
        let recoloured = try #require(await waitFor(server) { $0.version > shown })
        let second = try get(server.port, recoloured.pages[0].href).body
        #expect(second.lowercased().contains("#7a1f5c"))

        let before = server.snapshot.version
        try Data("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><circle cx=\"5\" cy=\"5\" r=\"5\"/></svg>".utf8).write(to: icon)
        let redrawn = try #require(await waitFor(server) { $0.version > before })
        #expect(try get(server.port, redrawn.pages[0].href).body != second)
    }

    @Test func aBrokenFileKeepsTheLastPagesAndSaysWhere() async throws {
        let (folder, report) = try reportFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try await started(report)
        defer { Task { await server.stop() } }
        let good = server.snapshot.pages
        let broken = sampleReport(title: "X").replacingOccurrences(of: "figures:", with: "figuren:")
        try Data(broken.utf8).write(to: report)
        let shown = await waitFor(server) { $0.stale }
        let problem = shown?.problems.first { $0.severity == "error" }
        #expect(shown?.pages == good)
        #expect(problem?.line == 7)
        #expect(problem?.inEditor == true)
        #expect(problem?.text.contains("figuren") == true)

        // Deleted and made again (an editor's two-step save, or a checkout): the pages come back.
        try FileManager.default.removeItem(at: report)
        try await Task.sleep(nanoseconds: 300_000_000)
        try Data(sampleReport(title: "Weer terug").utf8).write(to: report)
        let back = await waitFor(server) { !$0.stale && $0.title == "Weer terug" }
        #expect(back != nil)
        #expect(back?.problems.isEmpty == true)
    }

    @Test func aHundredSavesInASecondEndOnTheLast() async throws {
        let (folder, report) = try reportFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try await started(report)
        defer { Task { await server.stop() } }
        let before = server.snapshot.version
        for i in 0..<100 {
            // Half of them written the slow way, truncated first, as some editors do.
            if i % 2 == 0 {
                try Data().write(to: report)
                try Data(sampleReport(title: "Versie \(i)").utf8).write(to: report)
            } else {
                try Data(sampleReport(title: "Versie \(i)").utf8).write(to: report, options: .atomic)
            }
            try await Task.sleep(nanoseconds: 10_000_000)
        }
        let last = await waitFor(server) { $0.title == "Versie 99" && !$0.stale }
        #expect(last != nil)
        // Renders were dropped, not queued: far fewer than the saves.
        #expect((last?.version ?? 1000) - before < 100)
        #expect(try get(server.port, "/api/state").status == 200)
    }

    @Test func refusesOtherHostsAndWritesWithoutTheToken() async throws {
        let (folder, report) = try reportFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try await started(report)
        defer { Task { await server.stop() } }
        let port = server.port
        #expect(try get(port, "/", host: "evil.example").status == 403)
        #expect(try get(port, "/api/state", host: "attacker.test:\(port)").status == 403)
        #expect(try get(port, "/", host: "localhost:\(port)").status == 200)
        let page = try get(port, "/")
        #expect(page.status == 200)
        #expect(page.body.contains(server.token))

        let source = try JSONDecoder().decode(ReportSource.Text.self, from: Data(try get(port, "/api/source").body.utf8))
        let body = try String(decoding: JSONEncoder().encode(["text": "title: Gehackt\n", "base": source.digest]), as: UTF8.self)
        #expect(try send(port, "PUT", "/api/source", json: body, token: nil).status == 403)
        #expect(try send(port, "PUT", "/api/source", json: body, token: (server.token.first == "0" ? "1" : "0") + server.token.dropFirst()).status == 403)
        #expect(try send(port, "PUT", "/api/source", json: body, token: server.token, origin: "http://evil.example").status == 403)
        #expect(try String(contentsOf: report, encoding: .utf8).contains("Speeltuinwerk"))
        #expect(try send(port, "POST", "/api/view", json: "{\"marks\":true}", token: nil).status == 403)
        #expect(try get(port, "/events").status == 403)

        // With the token: saved, and the old text kept as the backup.
        let saved = try send(port, "PUT", "/api/source", json: body, token: server.token, origin: "http://127.0.0.1:\(port)")
        #expect(saved.status == 200)
        #expect(try String(contentsOf: report, encoding: .utf8) == "title: Gehackt\n")
        #expect(try String(contentsOf: report.appendingPathExtension("bak"), encoding: .utf8).contains("Speeltuinwerk"))
        // The same base again is out of date now: refused, the file stays.
        let stale = try send(port, "PUT", "/api/source", json: body.replacingOccurrences(of: "Gehackt", with: "Nogmaals"), token: server.token)
        #expect(stale.status == 409)
        #expect(try String(contentsOf: report, encoding: .utf8) == "title: Gehackt\n")
    }

    /// A refused request must not carry another past the Host check: a body FlyingFox would not
    /// drain (over 2 MB, or chunked) ends the connection, as does any refusal.
    @Test func aRefusedRequestCannotSmuggleAnother() async throws {
        let (folder, report) = try reportFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try await started(report)
        defer { Task { await server.stop() } }
        let port = server.port
        let inner = "GET / HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n"
        let big = inner + String(repeating: "x", count: 2_100_000)
        for request in [
            "POST /api/view HTTP/1.1\r\nHost: evil.example:\(port)\r\nContent-Length: \(big.utf8.count)\r\n\r\n" + big,
            "POST /api/view HTTP/1.1\r\nHost: evil.example:\(port)\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhallo\r\n0\r\n\r\n" + inner,
            "POST /api/view HTTP/1.1\r\nHost: evil.example:\(port)\r\nContent-Length: \(inner.utf8.count)\r\n\r\n" + inner,
            "GET /api/state HTTP/1.1\r\nHost: evil.example:\(port)\r\n\r\n" + inner,
        ] {
            let answer = try everything(port: port, request)
            #expect(answer.components(separatedBy: "HTTP/1.1 ").count == 2, "\(answer.prefix(200))")
            #expect(!answer.contains(server.token))
        }
    }

    @Test func aSaveKeepsTheReportPrivateAndALinkALink() async throws {
        let (folder, report) = try reportFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: report.path)
        let link = folder.appendingPathComponent("snelkoppeling.yaml")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: report)
        let server = try await started(link)
        defer { Task { await server.stop() } }
        let source = try JSONDecoder().decode(ReportSource.Text.self, from: Data(try get(server.port, "/api/source").body.utf8))
        let body = try String(decoding: JSONEncoder().encode(["text": sampleReport(title: "Privé"), "base": source.digest]), as: UTF8.self)
        #expect(try send(server.port, "PUT", "/api/source", json: body, token: server.token).status == 200)
        #expect(try String(contentsOf: report, encoding: .utf8).contains("Privé"))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == report.path)
        for file in [report, report.appendingPathExtension("bak")] {
            let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
            #expect(mode == 0o600, "\(file.lastPathComponent): \(String(mode ?? 0, radix: 8))")
        }
    }

    @Test func servesNothingOutsideItsOwnFiles() async throws {
        let (folder, report) = try reportFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("geheim".utf8).write(to: folder.appendingPathComponent("notities.txt"))
        let server = try await started(report)
        defer { Task { await server.stop() } }
        let port = server.port
        #expect(try send(port, "POST", "/api/view", json: "{\"site\":true}", token: server.token).status == 204)
        let built = await waitFor(server) { $0.site != nil }
        let site = try #require(built?.site)
        let page = try get(port, site)
        #expect(page.status == 200)
        #expect(page.body.contains("Speeltuinwerk in Oosterwijk"))
        for path in ["/site/../../../../etc/passwd", "/site/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/site//etc/passwd", "/notities.txt",
                     "/site/../speeltuin.yaml", "/pages/1/../../speeltuin.yaml", "/site/", "/pages/", "/pages/999/1.svg", "/site/speeltuin"] {
            let answer = try get(port, path)
            #expect(answer.status == 404, "\(path) answered \(answer.status)")
            #expect(!answer.body.contains("root:") && !answer.body.contains("geheim"))
        }
        #expect(try send(port, "DELETE", "/api/source", json: "", token: server.token).status == 405)
    }

    @Test func printMarksShowBleedAndCropMarks() async throws {
        let (folder, report) = try reportFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try await started(report)
        defer { Task { await server.stop() } }
        let plain = server.snapshot.pages[0]
        #expect(try send(server.port, "POST", "/api/view", json: "{\"marks\":true}", token: server.token).status == 204)
        let marked = try #require(await waitFor(server) { $0.marks && $0.pages.first?.href != plain.href })
        // 3 mm of bleed, 5 mm marks and 1 mm room on each side.
        let grown = marked.pages[0].width - plain.width
        #expect(abs(grown - 2 * 9 * 72 / 25.4) < 0.01)
        let svg = try get(server.port, marked.pages[0].href).body
        #expect(svg.contains("class=\"crop-marks\""))
        #expect(svg.contains("viewBox=\"-25.512 -25.512"))
    }

    @Test func aTemplateShowsItsRowsAndWhichHaveProblems() async throws {
        let folder = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let template = folder.appendingPathComponent("factsheet.yaml")
        try Data("""
            title: Kinderwerk in {{gemeente}}
            sections:
              - kind: keyFigures
                figures:
                  - { value: "{{bereik}}", label: van de kinderen doet mee (voorbeeld) }

            """.utf8).write(to: template)
        let data = folder.appendingPathComponent("gemeenten.csv")
        try Data("gemeente;bereik\nLindenmeer;18%\nBeekdalen-Oost;veel\nZandhoven;12%\n".utf8).write(to: data)
        let server = try await started(template, data: data, nameColumn: "gemeente")
        defer { Task { await server.stop() } }
        #expect(server.snapshot.rows.map(\.name) == ["Lindenmeer", "Beekdalen-Oost", "Zandhoven"])
        #expect(server.snapshot.title == "Kinderwerk in Lindenmeer")
        let checked = try #require(await waitFor(server) { $0.rows.allSatisfy { $0.errors != nil } })
        #expect(checked.rows.map(\.errors) == [0, 1, 0])
        #expect(checked.rows.map(\.pages) == [1, nil, 1])

        #expect(try send(server.port, "POST", "/api/view", json: "{\"row\":1}", token: server.token).status == 204)
        let bad = try #require(await waitFor(server) { $0.row == 1 })
        #expect(bad.stale)
        // The pages shown are row 0's, and the page can say so.
        #expect(bad.pagesRow == 0)
        let problem = try #require(bad.problems.first)
        // At the template's line, where it can be fixed, naming the row and column that fed it.
        #expect(problem.line == 5)
        #expect(problem.inEditor)
        #expect(problem.message.contains("Beekdalen-Oost") && problem.message.contains("bereik"))
        #expect(try send(server.port, "POST", "/api/view", json: "{\"row\":2}", token: server.token).status == 204)
        #expect(await waitFor(server) { $0.row == 2 && !$0.stale && $0.title == "Kinderwerk in Zandhoven" } != nil)
        // A mistake in the template keeps the picker, and where it was.
        let good = try String(contentsOf: template, encoding: .utf8)
        try Data(good.replacingOccurrences(of: "{{gemeente}}", with: "{{gemeent}}").utf8).write(to: template)
        let broken = try #require(await waitFor(server) { $0.stale && $0.problems.contains { $0.message.contains("gemeent") } })
        #expect(broken.rows.count == 3 && broken.row == 2)
        try Data(good.utf8).write(to: template)
        #expect(await waitFor(server) { !$0.stale && $0.row == 2 } != nil)
        // The data changes on disk: the picker and the page follow.
        try Data("gemeente;bereik\nLindenmeer;18%\nBeekdalen-Oost;16%\nZandhoven-aan-Zee;12%\nGroenveen;9%\n".utf8).write(to: data)
        let grown = await waitFor(server) { $0.rows.count == 4 && $0.title == "Kinderwerk in Zandhoven-aan-Zee" }
        #expect(grown?.rows.map(\.name) == ["Lindenmeer", "Beekdalen-Oost", "Zandhoven-aan-Zee", "Groenveen"])
        #expect(await waitFor(server) { $0.rows.allSatisfy { $0.errors == 0 } } != nil)
    }

    /// The request parser and handlers under malformed and hostile HTTP for a while.
    @Test func survivesMalformedRequests() async throws {
        let (folder, report) = try reportFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try await started(report)
        defer { Task { await server.stop() } }
        // The hostile cases first (a debug build reads their long lines slowly), then mutations.
        let output = try run("python3", [Paths.root.appendingPathComponent("scripts/fuzz-preview-http.py").path, String(server.port), "20"])
        struct Fuzz: Decodable { var requests: Int; var hostile: Int; var hostile_cases: Int; var failures: [String]; var leaks: [String] }
        let fuzz = try JSONDecoder().decode(Fuzz.self, from: Data(output.utf8))
        #expect(fuzz.hostile == fuzz.hostile_cases)
        #expect(fuzz.requests > fuzz.hostile_cases)
        #expect(fuzz.failures.isEmpty, "\(fuzz.failures)")
        #expect(fuzz.leaks.isEmpty, "\(fuzz.leaks)")
        #expect(try String(contentsOf: report, encoding: .utf8) == sampleReport(title: "Speeltuinwerk in Oosterwijk"))
    }
}

func run(_ tool: String, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [tool] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
}
