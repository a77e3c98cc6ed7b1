import Foundation
@testable import PraatplaatLayout
import PraatplaatModel
import PraatplaatScene
import Testing

struct ColourVisionTests {
    static func fourFigures() -> Report {
        Report(title: "Kleuren", sections: [Section(.keyFigures(KeyFiguresSection(figures: [
            KeyFigure(value: .count(1, atLeast: false), label: "een"), KeyFigure(value: .count(2, atLeast: false), label: "twee"),
            KeyFigure(value: .count(3, atLeast: false), label: "drie"), KeyFigure(value: .count(4, atLeast: false), label: "vier"),
        ])))])
    }

    /// The simulation agrees with an independent computation (Python, same matrices and CIE76):
    /// the old gold and the accent differ by 2.8 for a deuteranope, 37.8 for everyone else.
    @Test func simulationMatchesTheReferenceNumbers() {
        let accent = Color(hex: "#C9441E")!, gold = Color(hex: "#A56F0A")!
        #expect(abs(ColourVisionCheck.difference(accent, gold, as: .deuteranopia) - 2.8) < 0.1)
        #expect(abs(ColourVisionCheck.difference(accent, gold, as: .protanopia) - 15.9) < 0.1)
    }

    @Test func defaultSeriesStayApart() {
        let result = ReportLayout(measurer: FixedAdvanceMeasurer()).layout(Self.fourFigures())
        #expect(!result.diagnostics.contains { $0.message.contains("look alike") }, "\(result.diagnostics)")
    }

    @Test func redAndGreenSeriesAreAWarningAtTheSection() throws {
        var theme = Theme.default
        theme.palette.series = [Color(hex: "#D62728")!, Color(hex: "#2CA02C")!, Color(hex: "#1F77B4")!, Color(hex: "#9467BD")!]
        let result = ReportLayout(theme: theme, measurer: FixedAdvanceMeasurer()).layout(Self.fourFigures())
        let warning = try #require(result.diagnostics.first { $0.message.contains("look alike") })
        #expect(warning.path == "sections[0]")
        #expect(warning.message.hasPrefix("the chart colours #d62728 and #2ca02c look alike with"))
    }
}
