import Foundation
import PraatplaatPipeline
import PraatplaatSite
import Testing

/// The site's charts are the print layout's: the same icon unit, the same colours, the same
/// words, drawn at several widths by the SVG writer.
@Suite(.serialized)
struct ChartFigureTests {
    func site(_ report: URL) throws -> (folder: URL, page: String) {
        let folder = try Paths.temporaryFolder()
        let pipeline = Pipeline()
        _ = try SiteBuilder(pipeline: pipeline, options: SiteOptions(outputDirectory: folder)).build([try pipeline.load(report)])
        let stem = report.deletingPathExtension().lastPathComponent
        return (folder, try String(contentsOf: folder.appendingPathComponent("\(stem)/index.html"), encoding: .utf8))
    }

    /// The text of one <svg> element's <text> elements, tags stripped.
    static func words(_ svg: Substring) -> [String] {
        svg.matches(of: /<text[^>]*>(.*?)<\/text>/).map { String($0.output.1).replacing(/<[^>]+>/, with: "") }
    }

    @Test func theUnitChartKeepsThePrintedUnitAtEveryWidth() throws {
        let flagship = Paths.examples.appendingPathComponent("kinderwerk-in-beeld.yaml")
        let (folder, page) = try site(flagship)
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdfText = try run("pdftotext", [folder.appendingPathComponent("kinderwerk-in-beeld/kinderwerk-in-beeld.pdf").path, "-"])
        #expect(pdfText.contains("1 icoon = 200 professionals"))
        // Six drawings of the chart, one per column width; each says what print says.
        let unit = try #require(page.firstMatch(of: /<div class="chart-variants">(.*?)<\/div>/.dotMatchesNewlines()))
        let variants = unit.output.1.matches(of: /<svg class="chart v\d".*?<\/svg>/.dotMatchesNewlines())
        #expect(variants.count == 6)
        for variant in variants {
            let words = Self.words(variant.output)
            #expect(words.contains("1 icoon = 200 professionals"), "\(words)")
            // A person icon for every 200 professionals: 150 of them, and 3 for the kinderwerkers.
            #expect(variant.output.components(separatedBy: "<use ").count - 1 >= 150 + 3)
        }
        #expect(!page.contains("1 ■ ="), "the site's own unit chart is gone")
    }

    /// A theme with six series colours: six bars in six colours on paper and on the web.
    @Test func everySeriesColourOfTheThemeReachesTheWeb() throws {
        let folder = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let colours = ["#1f6b9e", "#1d5c3a", "#b0520a", "#3e2f6b", "#7a1f4d", "#2e6f2e"]
        try """
        name: Zes kleuren
        palette:
          series: [\(colours.map { "\"\($0)\"" }.joined(separator: ", "))]
        """.write(to: folder.appendingPathComponent("zes.yaml"), atomically: true, encoding: .utf8)
        let report = folder.appendingPathComponent("zes-staven.yaml")
        try """
        title: Zes wijken
        theme: zes.yaml
        sections:
          - kind: barChart
            title: Bereik per wijk
            bars:
        \((1...6).map { "      - { label: Wijk \($0), value: \($0 * 10) }" }.joined(separator: "\n"))
        """.write(to: report, atomically: true, encoding: .utf8)
        let (out, page) = try site(report)
        defer { try? FileManager.default.removeItem(at: out) }
        let chart = try #require(page.firstMatch(of: /<svg class="chart v6".*?<\/svg>/.dotMatchesNewlines())).output
        for colour in colours { #expect(chart.contains("fill=\"\(colour)\""), "\(colour) is drawn") }
        #expect(page.contains(".series-6 { --pp-series: var(--pp-series-6); }"))
    }

    /// The site draws the print map at each width, names the regions in its SVG and gives every
    /// region's value in a table.
    @Test func theMapIsThePrintMapWithItsValuesInATable() throws {
        let (folder, page) = try site(Paths.examples.appendingPathComponent("kinderwerk-lindenmeer.yaml"))
        defer { try? FileManager.default.removeItem(at: folder) }
        let section = try #require(page.firstMatch(of: /<section id="s\d+" class="section chart[^"]*"[^>]*>\s*<h2[^>]*>Deel van de kinderen.*?<\/section>/.dotMatchesNewlines()))
        let html = String(section.output)
        let svgs = html.matches(of: /<svg.*?<\/svg>/.dotMatchesNewlines())
        #expect(!svgs.isEmpty)
        for svg in svgs {
            let words = Self.words(svg.output)
            for name in ["Centrum", "Meerzicht", "De Linden", "Oeverland", "0% t/m 10%"] { #expect(words.contains(name), "\(words)") }
            // Four regions (Oeverland's island in its own path) as filled paths.
            #expect(svg.output.components(separatedBy: "<path").count - 1 >= 4)
        }
        for row in ["<th scope=\"row\">Centrum</th><td>24%</td>", "<th scope=\"row\">Oeverland</th><td>8%</td>"] {
            #expect(html.contains(row), "the table has \(row)")
        }
        #expect(html.contains("Kaart, Deel van de kinderen dat meedoet"), "the description says what the map shows")
    }
}
