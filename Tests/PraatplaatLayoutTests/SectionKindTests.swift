import Foundation
import PraatplaatLayout
import PraatplaatLoader
import PraatplaatModel
import PraatplaatScene
import Testing
import WorkbookFixture

/// Every section kind has everything a kind needs outside the code the compiler checks: the
/// switches over kinds have no `default`, so a new kind does not compile until each stage draws,
/// decodes and describes it; this test names what is left (docs, schema, golden dump, site
/// partial, alt text, fuzz dictionary).
struct SectionKindTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func file(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    @Test(arguments: SectionKind.allCases)
    func isDocumentedWithAnExample(_ kind: SectionKind) throws {
        let doc = try Self.file("docs/format.md")
        let heading = try #require(doc.range(of: "\n### `\(kind.rawValue)`"), "docs/format.md has no heading ### `\(kind.rawValue)`")
        let rest = doc[heading.upperBound...]
        // The kind's part of the page: up to the next kind or chapter.
        let own = rest[..<([rest.range(of: "\n### "), rest.range(of: "\n## ")].compactMap { $0?.lowerBound }.min() ?? rest.endIndex)]
        #expect(own.contains("```yaml") && own.contains("kind: \(kind.rawValue)"), "docs/format.md shows no example of \(kind.rawValue)")
    }

    /// Every example in docs/format.md is a section the loader accepts without a warning.
    @Test func theDocsExamplesLoad() throws {
        let doc = try Self.file("docs/format.md")
        let examples = doc.matches(of: /```yaml\n(- kind:.*?)```/.dotMatchesNewlines()).map { String($0.output.1) }
        #expect(examples.count >= SectionKind.allCases.count)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("praatplaat-docs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // The picture the image example names: a 1x1 PNG.
        try Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==")!
            .write(to: folder.appendingPathComponent("plein.png"))
        // The map the map example draws: Lindenmeer's made-up wijken.
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("examples/lindenmeer-wijken.geojson"), to: folder.appendingPathComponent("wijken.geojson"))
        // The data files the "Data from files" examples read: a long trend file and a budget
        // workbook with a sheet named 2025.
        try Data("code;gemeente;jaar;bereik\nGM9001;Lindenmeer;2024;17%\nNL01;Nederland;2024;14%\nGM9001;Lindenmeer;2025;18%*\nNL01;Nederland;2025;15%*\n".utf8)
            .write(to: folder.appendingPathComponent("trends.csv"))
        var budget = WorkbookFixture(sheets: [WorkbookFixture.Sheet(name: "2025", cells: [
            ("A1", .inline("Post")), ("B1", .number(2025)),
            ("A2", .inline("Kinderwerkers")), ("B2", .number(441_950, style: 1)),
            ("A3", .inline("Totaal")), ("B3", .number(540_350, style: 1)),
        ])])
        budget.numberFormats = [(164, "[$€-413] #.##0")]
        budget.styles = [164]
        try budget.write(to: folder.appendingPathComponent("begroting.xlsx"))
        for example in examples {
            let indented = example.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
            let file = folder.appendingPathComponent("voorbeeld.yaml")
            try "title: Voorbeeld\nsections:\n\(indented)\n".write(to: file, atomically: true, encoding: .utf8)
            let result = ReportLoader.load(contentsOf: file, displayName: "voorbeeld.yaml")
            #expect(result.report != nil && result.diagnostics.isEmpty, "\(example)\n\(result.diagnostics)")
        }
    }

    @Test(arguments: SectionKind.allCases)
    func isInTheSchema(_ kind: SectionKind) throws {
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(Self.file("schema/praatplaat.schema.json").utf8)) as? [String: Any])
        let defs = try #require(schema["$defs"] as? [String: Any])
        #expect(defs[kind.rawValue] != nil, "schema/praatplaat.schema.json has no $defs.\(kind.rawValue) (make schema)")
        #expect(try Self.file("schema/praatplaat.schema.json").contains("\"\(kind.rawValue)\""))
    }

    @Test(arguments: SectionKind.allCases)
    func hasAGoldenSceneDump(_ kind: SectionKind) throws {
        #expect(SectionGoldenTests.samples.contains { $0.1.kind == kind && $0.0 == kind.rawValue },
                "SectionGoldenTests.samples has no sample named \(kind.rawValue)")
        #expect(FileManager.default.fileExists(atPath: SectionGoldenTests.references.appendingPathComponent("\(kind.rawValue).txt").path),
                "no References/\(kind.rawValue).txt (UPDATE_REFERENCES=1 make test)")
    }

    @Test(arguments: SectionKind.allCases)
    func hasASitePartial(_ kind: SectionKind) {
        let partial = Self.root.appendingPathComponent("templates/sections/\(kind.rawValue).mustache")
        #expect(FileManager.default.fileExists(atPath: partial.path), "no templates/sections/\(kind.rawValue).mustache")
    }

    @Test(arguments: SectionKind.allCases)
    func isInTheFuzzDictionary(_ kind: SectionKind) throws {
        #expect(try Self.file("scripts/fuzz.dict").contains("\n\"\(kind.rawValue)\"\n"), "scripts/fuzz.dict lacks \"\(kind.rawValue)\"")
    }

    /// What layout draws as a figure has words for it: the alt text names every value.
    @Test(arguments: SectionKind.allCases)
    func figuresHaveAltText(_ kind: SectionKind) throws {
        let sample = try #require(SectionGoldenTests.samples.first { $0.0 == kind.rawValue }?.1)
        let report = Report(title: "Voorbeeld", sections: [Section(sample, width: .full)])
        let icon = Asset(path: "/icons/eye.svg", size: Size(width: 24, height: 24))
        let scene = ReportLayout(measurer: FixedAdvanceMeasurer(), assets: ["eye": icon, "people": icon, "logo.png": icon]).layout(report).document
        let alts = scene.pages.flatMap { $0.items.flatMap(\.figureAlts) }
        let alt = ChartText.alt(sample, language: .dutch)
        if kind == .image {
            #expect(alts.isEmpty || alts.allSatisfy { !$0.isEmpty })
        } else if alt != nil || !alts.isEmpty {
            #expect(!alts.isEmpty && alts.allSatisfy { !$0.isEmpty }, "\(kind.rawValue) is a figure in the PDF with its words")
            #expect(alt.map { !$0.isEmpty } ?? false, "ChartText.alt describes \(kind.rawValue)")
        }
    }
}

