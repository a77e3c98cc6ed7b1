import Foundation
import PraatplaatLoader
import PraatplaatModel
import Testing

/// Every file in Fixtures/invalid gives exactly the diagnostics in its `.expected` file.
struct InvalidFixtureTests {
    static let folder = Paths.fixtures.appendingPathComponent("invalid")

    static var fixtures: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted()
    }

    @Test func thereAreFixtures() {
        #expect(Self.fixtures.count >= 14)
    }

    @Test(arguments: fixtures)
    func diagnosticsMatch(_ name: String) throws {
        let (result, actual, expected) = try Expected.load(Self.folder.appendingPathComponent(name))
        #expect(result.report == nil)
        #expect(actual == expected)
    }

    @Test func diagnosticsAreValuesWithPathAndHint() throws {
        let url = Self.folder.appendingPathComponent("unknown-key.yaml")
        let first = try #require(ReportLoader.load(contentsOf: url, displayName: "unknown-key.yaml").diagnostics.first)
        #expect(first == Diagnostic(severity: .error, location: SourceLocation(file: "unknown-key.yaml", line: 5, column: 5),
                                    path: "sections[0].itmes", message: "unknown key 'itmes'", hint: "did you mean 'items'?"))
    }

    @Test func missingFileIsReportedByName() {
        let result = ReportLoader.load(contentsOf: URL(fileURLWithPath: "/nonexistent/report.yaml"), displayName: "report.yaml")
        #expect(result.diagnostics.map(\.description) == ["report.yaml:1:1: error: no such file"])
    }

    @Test func oversizedFileIsRefusedBeforeParsing() {
        var limits = LoaderLimits()
        limits.maxFileBytes = 100
        let data = Data(("title: x\n" + String(repeating: "# filler\n", count: 50)).utf8)
        let result = ReportLoader.load(data: data, fileName: "big.yaml", limits: limits)
        #expect(result.diagnostics.first?.message.contains("limit (maxFileBytes) is 100") == true)
    }

    @Test func controlCharactersInTextAreRejected() {
        let data = Data("title: \"Kinder\\u0007werk\"\nsections:\n  - kind: list\n    items: [a]\n".utf8)
        let result = ReportLoader.load(data: data, fileName: "bell.yaml")
        #expect(result.diagnostics.map(\.description) == [
            "bell.yaml:1:8: error: title: text contains the control character U+0007; remove it; only line breaks and tabs are allowed in text",
        ])
    }

    @Test func byteOrderMarkIsAccepted() {
        let data = Data([0xEF, 0xBB, 0xBF] + Array("title: Met BOM\nsections:\n  - kind: list\n    items: [a]\n".utf8))
        let result = ReportLoader.load(data: data, fileName: "bom.yaml")
        #expect(result.diagnostics.isEmpty)
        #expect(result.report?.title == "Met BOM")
    }
}

/// A fixture's diagnostics, as the loader gives them and as its `.expected` file says.
enum Expected {
    static func load(_ url: URL) throws -> (LoadResult, actual: String, expected: String) {
        let result = ReportLoader.load(contentsOf: url, displayName: url.lastPathComponent)
        let expectedURL = url.deletingPathExtension().appendingPathExtension("expected")
        let actual = result.diagnostics.map(\.description).joined(separator: "\n") + "\n"
        // UPDATE_FIXTURES=1 writes what the loader says now; review the diff before committing it.
        if ProcessInfo.processInfo.environment["UPDATE_FIXTURES"] == "1" {
            try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
        }
        return (result, actual, try String(contentsOf: expectedURL, encoding: .utf8))
    }
}
