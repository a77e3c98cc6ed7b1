import Foundation
import PraatplaatLayout
import PraatplaatModel
import PraatplaatScene
import Testing

/// One small report per section kind, laid out with the fixed-advance measurer and compared with a
/// text dump in References/. Regenerate with `UPDATE_REFERENCES=1 make test` and review the diff.
struct SectionGoldenTests {
    static let references = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("References")
    static let failures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("failures")

    static let samples: [(String, SectionContent)] = [
        ("definition", .definition(DefinitionSection(title: "Wat is kinderwerk?", text: "Sociaal werk voor **alle** kinderen tot 12 jaar in de buurt."))),
        ("keyFigures", .keyFigures(KeyFiguresSection(title: "Cijfers", figures: [
            KeyFigure(value: .percent(40), label: "functietitel"), KeyFigure(value: .range(400, 500), label: "kinderwerkers"),
            KeyFigure(value: .count(30000, atLeast: true), label: "jeugdzorg")]))),
        ("keyFigureBars", .keyFigures(KeyFiguresSection(figures: [KeyFigure(value: .percent(40), label: "functietitel"),
                                                                  KeyFigure(value: .percent(0), label: "niemand")], style: .bar))),
        ("list", .list(ListSection(title: "Doelen", items: ["Gezonde leefstijl", ListItem("Signaleren", icon: "eye")]))),
        ("numberedList", .list(ListSection(title: "Stappen", items: ["Een", "Twee"], numbered: true))),
        ("barChart", .barChart(BarChartSection(title: "Inzet", bars: [Bar(label: "kinderwerkers", value: .range(400, 500)),
                                                                    Bar(label: "jeugdzorg", value: .count(30000, atLeast: true))],
                                               scale: .log, highlight: "kinderwerkers"))),
        ("lineChart", .lineChart(LineChartSection(title: "Bereik", data: SeriesData(axis: ["2019", "2020", "2021", "2022"], series: [
            DataSeries(label: "Lindenmeer", values: [DataCell(.percent(11)), .missing(.unknown), DataCell(.percent(14)), DataCell(.percent(15), provisional: true)]),
            DataSeries(label: "Nederland", values: [12, 11, 12, 13].map { DataCell(.percent($0)) }, reference: true)]), unit: "%"))),
        ("columnChart", .columnChart(ColumnChartSection(title: "Saldo", data: SeriesData(axis: ["2023", "2024", "2025"], series: [
            DataSeries(label: "Gemeente", values: [DataCell(.money(120_000)), DataCell(.money(-40_000)), DataCell(.money(80_000))])])))),
        ("stackedColumns", .columnChart(ColumnChartSection(data: SeriesData(axis: ["2024", "2025"], series: [
            DataSeries(label: "Binnen", values: [310, 340].map { DataCell(.count($0, atLeast: false)) }),
            DataSeries(label: "Buiten", values: [220, 260].map { DataCell(.count($0, atLeast: false)) })]), stacked: true))),
        ("stackedBar", .stackedBar(StackedBarSection(title: "Leeftijd", data: SeriesData(axis: ["Noord", "Zuid"], series: [
            DataSeries(label: "4-7 jaar", values: [40, 10].map { DataCell(.count($0, atLeast: false)) }),
            DataSeries(label: "8-12 jaar", values: [60, 30].map { DataCell(.count($0, atLeast: false)) })])))),
        ("splitBar", .stackedBar(StackedBarSection(data: SeriesData(axis: ["0-4", "5-9"], series: [
            DataSeries(label: "Jongens", values: [120, 130].map { DataCell(.count($0, atLeast: false)) }),
            DataSeries(label: "Meisjes", values: [110, 140].map { DataCell(.count($0, atLeast: false)) })]), mode: .count, split: true))),
        ("table", .table(TableSection(title: "Begroting", columns: [TableColumn(label: "Post"), TableColumn(label: "2025", unit: "€", bars: true)],
                                      rows: [TableRow(cells: [.text("Personeel"), .data(DataCell(.money(441_950)))]),
                                             TableRow(cells: [.text("Huur"), .data(.missing(.secret))]),
                                             TableRow(cells: [.text("Totaal"), .data(DataCell(.money(441_950)))], total: true)],
                                      highlight: "Personeel"))),
        ("unitChart", .unitChart(UnitChartSection(title: "Handen", unitLabel: "professionals", items: [
            UnitItem(label: "kinderwerkers", value: .range(400, 500), highlight: true), UnitItem(label: "jeugdzorg", value: .count(3000, atLeast: false))]))),
        ("comparison", .comparison(ComparisonSection(title: "Verhouding", items: [
            ComparisonItem(label: "kinderen", value: .count(1_500_000, atLeast: false)), ComparisonItem(label: "kinderwerkers", value: .range(400, 500))]))),
        ("map", .map(MapSamples.section())),
        ("partners", .partners(PartnersSection(title: "Partners", groups: [PartnerGroup(name: "Binnen", items: ["school", "kinderopvang"]),
                                                                            PartnerGroup(name: "Buiten", items: ["jeugdzorg"])]))),
        ("quote", .quote(QuoteSection(text: "Kinderwerk voorkomt erger.", person: "Een beleidsadviseur", role: "gemeente"))),
        ("recommendations", .recommendations(RecommendationsSection(title: "Aanbevelingen", groups: [
            RecommendationGroup(audience: "Kinderwerkers", items: [Recommendation(title: "Laat zien", text: "wat je doet.")]),
            RecommendationGroup(audience: "Beleid", items: [Recommendation(text: "Investeer vroeg.")])]))),
        ("text", .text(TextSection(title: "Tekst", text: "Een alinea met een [link](https://example.org).\n\nEn een tweede."))),
        ("image", .image(ImageSection(title: "Logo", source: "logo.png", alt: "Het logo", caption: "Een onderschrift"))),
        ("sources", .sources(SourcesSection(items: [SourceItem(text: "Rapport", url: "https://example.org/rapport.pdf"), SourceItem(text: "Boek")]))),
    ]