extension SectionKind: CustomTestStringConvertible {
    public var testDescription: String { rawValue }
}

/// What docs/format.md promises beyond the kinds: the Page section its links point to, and
/// every built-in icon by name with its picture.
struct FormatDocsTests {
    @Test func thePageSectionIsThereAndNamesEveryField() throws {
        let doc = try SectionKindTests.file("docs/format.md")
        #expect(doc.contains("(#page)") && doc.contains("\n## Page\n"))
        for field in ["size", "orientation", "width", "height", "margin", "fit"] {
            #expect(doc.contains("`\(field)`"), "the Page section names \(field)")
        }
        for size in PaperSize.allCases { #expect(doc.contains("`\(size.rawValue)`")) }
    }

    @Test func everyBuiltInIconIsShownByName() throws {
        let doc = try SectionKindTests.file("docs/format.md")
        let icons = try #require(doc.range(of: "\n## Icons\n"))
        let part = doc[icons.upperBound...].prefix(2000)
        for name in BuiltInIcons.names { #expect(part.contains("`\(name)`"), "docs/format.md shows the icon \(name)") }
        #expect(part.contains("](icons.png)"))
        #expect(FileManager.default.fileExists(atPath: SectionKindTests.root.appendingPathComponent("docs/icons.png").path))
    }
}
