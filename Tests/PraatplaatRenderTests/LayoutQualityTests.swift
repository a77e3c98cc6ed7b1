import Foundation
import PraatplaatLayout
import PraatplaatModel
import PraatplaatPipeline
import PraatplaatScene
import Testing

/// The layout report, measured by Pango as on paper, held to what a designer would accept: for
/// every example on its own paper, and for two awkward reports of our own (seeds 000 and 002:
/// long compounds, a long title, thirty short list items, four figures, a quote beside a chart)
/// on A5, A4 and A3 in both orientations.
struct LayoutQualityTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var file: String
        var page: PageSpec?
        var testDescription: String { file + (page.map { " \($0.size.rawValue) \($0.orientation.rawValue)" } ?? "") }
    }

    static let examples = ["den-haag", "kinderwerk-cijfers", "kinderwerk-in-beeld", "kinderwerk-lindenmeer", "kinderwerk-poster",
                           "lindenmeer-2019-2025"].map { Case(file: "examples/\($0).yaml") }
    static let awkward = ["beleidsmakers", "potentie"].flatMap { name in
        [PaperSize.a5, .a4, .a3].flatMap { size in
            Orientation.allCases.map { Case(file: "Tests/Fixtures/awkward/\(name).yaml", page: PageSpec(size: size, orientation: $0)) }
        }
    }

    func laidOut(_ c: Case) throws -> (result: LayoutResult, body: Double) {
        let pipeline = Pipeline()
        var loaded = try pipeline.load(Paths.root.appendingPathComponent(c.file))
        if let page = c.page { loaded.report.page = page }
        let result = try pipeline.layout(loaded)
        let theme = try pipeline.theme(for: loaded.report)
        return (result, result.fit?.body ?? theme.type.body * ReportLayout.naturalScale(loaded.report.page))
    }

    @Test(arguments: examples + awkward)
    func pagesFillAndTextReadsWell(_ c: Case) throws {
        let (result, body) = try laidOut(c)
        let report = LayoutReport(result)
        let pages = report.pages
        // No half-empty page before the last; a last page under a third full is said.
        for page in pages.dropLast() {
            #expect(page.filled >= 0.6, "page \(page.page) is \(page.filled) full")
        }
        if pages.count > 1, let last = pages.last, last.filled < 1.0 / 3 {
            #expect(result.diagnostics.contains { $0.message.contains("the last page (\(pages.count)) is only") })
        }
        for page in pages {
            // No box stands more than a quarter empty because of a neighbour.
            #expect(page.stretched.allSatisfy { $0.share <= 0.25 }, "\(page.stretched)")
            // No text ends on one short word.
            #expect(page.shortLastLines.isEmpty, "\(page.shortLastLines)")
        }
        // On A3 and larger, and on landscape paper, running text stays under about 75
        // characters a line (85 allowing for a half column and the words' own lengths); A4 and
        // A5 portrait keep their full-width lines of about 95.
        for (number, page) in result.pages.enumerated() {
            let wide = page.scene.size.width > page.scene.size.height || page.scene.size.width > 600
            for line in LayoutReport.textLines(page.scene.items)
            where line.spans.allSatisfy({ abs($0.font.size - body) < body * 0.02 }) && line.setting != nil {
                #expect(line.text.count <= (wide ? 85 : 100), "page \(number + 1): \(line.text.count) characters: \(line.text)")
            }
        }
    }

    /// Where a report fills its pages badly enough, the report says so (`filled` is what
    /// `validate --layout-report` prints), and the figures are in range.
    @Test func figuresAreInRange() throws {
        for c in Self.examples {
            let report = LayoutReport(try laidOut(c).result)
            for page in report.pages {
                #expect((0...1).contains(page.filled) && (0...1).contains(page.covered) && (0...1).contains(page.largestEmpty.share))
                #expect(page.covered <= page.filled + 0.05, "\(c.file) page \(page.page)")
            }
        }
    }
}
