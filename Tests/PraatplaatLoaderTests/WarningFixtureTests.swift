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
        let (result, actual, expected) = try Expected.load(Self.folder.appendingPathComponent(name))
        #expect(result.report != nil)
        #expect(result.diagnostics.allSatisfy { $0.severity == .warning })
        #expect(actual == expected)
    }
}
