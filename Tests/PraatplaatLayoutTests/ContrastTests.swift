import Foundation
import PraatplaatLayout
import PraatplaatModel
import PraatplaatScene
import Testing

/// Text contrast against WCAG 2.2: the default theme passes for every section kind; a theme
/// made to fail is named, section, colours and ratio.
struct ContrastTests {
    static func report(_ sections: [SectionContent]) -> Report {
        Report(title: "Contrast", organisation: "Praatplaat", sections: sections.map { Section($0) })
    }

    static var everyKind: Report { report(SectionGoldenTests.samples.map(\.1)) }

    @Test func defaultThemePassesForEveryKind() {
        let result = ReportLayout(measurer: FixedAdvanceMeasurer()).layout(Self.everyKind)
        #expect(result.diagnostics.filter { $0.message.contains("contrast") }.isEmpty, "\(result.diagnostics.map(\.description))")
    }

    /// 2.64:1 as Python computes it from the WCAG formula for #9AA0A8 on white.
    @Test func paleBodyTextIsNamedWithColoursAndRatio() throws {
        var theme = Theme.default
        theme.palette.text = Color(hex: "#9AA0A8")!
        let report = Self.report([.text(TextSection(text: "Lichtgrijze tekst op wit."))])
        let result = ReportLayout(theme: theme, measurer: FixedAdvanceMeasurer()).layout(report)
        let warning = try #require(result.diagnostics.first { $0.message.contains("contrast") })
        #expect(warning.severity == .warning)
        #expect(warning.path == "sections[0]")
        #expect(warning.message == "text in #9aa0a8 on #ffffff has a contrast of 2.64:1; body text needs 4.5:1 (WCAG 2.2)")
    }

    @Test func largeTextNeedsOnlyThreeToOne() throws {
        var theme = Theme.default
        // 3.68:1 on white: enough for the 30 pt key figure, not for its 10.5 pt label.
        theme.palette.series = [Color(hex: "#E4572E")!]
        theme.palette.text = Color(hex: "#E4572E")!
        let report = Self.report([.keyFigures(KeyFiguresSection(figures: [KeyFigure(value: .count(1500, atLeast: false), label: "kinderen")]))])
        let warnings = ReportLayout(theme: theme, measurer: FixedAdvanceMeasurer()).layout(report).diagnostics.filter { $0.message.contains("contrast") }
        #expect(warnings.map(\.message) == ["text in #e4572e on #ffffff has a contrast of 3.68:1; body text needs 4.5:1 (WCAG 2.2)"])
    }

    @Test func textOnABoxIsMeasuredAgainstTheBox() throws {
        var theme = Theme.default
        theme.palette.callout = Color(hex: "#1F2430")!
        let report = Self.report([.definition(DefinitionSection(text: "Donkere tekst op een donker vlak."))])
        let warnings = ReportLayout(theme: theme, measurer: FixedAdvanceMeasurer()).layout(report).diagnostics.filter { $0.message.contains("contrast") }
        #expect(warnings.contains { $0.message.hasPrefix("text in #1f2430 on #1f2430 has a contrast of 1.00:1") })
    }

    /// Chart marks need 3:1: a pale yellow bar (1.47:1 on white) is named; the default theme's
    /// marks, the band header of a theme file and the grey donut track are not.
    @Test func paleChartMarksAreNamed() throws {
        var theme = Theme.default
        theme.palette.series = [Color(hex: "#F4D35E")!, Color(hex: "#1B3A6B")!]
        let bars = BarChartSection(bars: [Bar(label: "A", value: .count(10, atLeast: false)), Bar(label: "B", value: .count(6, atLeast: false))])
        let report = Self.report([.barChart(bars)])
        let warnings = ReportLayout(theme: theme, measurer: FixedAdvanceMeasurer()).layout(report).diagnostics.filter { $0.message.contains("chart marks") }
        #expect(warnings.map(\.message) == ["chart marks in #f4d35e on #ffffff have a contrast of 1.47:1; marks need 3:1 (WCAG 2.2)"])
        #expect(warnings.first?.path == "sections[0]")
        let fine = ReportLayout(measurer: FixedAdvanceMeasurer()).layout(Self.everyKind).diagnostics.filter { $0.message.contains("chart marks") }
        #expect(fine.isEmpty, "\(fine)")
    }
}
