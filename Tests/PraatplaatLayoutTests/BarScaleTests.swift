import Foundation
import PraatplaatLayout
import PraatplaatModel
import PraatplaatScene
import Testing

/// Bars of percentages are read against the whole: 0 to 100%, or an explicit `max`.
struct BarScaleTests {
    /// The widths of the bars (filled rectangles of a bar's height) in the order drawn.
    static func barWidths(_ section: BarChartSection) -> [Double] {
        let report = Report(title: "Staven", sections: [Section(.barChart(section), width: .full)])
        let items = ReportLayout(measurer: FixedAdvanceMeasurer()).layout(report).pages[0].scene.items
        func rects(_ item: SceneItem) -> [Rect] {
            switch item {
            case .fill(.rect(let r, let radius), _) where radius == 2: [r]
            case .group(let children, _, _), .tagged(_, let children): children.flatMap(rects)
            default: []
            }
        }
        return items.flatMap(rects).map(\.width)
    }

    @Test func oneHalfFillsHalfTheTrack() throws {
        let widths = Self.barWidths(BarChartSection(bars: [Bar(label: "de helft", value: .percent(50))]))
        #expect(widths.count == 1)
        // The track: the A4 content width (595.28 - 2 x 48) less the value "50%" (three
        // characters of 0.55 em at 10.5 pt) and the gap before it (0.6 em).
        let track = 595.28 - 96 - 3 * 0.55 * 10.5 - 0.6 * 10.5
        #expect(abs(widths[0] - track / 2) < 0.5, "\(widths) against a track of \(track)")
    }

    @Test func twoChartsOfPercentagesShareTheScale() throws {
        let low = Self.barWidths(BarChartSection(bars: [Bar(label: "laag", value: .percent(19))]))[0]
        let high = Self.barWidths(BarChartSection(bars: [Bar(label: "hoog", value: .percent(86))]))[0]
        #expect(abs(high / low - 86.0 / 19) < 0.05)
    }

    @Test func countsScaleToTheLargestBarAndMaxOverridesIt() throws {
        let counts = BarChartSection(bars: [Bar(label: "a", value: .count(50, atLeast: false)), Bar(label: "b", value: .count(100, atLeast: false))])
        let widths = Self.barWidths(counts)
        #expect(abs(widths[0] * 2 - widths[1]) < 0.5)
        var capped = counts
        capped.max = 200
        let half = Self.barWidths(capped)
        #expect(abs(half[1] - widths[1] / 2) < 0.5, "\(half) against \(widths)")
    }
}
