import Foundation
@testable import PraatplaatLayout
import PraatplaatModel
import PraatplaatScene
import Testing

/// Boxes side by side share a height only when their contents are close: none stands more than
/// a quarter empty because of a taller neighbour.
struct GridRowTests {
    static func frames(_ sections: [Section]) -> [Int: Rect] {
        let result = ReportLayout(measurer: FixedAdvanceMeasurer()).layout(Report(title: "Rij", sections: sections))
        var out: [Int: Rect] = [:]
        for page in result.pages { for f in page.frames { out[f.section] = f.rect } }
        return out
    }

    @Test func aShortBoxBesideATallChartKeepsItsHeight() {
        let bars = (1...8).map { Bar(label: "Wijk \($0)", value: .count(Double($0 * 10), atLeast: false)) }
        let f = Self.frames([
            Section(.quote(QuoteSection(text: "Kinderwerk maakt het verschil.", person: "Een ouder")), width: .half),
            Section(.barChart(BarChartSection(title: "Bereik per wijk", bars: bars)), width: .half),
        ])
        guard let quote = f[0], let chart = f[1] else { Issue.record("no frames: \(f)"); return }
        #expect(quote.height < chart.height * 0.75, "quote \(quote.height), chart \(chart.height)")
    }

    @Test func boxesOfAboutTheSameHeightStillAlign() {
        let text = "Kinderwerkers zijn er voor alle kinderen tot 12 jaar in de buurt, met extra aandacht voor wie het nodig heeft."
        let f = Self.frames([
            Section(.definition(DefinitionSection(title: "Wat is kinderwerk?", text: text)), width: .half),
            Section(.definition(DefinitionSection(title: "Wat doet een kinderwerker?", text: text + " Ook na schooltijd.")), width: .half),
        ])
        guard let a = f[0], let b = f[1] else { Issue.record("no frames: \(f)"); return }
        #expect(abs(a.height - b.height) < 0.01, "\(a.height) vs \(b.height)")
    }

    /// A report that runs onto a second page ends with two pages about level: the last takes
    /// the end of the one before, so it is at least a third full and the one before at least
    /// 70%. Where nothing can move (a tall box that cannot break), a last page under a third
    /// full is reported.
    @Test func lastPagesAreBalancedOrReported() throws {
        let layout = ReportLayout(measurer: FixedAdvanceMeasurer())
        let text = "Kinderwerkers ondersteunen kinderen bij het opgroeien en merken vroeg op wanneer iets niet goed gaat."
        func result(_ n: Int) -> LayoutResult {
            layout.layout(Report(title: "Pagina's", sections: (1...n).map { Section(.text(TextSection(title: "Deel \($0)", text: text))) }))
        }
        func fill(_ page: LaidOutPage) -> Double {
            ((page.frames.filter { $0.kind != .sources }.map(\.rect.maxY).max() ?? page.contentBox.minY) - page.contentBox.minY) / page.contentBox.height
        }
        let spill = try #require((1...80).first(where: { result($0).pages.count == 2 }), "never two pages")
        let balanced = result(spill)
        // 70% of the room above the folio; this measures against the whole content box.
        #expect(fill(balanced.pages[1]) >= 1.0 / 3 && fill(balanced.pages[0]) >= 0.65, "\(balanced.pages.map(fill))")
        #expect(!balanced.diagnostics.contains { $0.message.contains("the last page") })

        // Two boxes that cannot break: the first takes most of page 1, the second goes on alone.
        func boxes(_ first: Int, _ second: Int) -> LayoutResult {
            let words = { (n: Int) in Array(repeating: "kinderwerk", count: n).joined(separator: " ") }
            // A long subtitle makes the header tall, so little room is left under the first box.
            return layout.layout(Report(title: "Vakken", subtitle: words(60), sections: [Section(.definition(DefinitionSection(title: "Een", text: words(first)))),
                                                                   Section(.definition(DefinitionSection(title: "Twee", text: words(second))))]))
        }
        let tall = try #require(Array(stride(from: 10, through: 600, by: 5)).last { n in
            let one = boxes(n, 1)
            return one.pages.count == 1 && one.pages[0].frames[0].rect.height < one.pages[0].contentBox.height * 0.6
        })
        let alone = try #require((1...600).first { boxes(tall, $0).pages.count == 2 })
        let reported = boxes(tall, alone)
        #expect(fill(reported.pages[1]) < 1.0 / 3, "\(reported.pages.map(fill))")
        #expect(reported.diagnostics.contains { $0.message.contains("the last page (2) is only") }, "\(reported.diagnostics)")
        // Said at the report's `page` field when it has one (the preview's click goes there).
        let at = SourceLocation(file: "r.yaml", line: 4, column: 7)
        var located = Report(title: "Vakken", subtitle: Array(repeating: "kinderwerk", count: 60).joined(separator: " "),
                             sections: [Section(.definition(DefinitionSection(title: "Een", text: Array(repeating: "kinderwerk", count: tall).joined(separator: " ")))),
                                        Section(.definition(DefinitionSection(title: "Twee", text: Array(repeating: "kinderwerk", count: alone).joined(separator: " "))))])
        located.page.location = at
        #expect(layout.layout(located).diagnostics.first { $0.message.contains("the last page (2) is only") }?.location == at)
    }
}