    @Test(arguments: samples.map(\.0))
    func sceneMatchesReference(_ name: String) throws {
        let content = try #require(Self.samples.first { $0.0 == name }?.1)
        let report = Report(title: "Voorbeeld", sections: [Section(content, width: .full)])
        let icon = Asset(path: "/icons/eye.svg", size: Size(width: 24, height: 24))
        let layout = ReportLayout(measurer: FixedAdvanceMeasurer(), assets: ["eye": icon, "people": icon, "logo.png": Asset(path: "/r/logo.png", size: Size(width: 400, height: 100))])
        let actual = Dump.document(layout.layout(report).document)
        let file = Self.references.appendingPathComponent("\(name).txt")
        if ProcessInfo.processInfo.environment["UPDATE_REFERENCES"] == "1" {
            try FileManager.default.createDirectory(at: Self.references, withIntermediateDirectories: true)
            try actual.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        let same = Self.equal(actual, expected, tolerance: 0.02)
        if !same {
            try FileManager.default.createDirectory(at: Self.failures, withIntermediateDirectories: true)
            try actual.write(to: Self.failures.appendingPathComponent("\(name).actual.txt"), atomically: true, encoding: .utf8)
        }
        #expect(same, "scene of \(name) differs from References/\(name).txt; actual written to failures/\(name).actual.txt")
    }

    /// Token by token; numbers may differ by `tolerance`.
    static func equal(_ a: String, _ b: String, tolerance: Double) -> Bool {
        let separators = CharacterSet(charactersIn: " ,x\n")
        let ta = a.components(separatedBy: separators), tb = b.components(separatedBy: separators)
        guard ta.count == tb.count else { return false }
        return zip(ta, tb).allSatisfy { x, y in
            if x == y { return true }
            guard let dx = Double(x), let dy = Double(y) else { return false }
            return abs(dx - dy) <= tolerance
        }
    }
}
