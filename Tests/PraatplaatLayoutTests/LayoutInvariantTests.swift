import Foundation
@testable import PraatplaatLayout
import PraatplaatLoader
import PraatplaatModel
import PraatplaatScene
import Testing

/// Geometry rules every layout must keep, checked with the fixed-advance measurer.
struct LayoutInvariantTests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("examples")
    let layout = ReportLayout(measurer: FixedAdvanceMeasurer())

    static func load(_ name: String) throws -> Report {
        let result = ReportLoader.load(contentsOf: examples.appendingPathComponent(name))
        return try #require(result.report, "\(result.diagnostics)")
    }

    /// A report with everything too long: compounds, 40 items, 0% and 100%, huge counts.
    static var stress: Report {
        let long = String(repeating: "De pedagogische basisinfrastructuur vraagt om samenwerking met kinderopvang en school. ", count: 12)
        return Report(
            title: "Kinderwerk in beeld met een bijzonder lange titel die zeker over meerdere regels loopt",
            subtitle: "Een ondertitel", organisation: "Nederlands Jeugdinstituut",
            sections: [
                Section(.definition(DefinitionSection(title: "Wat is kinderwerk?", text: long))),
                Section(.keyFigures(KeyFiguresSection(title: "Cijfers", figures: [
                    KeyFigure(value: .percent(0), label: "niemand"),
                    KeyFigure(value: .percent(100), label: "iedereen, met een label dat ook heel lang is en over meerdere regels loopt"),
                    KeyFigure(value: .percent(12.5), label: "een achtste"),
                    KeyFigure(value: .count(1, atLeast: false), label: "één"),
                    KeyFigure(value: .count(10_000_000, atLeast: true), label: "tien miljoen"),
                    KeyFigure(value: .range(400, 500), label: "kinderwerkers"),
                ]))),
                Section(.list(ListSection(title: "Veertig punten", items: (1...40).map { ListItem("Punt \($0): kinderwerkersbasisvoorzieningsovereenkomstenregeling en meer") }, numbered: true))),
                Section(.barChart(BarChartSection(title: "Staven met een lange titel " + long.prefix(200), bars: [
                    Bar(label: "één", value: .count(1, atLeast: false)), Bar(label: "tien miljoen " + long.prefix(150), value: .count(10_000_000, atLeast: false)),
                    Bar(label: "nul procent", value: .percent(0)), Bar(label: "honderd", value: .percent(100))], unit: "professionals"))),
                Section(.barChart(BarChartSection(bars: [Bar(label: "a", value: .count(1, atLeast: false)), Bar(label: "b", value: .count(10_000_000, atLeast: false))],
                                                  scale: .log)), width: .third),
                Section(.unitChart(UnitChartSection(title: "Iconen", items: [UnitItem(label: "klein", value: .count(1, atLeast: false)),
                                                                            UnitItem(label: "groot " + long.prefix(120), value: .count(10_000_000, atLeast: false))]))),
                Section(.comparison(ComparisonSection(title: "Vergelijking", items: [
                    ComparisonItem(label: long.prefix(90) + "", value: .count(10_000_000, atLeast: false)),
                    ComparisonItem(label: "één", value: .count(1, atLeast: false)), ComparisonItem(label: "nul", value: .count(0, atLeast: false))]))),
                Section(.partners(PartnersSection(title: "Partners", text: String(long.prefix(300)), groups: [
                    PartnerGroup(name: "Binnen", items: (1...30).map { "partner \($0)" } + ["kinderwerkersbasisvoorzieningsovereenkomstenregelingscommissie van de gemeente"]),
                    PartnerGroup(name: "Buiten", items: ["jeugdzorg"])]))),
                Section(.quote(QuoteSection(text: String(long.prefix(600)), person: "Iemand met een lange naam", role: String(long.prefix(100)))), width: .half),
                Section(.text(TextSection(title: "Tekst", text: long + "\n\n" + long)), width: .half),
                Section(.recommendations(RecommendationsSection(title: "Aanbevelingen", groups: (1...3).map { g in
                    RecommendationGroup(audience: "Groep \(g)", items: (1...4).map { Recommendation(title: "Punt \($0).", text: String(long.prefix(160))) })
                }))),
                Section(.image(ImageSection(source: "x.png", alt: "x")), width: .third),
                Section(.definition(DefinitionSection(text: "kort")), width: .twoThirds),
                Section(.sources(SourcesSection(items: [SourceItem(text: "Bron", url: "https://example.org/" + String(repeating: "lang/", count: 40))]))),
            ])
    }

    static func check(_ result: LayoutResult) {
        #expect(!result.pages.isEmpty)
        for (p, page) in result.pages.enumerated() {
            #expect(!page.scene.items.isEmpty, "page \(p + 1) is empty")
            // Nothing leaves the content box.
            for item in page.scene.items {
                guard let bounds = item.bounds else { continue }
                #expect(page.contentBox.contains(bounds), "page \(p + 1): \(Dump.lines(item)) leaves the content box \(page.contentBox)")
            }
            // Section boxes do not overlap.
            for (i, a) in page.frames.enumerated() {
                for b in page.frames.dropFirst(i + 1) {
                    #expect(!a.rect.intersects(b.rect), "page \(p + 1): sections \(a.section) and \(b.section) overlap")
                }
            }
            // Every section shows something, and every text line lies inside its section's box
            // (and so fits its width).
            for frame in page.frames {
                #expect(page.scene.items.contains { item in item.bounds.map { frame.rect.intersects($0) } ?? false },
                        "page \(p + 1): section \(frame.section) is empty")
                let lines = page.scene.items.flatMap(\.textLines).filter { frame.rect.contains(Rect(x: $0.origin.x, y: $0.origin.y, width: 0, height: 0)) }
                for line in lines {
                    #expect(frame.rect.contains(line.bounds), "page \(p + 1): \"\(line.text)\" runs out of section \(frame.section)")
                }
            }
            // What belongs to no section (header, running foot, logo) keeps clear of every section.
            for leaf in page.scene.items.flatMap(\.leaves) {
                guard case .text = leaf, let bounds = leaf.bounds else {
                    guard case .image = leaf, let bounds = leaf.bounds else { continue }
                    if !page.frames.contains(where: { $0.rect.contains(bounds) }) {
                        #expect(!page.frames.contains { $0.rect.intersects(bounds) }, "page \(p + 1): \(Dump.lines(leaf)) overlaps a section")
                    }
                    continue
                }
                if !page.frames.contains(where: { $0.rect.contains(bounds) }) {
                    #expect(!page.frames.contains { $0.rect.intersects(bounds) }, "page \(p + 1): \(Dump.lines(leaf)) overlaps a section")
                }
            }
        }
    }

    static func loadFixture(_ name: String) throws -> Report {
        let url = examples.deletingLastPathComponent().appendingPathComponent("Tests/Fixtures/\(name)")
        let result = ReportLoader.load(contentsOf: url)
        return try #require(result.report, "\(result.diagnostics)")
    }

    /// Every example in every built-in theme: nothing outside its box, nothing overlapping, and
    /// no warning (contrast and colour vision included).
    @Test(arguments: Theme.builtIn.map(\.name))
    func everyExampleKeepsTheRules(_ themeName: String) throws {
        let themed = ReportLayout(theme: try #require(Theme.named(themeName)), measurer: FixedAdvanceMeasurer())
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.examples.path).filter { $0.hasSuffix(".yaml") }
        for name in names {
            let result = themed.layout(try Self.load(name))
            Self.check(result)
            #expect(result.diagnostics.isEmpty, "\(themeName) \(name): \(result.diagnostics)")
        }
    }

    /// The same rules in the example theme file (band header, logo at the foot, other type).
    @Test func everyExampleKeepsTheRulesInTheExampleTheme() throws {
        let file = Self.examples.appendingPathComponent("huisstijl/lindenmeer.yaml")
        let spec = try #require(ThemeLoader.load(contentsOf: file).theme)
        let theme = Theme(spec: spec, logo: Asset(path: "lindenmeer-logo.svg", size: Size(width: 260, height: 80)))
        #expect(theme.header == .band && theme.logo != nil && theme.fonts.headings == ["Lato", "Inter"])
        let themed = ReportLayout(theme: theme, measurer: FixedAdvanceMeasurer())
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.examples.path).filter { $0.hasSuffix(".yaml") }
        for name in names {
            let result = themed.layout(try Self.load(name))
            Self.check(result)
            #expect(result.diagnostics.isEmpty, "lindenmeer \(name): \(result.diagnostics)")
        }
    }

    /// A report's `theme` names one of the layout's themes, and the lists agree.
    @Test func reportFormatListsTheBuiltInThemes() {
        #expect(ReportFormat.themes == Theme.builtIn.map(\.name))
    }

    @Test func shortFactsheetFitsOnePage() throws {
        let result = layout.layout(try Self.loadFixture("kinderwerk-kort.yaml"))
        Self.check(result)
        #expect(result.pages.count == 1)
        #expect(result.diagnostics.isEmpty)
        let size = result.pages[0].scene.size
        #expect(abs(size.width - 595.28) < 0.01 && abs(size.height - 841.89) < 0.01)
        #expect(result.pages[0].frames.map(\.kind) == [.definition, .keyFigures, .list, .keyFigures, .sources])
        // On a single page the footer sits on the bottom margin (no folio strip to keep free).
        let footer = try #require(result.pages[0].frames.last)
        #expect(abs(footer.rect.maxY - result.pages[0].contentBox.maxY) < 0.01)
    }

    @Test func stressReportFlowsOntoMorePagesWithoutBreakingRules() {
        let result = layout.layout(Self.stress)
        Self.check(result)
        #expect(result.pages.count > 1)
        // The folio appears on every page when there are several.
        for (i, page) in result.pages.enumerated() {
            #expect(page.scene.items.flatMap(\.textLines).contains { $0.text == "\(i + 1) / \(result.pages.count)" })
        }
        // The sources end up at the foot of the last page, never alone on it.
        #expect(result.pages.last?.frames.last?.kind == .sources)
        #expect(result.pages.allSatisfy { page in page.frames.contains { $0.kind != .sources } })
    }

    @Test func everyPageSizeKeepsTheRules() {
        for size in PaperSize.allCases {
            for orientation in Orientation.allCases {
                var report = Self.stress
                report.page = PageSpec(size: size, orientation: orientation)
                Self.check(layout.layout(report))
            }
        }
    }

    @Test func customPageSizeAndMarginAreUsed() {
        var report = Self.stress
        report.page = PageSpec(custom: CustomSize(width: 500, height: 300), margin: 25)
        let result = layout.layout(report)
        Self.check(result)
        let page = result.pages[0]
        #expect(abs(page.scene.size.width - Length.mm(500).points) < 0.01 && abs(page.scene.size.height - Length.mm(300).points) < 0.01)
        #expect(abs(page.contentBox.minX - Length.mm(25).points) < 0.01)
    }

    @Test func fitShrinksAPosterOntoOnePage() throws {
        var report = try Self.load("kinderwerk-poster.yaml")
        #expect(report.page.fit)
        report.page.fit = false
        #expect(layout.layout(report).pages.count > 1)
        report.page.fit = true
        let result = layout.layout(report)
        Self.check(result)
        #expect(result.pages.count == 1)
    }

    /// The fit's tries stop at the first block on a second page; the page they pick is the one a
    /// whole layout at the first scale that fits gives.
    @Test func fitTriesPickTheFirstScaleThatFits() throws {
        let report = try Self.load("kinderwerk-poster.yaml")
        let natural = ReportLayout.naturalScale(report.page)
        let whole = (0...6).map { layout.layout(report, scale: natural * (1 - 0.05 * Double($0))) }
        let first = try #require(whole.first { $0.pages.count == 1 })
        #expect(whole[0].pages.count > 1)
        #expect(Dump.document(layout.layout(report).document) == Dump.document(first.document))
    }

    @Test func longCompoundsAreBrokenWithAHyphen() {
        let narrow = Report(title: "T", page: PageSpec(size: .a5), sections: [
            Section(.keyFigures(KeyFiguresSection(figures: (0..<3).map { _ in
                KeyFigure(value: .percent(50), label: "basisinfrastructuurvoorzieningen")
            }))),
        ])
        let result = layout.layout(narrow)
        Self.check(result)
        let lines = result.pages[0].scene.items.flatMap(\.textLines).map(\.text)
        #expect(lines.contains { $0.hasSuffix("-") && $0.hasPrefix("basis") })
        #expect(lines.joined().replacingOccurrences(of: "-", with: "").contains("basisinfrastructuurvoorzieningen"))
    }

    @Test func layoutIsDeterministic() throws {
        let report = try Self.load("kinderwerk-in-beeld.yaml")
        #expect(Dump.document(layout.layout(report).document) == Dump.document(layout.layout(report).document))
    }
}
