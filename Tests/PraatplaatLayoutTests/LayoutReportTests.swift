import Foundation
@testable import PraatplaatLayout
import PraatplaatHyphenation
import PraatplaatLoader
import PraatplaatModel
import PraatplaatScene
import Testing

/// The layout report's geometry (largest empty area, covered area) and what it reads from the
/// lines that reached the page (hyphenations, short last lines).
struct LayoutReportTests {
    let box = Rect(x: 0, y: 0, width: 100, height: 100)

    @Test func largestEmptyAreaIsTheBiggestFreeRectangle() {
        #expect(LayoutReport.largestEmpty(in: box, around: []) == box)
        #expect(LayoutReport.largestEmpty(in: box, around: [Rect(x: 0, y: 0, width: 100, height: 40)]) == Rect(x: 0, y: 40, width: 100, height: 60))
        #expect(LayoutReport.largestEmpty(in: box, around: [Rect(x: 0, y: 0, width: 50, height: 100)]) == Rect(x: 50, y: 0, width: 50, height: 100))
        // An L of two boxes: the free corner under the short one is smaller than the strip beside the tall one.
        let l = [Rect(x: 0, y: 0, width: 60, height: 90), Rect(x: 60, y: 0, width: 40, height: 20)]
        #expect(LayoutReport.largestEmpty(in: box, around: l) == Rect(x: 60, y: 20, width: 40, height: 80))
        // Areas outside the box do not count.
        #expect(LayoutReport.largestEmpty(in: box, around: [Rect(x: 200, y: 0, width: 10, height: 10)]) == box)
    }

    @Test func coveredAreaCountsOverlapsOnce() {
        #expect(LayoutReport.unionArea([Rect(x: 0, y: 0, width: 10, height: 10), Rect(x: 5, y: 5, width: 10, height: 10)]) == 175)
        #expect(LayoutReport.unionArea([Rect(x: 0, y: 0, width: 10, height: 10), Rect(x: 0, y: 0, width: 10, height: 10)]) == 100)
        #expect(LayoutReport.unionArea([]) == 0)
    }

    static let compounds = "De samenwerkingsovereenkomsten met jeugdgezondheidszorgvoorzieningen in de wijk."

    /// A Dutch report of text sections a third wide; those in `unhyphenated` say `hyphenate: false`.
    static func narrowTexts(_ texts: [String], unhyphenated: Set<Int> = []) -> String {
        "title: Test\nlanguage: nl\nsections:\n" + texts.enumerated().map { i, text in
            "  - kind: text\n    width: third\n" + (unhyphenated.contains(i) ? "    hyphenate: false\n" : "") + "    text: \(text)\n"
        }.joined()
    }

    @Test func hyphenationsAndShortLastLinesAreReadFromThePage() throws {
        let yaml = Self.narrowTexts([Self.compounds])
        let report = try #require(ReportLoader.load(data: Data(yaml.utf8), fileName: "t.yaml").report)
        let layout = ReportLayout(measurer: FixedAdvanceMeasurer(), hyphenator: DictionaryHyphenator.forLanguage(.dutch))
        let page = try #require(LayoutReport(layout.layout(report)).pages.first)
        #expect(!page.hyphenations.isEmpty)
        // Each hyphenation is the word as the text has it, with the hyphen where it broke.
        for word in page.hyphenations {
            let joined = word.replacingOccurrences(of: "-", with: "")
            #expect(Self.compounds.contains(joined), "\(word)")
        }
        #expect(page.filled > 0 && page.filled < 1)
    }

    /// `hyphenate: false` on a section keeps its words whole at syllables; its neighbour with
    /// the same text still breaks them.
    @Test func aSectionCanTurnHyphenationOff() throws {
        let yaml = Self.narrowTexts([Self.compounds, Self.compounds.replacingOccurrences(of: "wijk", with: "buurt")], unhyphenated: [1])
        let report = try #require(ReportLoader.load(data: Data(yaml.utf8), fileName: "t.yaml").report)
        #expect(report.sections.map(\.hyphenate) == [true, false])
        let result = ReportLayout(measurer: FixedAdvanceMeasurer(), hyphenator: DictionaryHyphenator.forLanguage(.dutch)).layout(report)
        let page = try #require(result.pages.first)
        let second = try #require(page.frames.first { $0.section == 1 })
        let lines = LayoutReport.textLines(page.scene.items)
        let inSecond = lines.filter { second.rect.contains(Rect(x: $0.origin.x + 0.5, y: $0.origin.y - 0.5, width: 0.1, height: 0.1)) }
        let inFirst = lines.filter { !inSecond.contains($0) && $0.setting?.hyphenated == true }
        #expect(!inSecond.isEmpty && !inFirst.isEmpty)
        // Without the dictionary a too-wide word still splits where it runs out, but never at
        // a syllable it chose to break at: only lines that are full to the edge end in a hyphen.
        for line in inSecond where line.setting?.hyphenated == true {
            #expect(line.width > second.rect.width * 0.9, "\(line.text)")
        }
    }
}
