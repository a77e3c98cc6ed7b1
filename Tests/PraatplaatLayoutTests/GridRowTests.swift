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

    /// A last page under a third full is reported; one that is fuller is not.
    @Test func anUnderfilledLastPageIsReported() {
        let layout = ReportLayout(measurer: FixedAdvanceMeasurer())
        let text = "Kinderwerkers ondersteunen kinderen bij het opgroeien en merken vroeg op wanneer iets niet goed gaat."
        func result(_ n: Int) -> LayoutResult {
            layout.layout(Report(title: "Pagina's", sections: (1...n).map { Section(.text(TextSection(title: "Deel \($0)", text: text))) }))
        }
        guard let spill = (1...80).first(where: { result($0).pages.count == 2 }) else { Issue.record("never two pages"); return }
        #expect(result(spill).diagnostics.contains { $0.message.contains("the last page (2) is only") }, "\(result(spill).diagnostics)")
        guard let fuller = (spill...160).first(where: { n in
            let r = result(n)
            guard r.pages.count == 2, let last = r.pages.last else { return false }
            return (last.frames.map(\.rect.maxY).max() ?? 0) - last.contentBox.minY > last.contentBox.height * 0.5
        }) else { Issue.record("no fuller second page"); return }
        #expect(!result(fuller).diagnostics.contains { $0.message.contains("the last page") })
    }
}
