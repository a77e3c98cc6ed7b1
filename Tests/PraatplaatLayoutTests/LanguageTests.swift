import Foundation
import PraatplaatLayout
import PraatplaatLoader
import PraatplaatModel
import PraatplaatScene
import Testing

/// One language value, read once: every way of writing Dutch or English gives the same words and
/// numbers everywhere; another language keeps its tag and falls back to English, with a warning.
struct LanguageTests {
    static func load(_ language: String) throws -> (Report, [Diagnostic]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("praatplaat-lang-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("r.yaml")
        try """
        title: Taal
        language: \(language)
        sections:
          - kind: barChart
            scale: log
            bars:
              - { label: kinderen, value: 1500000 }
              - { label: kinderwerkers, value: 450 }
          - kind: sources
            items: [Een rapport, Een tweede rapport]
        """.write(to: file, atomically: true, encoding: .utf8)
        let result = ReportLoader.load(contentsOf: file, displayName: "r.yaml")
        return (try #require(result.report), result.diagnostics)
    }

    /// The words and numbers on the page, and the chart's alt text.
    static func words(_ report: Report) -> (text: String, alt: String) {
        let document = ReportLayout(measurer: FixedAdvanceMeasurer()).layout(report).document
        let text = document.pages.flatMap { $0.items.flatMap(\.textLines) }.map(\.text).joined(separator: " | ")
        return (text, document.pages.flatMap { $0.items.flatMap(\.figureAlts) }.joined())
    }

    @Test(arguments: ["nl", "nl-NL", "nl-BE", "NL", "nl-nl"])
    func everyDutchTagWritesDutch(_ tag: String) throws {
        let (report, diagnostics) = try Self.load(tag)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(report.language.isDutch)
        let (text, alt) = Self.words(report)
        #expect(text.contains("Bronnen") && text.contains("Logaritmische schaal") && text.contains("1,5 miljoen"), "\(text)")
        #expect(alt.hasPrefix("Staafdiagram op een logaritmische schaal"), "\(alt)")
        #expect(ReportLayout(measurer: FixedAdvanceMeasurer()).layout(report).metadata.language == Language(tag: tag).tag)
    }

    @Test(arguments: ["en", "en-GB", "EN", "en-us"])
    func everyEnglishTagWritesEnglish(_ tag: String) throws {
        let (report, diagnostics) = try Self.load(tag)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let (text, alt) = Self.words(report)
        #expect(text.contains("Sources") && text.contains("Logarithmic scale") && text.contains("1.5 million"), "\(text)")
        #expect(alt.hasPrefix("Bar chart on a logarithmic scale"), "\(alt)")
    }

    /// `de` was Dutch alt text under English headings; now English throughout, `lang` stays
    /// `de` (the text is German), and a warning says so.
    @Test func anotherLanguageFallsBackToEnglishWithAWarning() throws {
        let (report, diagnostics) = try Self.load("de")
        #expect(diagnostics.count == 1)
        let warning = try #require(diagnostics.first)
        #expect(warning.severity == .warning && warning.path == "language" && warning.location?.line == 2)
        #expect(warning.message.contains("in English"), "\(warning.message)")
        let (text, alt) = Self.words(report)
        #expect(text.contains("Sources") && text.contains("Logarithmic scale"), "\(text)")
        #expect(alt.hasPrefix("Bar chart"), "\(alt)")
        #expect(report.language.tag == "de")
    }

    @Test func tagsAreWrittenInTheirUsualCase() {
        #expect(Language(tag: "NL-be").tag == "nl-BE")
        #expect(Language(tag: "sr-latn-rs").tag == "sr-Latn-RS")
        #expect(Language(tag: "en-GB").words == .english)
    }
}

/// One grouping rule per report: 1.309 beside 37.658, or 1309 alone.
struct NumberGroupingTests {
    static func text(_ values: [String]) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("praatplaat-group-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("r.yaml")
        try ("title: Cijfers\nsections:\n  - kind: keyFigures\n    figures:\n"
             + values.map { "      - { value: \"\($0)\", label: kinderen }\n" }.joined()).write(to: file, atomically: true, encoding: .utf8)
        let report = try #require(ReportLoader.load(contentsOf: file, displayName: "r.yaml").report)
        return ReportLayout(measurer: FixedAdvanceMeasurer()).layout(report).document.pages.flatMap { $0.items.flatMap(\.textLines) }
            .map(\.text).joined(separator: " | ")
    }

    @Test func fourDigitsAreGroupedWhenTheReportHasLargerNumbers() throws {
        let mixed = try Self.text(["1309", "37.658"])
        #expect(mixed.contains("1.309") && mixed.contains("37.658"), "\(mixed)")
        let small = try Self.text(["1309", "850"])
        #expect(small.contains("1309") && !small.contains("1.309"), "\(small)")
    }
}

struct UnitTextTests {
    /// A `%` unit after percentages is written once, in the drawing, the alt text and the table.
    @Test func aPercentUnitIsWrittenOnce() {
        let section = BarChartSection(bars: [Bar(label: "Basisscholen", value: .percent(81)), Bar(label: "Politie", value: .percent(21.5))], unit: "%")
        let alt = ChartText.alt(.barChart(section), language: .dutch) ?? ""
        #expect(alt.contains("Basisscholen 81%;") && alt.contains("Politie 21,5%."), "\(alt)")
        #expect(!alt.contains("% %"))
        #expect(FigureValue.count(140, atLeast: false).formatted(language: .dutch, unit: "kinderen") == "140 kinderen")
    }
}

struct PageFootTests {
    /// A running foot too long for its line ends in an ellipsis, never mid-word as if whole.
    @Test func aLongFootIsCutWithAnEllipsis() {
        let text = (0..<40).map { _ in Section(.text(TextSection(text: String(repeating: "Kinderwerk is sociaal werk. ", count: 12)))) }
        let report = Report(title: "Kinderwerk in gemeenten met een heel lange titel die niet op een regel past",
                            organisation: "Kenniscentrum Jeugdbeleid (proefversie)", page: PageSpec(size: .a5), sections: text)
        let result = ReportLayout(measurer: FixedAdvanceMeasurer()).layout(report)
        #expect(result.pages.count > 1)
        let feet = result.pages.map { page in page.scene.items.flatMap(\.textLines).filter { $0.text.hasPrefix("Kinderwerk in gemeenten") && $0.origin.y > page.contentBox.maxY - 30 } }
        for foot in feet {
            let line = foot.first?.text ?? ""
            #expect(line.hasSuffix("\u{2026}"), "\(line)")
            #expect(!line.contains(" \u{2026}"))
        }
    }
}

struct TextParagraphTests {
    /// In a text section a single line break is a space (as on the site); a blank line a paragraph.
    @Test func aSingleLineBreakIsASpace() {
        let section = TextSection(text: "Kinderwerk is er voor\nalle kinderen.\n\nEen tweede alinea.")
        let report = Report(title: "Tekst", sections: [Section(.text(section), width: .full)])
        let lines = ReportLayout(measurer: FixedAdvanceMeasurer()).layout(report).pages[0].scene.items.flatMap(\.textLines).map(\.text)
        #expect(lines.contains("Kinderwerk is er voor alle kinderen."), "\(lines)")
        #expect(lines.contains("Een tweede alinea."))
    }
}
