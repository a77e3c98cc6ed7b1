import Foundation
import PraatplaatLoader
import PraatplaatModel
import Testing

/// Every file in Fixtures/warnings loads, with exactly the warnings in its `.expected` file.
struct WarningFixtureTests {
    static let folder = Paths.fixtures.appendingPathComponent("warnings")

    static var fixtures: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
    }

    @Test(arguments: fixtures)
    func warningsMatch(_ name: String) throws {
        let url = Self.folder.appendingPathComponent(name)
        let result = ReportLoader.load(contentsOf: url, displayName: name)
        let expectedURL = url.deletingPathExtension().appendingPathExtension("expected")
        let actual = result.diagnostics.map(\.description).joined(separator: "\n") + "\n"
        if ProcessInfo.processInfo.environment["UPDATE_FIXTURES"] == "1" {
            try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
        }
        #expect(result.report != nil)
        #expect(result.diagnostics.allSatisfy { $0.severity == .warning })
        #expect(actual == (try String(contentsOf: expectedURL, encoding: .utf8)))
    }
}
