import Foundation
@testable import PraatplaatLayout
import PraatplaatLoader
import PraatplaatModel
import PraatplaatScene
import Testing

/// How charts label their values: every label where there is room and none on another, the
/// last value said also when the names at the line ends have no room for it, references told
/// apart by their marks, stacks with their totals.
struct SeriesLabelTests {
    static func lines(_ sections: String) throws -> [TextLine] {
        let result = ReportLoader.load(data: Data(("title: Labels\nlanguage: nl\nsections:\n" + sections).utf8), fileName: "labels.yaml")
        let report = try #require(result.report, "\(result.diagnostics)")
        return ReportLayout(measurer: FixedAdvanceMeasurer()).layout(report).document.pages.flatMap { $0.items.flatMap(\.textLines) }
    }

    static func box(_ l: TextLine) -> Rect { Rect(x: l.origin.x, y: l.origin.y - l.ascent, width: l.width, height: l.ascent + l.descent) }

    static let references = """
      - kind: lineChart
        width: half
        unit: "%"
        values: all
        axis: [2018, 2019, 2020, 2021, 2022, 2023, 2024]
        series:
          - { label: Gemeente Lindenmeer, values: [10, 11, 9, 12, 13, 13, 15*] }
          - { label: Regio Oost-Gelderland, values: [10.5, 10.8, 9.5, 10.2, 11.3, 11.9, 12.2], reference: true }
          - { label: Nederland, values: [10.3, 10.6, 9.9, 10.0, 11.4, 11.8, 12.1*], reference: true }
          - { label: Provincie Gelderland, values: [9.6, 10.1, 9.2, 9.8, 10.9, 11.2, 11.7], reference: true }
    """

    @Test func valueLabelsNeverLieOnEachOtherAndTheLastOneIsSaid() throws {
        let lines = try Self.lines(Self.references)
        let values = lines.filter { $0.text.hasSuffix("%") || $0.text.hasSuffix("%*") }
        #expect(values.contains { $0.text == "15,0%*" }, "the last value is missing: \(values.map(\.text))")
        #expect(values.contains { $0.text == "9,0%" })
        for (i, a) in values.enumerated() {
            for b in values[(i + 1)...] where Self.box(a).insetBy(dx: 0.5, dy: 0.5).intersects(Self.box(b)) {
                Issue.record("\"\(a.text)\" and \"\(b.text)\" overlap")
            }
        }
    }

    @Test func referencesAfterTheFirstCarryMarksAtEveryPointAndBeforeTheirNames() throws {
        let result = ReportLoader.load(data: Data(("title: Labels\nlanguage: nl\nsections:\n" + Self.references).utf8), fileName: "labels.yaml")
        let report = try #require(result.report)
        let items = ReportLayout(measurer: FixedAdvanceMeasurer()).layout(report).document.pages.flatMap(\.items)
        func flat(_ item: SceneItem) -> [SceneItem] {
            switch item {
            case .tagged(_, let inner), .group(let inner, _, _): inner.flatMap(flat)
            default: [item]
            }
        }
        let all = items.flatMap(flat)
        let squares = all.filter { if case .stroke(.rect, _) = $0 { true } else { false } }.count
        let diamonds = all.filter { if case .stroke(.path(let p), _) = $0 { p.count == 5 } else { false } }.count
        // Seven points and one mark before the name each.
        #expect(squares == 8 && diamonds == 8, "\(squares) squares, \(diamonds) diamonds")
    }

    @Test func aStackCarriesItsTotal() throws {
        let lines = try Self.lines("""
          - kind: columnChart
            stacked: true
            axis: [2022, 2023]
            series:
              - { label: Binnen, values: [120, 140] }
              - { label: Buiten, values: [80, 75] }
        """)
        // 120 + 80 and 140 + 75, over the columns (no tick is 215).
        #expect(lines.contains { $0.text == "215" }, "\(lines.map(\.text))")
    }

    /// Amounts from a million up are drawn in millions: "€ miljoen" once above the axis, the
    /// ticks and the labels bare and in one scale, each label over its own column.
    @Test func amountsOfMillionsAreDrawnInMillions() throws {
        let lines = try Self.lines("""
          - kind: columnChart
            unit: €
            axis: [2022, 2023]
            series:
              - { label: Verblijf, values: ["€ 1.250.000", "€ 1.410.500"] }
              - { label: Preventie, values: ["€ 640.000", "€ 712.500"] }
        """)
        let texts = lines.map(\.text)
        #expect(texts.contains("€ miljoen"), "\(texts)")
        for label in ["1,3", "1,4", "0,6", "0,7"] { #expect(texts.contains(label), "\(label) not in \(texts)") }
        #expect(!texts.contains { $0.contains("€ 640.000") || $0.contains("miljoen") && $0 != "€ miljoen" })
    }

    /// Labels of columns side by side at about the same height never run together ("410390").
    @Test func labelsOfNeighbouringColumnsKeepApart() throws {
        let lines = try Self.lines("""
          - kind: columnChart
            width: half
            axis: [2021, 2022, 2023, 2024, 2025]
            series:
              - { label: Binnen, values: [310, 340, 365, 380, 410] }
              - { label: Buiten, values: [220, 260, 300, 345, 390] }
        """)
        let values = lines.filter { Int($0.text) != nil && !["0", "200", "400", "600"].contains($0.text) && !$0.text.hasPrefix("20") }
        #expect(values.count >= 6, "\(values.map(\.text))")
        for (i, a) in values.enumerated() {
            for b in values[(i + 1)...] where Self.box(a).insetBy(dx: -1, dy: 0).intersects(Self.box(b)) {
                Issue.record("\"\(a.text)\" and \"\(b.text)\" run together")
            }
        }
    }
}
