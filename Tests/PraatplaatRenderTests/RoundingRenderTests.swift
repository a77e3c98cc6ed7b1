import Foundation
import PraatplaatLayout
import PraatplaatModel
import PraatplaatPipeline
import Testing

/// `round:` on figures and charts: the page draws the rounded value and says the rule under
/// it; the alt text and the site's data table keep the exact value; a chart reading a CSV
/// rounds the same way.
struct RoundingRenderTests {
    static let report = """
        title: Begroting kinderwerk
        language: nl
        sections:
          - kind: keyFigures
            figures:
              - { value: "€ 6.624.049,93", label: begroting 2025, round: millions }
              - { value: "12,5%", label: bereik, round: whole }
          - kind: barChart
            round: thousands
            unit: €
            bars:
              - { label: Personeel, value: "€ 441.950" }
              - { label: Activiteiten, value: "€ 86.000" }
          - kind: columnChart
            round: thousands
            unit: €
            data: begroting.csv
          - kind: lineChart
            round: thousands
            data: rond.csv
        """

    @Test func theRoundedValueIsDrawnAndTheRuleSaidWhileAltTextKeepsTheExactOne() throws {
        let folder = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.report.utf8).write(to: folder.appendingPathComponent("begroting.yaml"))
        try Data("jaar;Begroting\n2024;€ 541.950\n2025;€ 563.450\n".utf8).write(to: folder.appendingPathComponent("begroting.csv"))
        // Already round: the rule changes nothing, so nothing is said.
        try Data("jaar;Kinderen\n2024;12.000\n2025;13.000\n".utf8).write(to: folder.appendingPathComponent("rond.csv"))
        let pipeline = Pipeline()
        let loaded = try pipeline.load(folder.appendingPathComponent("begroting.yaml"))
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        _ = try pipeline.render(loaded, options: RenderOptions(outputDirectory: folder, formats: [.pdf], pdfDates: .none))
        let text = try Tool.run("pdftotext", ["-layout", folder.appendingPathComponent("begroting.pdf").path, "-"])
        for drawn in ["€ 6,6 miljoen", "13%", "€ 442.000", "€ 86.000", "€ 542.000", "€ 563.000"] {
            #expect(text.contains(drawn), "\(drawn) not on the page:\n\(text)")
        }
        for exact in ["441.950", "12,5%", "541.950"] { #expect(!text.contains(exact), "\(exact) is drawn unrounded") }
        #expect(text.contains("Afgerond op 0,1 miljoen. Afgerond op hele getallen."))
        #expect(text.components(separatedBy: "Afgerond op duizendtallen.").count - 1 == 2, "the bar and column charts say their rule; the round line chart does not")
        let sections = loaded.report.sections.map(\.content)
        #expect(ChartText.alt(sections[0], language: .dutch)?.contains("€ 6.624.049,93") == true)
        #expect(ChartText.alt(sections[0], language: .dutch)?.contains("12,5%") == true)
        #expect(ChartText.alt(sections[1], language: .dutch)?.contains("€ 441.950") == true)
        #expect(ChartText.alt(sections[2], language: .dutch)?.contains("€ 541.950") == true)
    }
}
