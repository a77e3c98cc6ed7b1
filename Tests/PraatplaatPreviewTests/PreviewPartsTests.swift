import Foundation
import PraatplaatLoader
import PraatplaatModel
@testable import PraatplaatPreview
import Testing

struct PreviewPartsTests {
    /// Every kind's "add a section" example loads without a problem, in a report of its own.
    @Test(arguments: SectionKind.allCases)
    func everySnippetLoads(_ kind: SectionKind) throws {
        let folder = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The image example names foto.png: give it one (a PNG of 1 pixel).
        let png = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")!
        try png.write(to: folder.appendingPathComponent("foto.png"))
        // The map example names wijken.geojson: Lindenmeer's made-up wijken.
        try FileManager.default.copyItem(at: Paths.root.appendingPathComponent("examples/lindenmeer-wijken.geojson"), to: folder.appendingPathComponent("wijken.geojson"))
        let snippet = SectionSnippets.snippet(kind).split(separator: "\n").map { "  " + $0 }.joined(separator: "\n")
        let url = folder.appendingPathComponent("r.yaml")
        try Data("title: Proef\nsections:\n\(snippet)\n".utf8).write(to: url)
        let result = ReportLoader.load(contentsOf: url)
        #expect(result.diagnostics.isEmpty, "\(kind): \(result.diagnostics.map(\.description))")
        #expect(result.report?.sections.first?.kind == kind)
    }

    @Test func theEditorsHelpHasTheSchemaKindsIconsAndSnippets() throws {
        let help = try #require(try JSONSerialization.jsonObject(with: EditorHelp.json()) as? [String: Any])
        let schema = try #require(help["schema"] as? [String: Any])
        #expect((schema["properties"] as? [String: Any])?["sections"] != nil)
        #expect((help["kinds"] as? [String])?.count == SectionKind.allCases.count)
        #expect((help["icons"] as? [String])?.contains("child") == true)
        #expect((help["snippets"] as? [String: String])?.keys.count == SectionKind.allCases.count)
    }

    @Test func theGuardKnowsItsHostsOriginsAndToken() {
        let rules = RequestGuard(port: 4321, token: RequestGuard.newToken())
        #expect(rules.token.count == 64)
        #expect(rules.hostAllowed("127.0.0.1:4321") && rules.hostAllowed("localhost:4321") && rules.hostAllowed("LOCALHOST:4321"))
        for host in [nil, "127.0.0.1", "127.0.0.1:4322", "evil.example:4321", "127.0.0.1.evil.example:4321", "[::1]:4321x"] {
            #expect(!rules.hostAllowed(host), "\(host ?? "no host")")
        }
        #expect(rules.originAllowed(nil) && rules.originAllowed("http://localhost:4321"))
        #expect(!rules.originAllowed("http://evil.example") && !rules.originAllowed("null") && !rules.originAllowed("https://127.0.0.1:4321"))
        #expect(rules.tokenMatches(rules.token))
        #expect(!rules.tokenMatches(nil) && !rules.tokenMatches("") && !rules.tokenMatches(String(rules.token.dropLast())))
        #expect(RequestGuard.newToken() != RequestGuard.newToken())
    }

    @Test func aSaveKeepsTheOldTextAndRefusesAnOutOfDateBase() throws {
        let (folder, report) = try reportFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = ReportSource(url: report)
        let first = source.read()
        let digest = try source.save("title: Nieuw\n", base: first.digest)
        #expect(try String(contentsOf: report, encoding: .utf8) == "title: Nieuw\n")
        #expect(try String(contentsOf: source.backup, encoding: .utf8) == first.text)
        #expect(digest == source.read().digest)
        // Another editor saved meanwhile: this save names the old version and is refused.
        try Data("title: Van elders\n".utf8).write(to: report)
        #expect(throws: ReportSource.SaveError.conflict(current: "title: Van elders\n", digest: ReportSource.digest(Data("title: Van elders\n".utf8)))) {
            try source.save("title: Mijn versie\n", base: digest)
        }
        #expect(try String(contentsOf: report, encoding: .utf8) == "title: Van elders\n")
        // No temporary files left next to the report.
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == ["speeltuin.yaml", "speeltuin.yaml.bak"])
    }
}
