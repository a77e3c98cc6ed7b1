import Foundation
import PropertyBased
import PraatplaatLayout
import PraatplaatModel
import PraatplaatScene
import Testing

/// The grid and the page flow on reports nobody tuned: any mix of kinds, widths and text lengths
/// on A5, A4 and A3. Rows never overlap, nothing leaves the page, and every section appears, once
/// and in the order of the file.
struct PageFlowPropertyTests {
    static let words = TextWrapperTests.words

    static func text(_ n: Int, from seed: Int) -> String {
        (0..<max(1, n)).map { words[($0 * 7 + seed) % words.count] }.joined(separator: " ")
    }

    /// A section of kind `k` with about `n` words.
    static func section(kind k: Int, width w: Int, words n: Int, seed: Int) -> Section {
        let width = SectionWidth.allCases[w % SectionWidth.allCases.count]
        let content: SectionContent
        switch k % 9 {
        case 0: content = .text(TextSection(title: text(3, from: seed), text: text(n, from: seed)))
        case 1: content = .definition(DefinitionSection(title: text(2, from: seed), text: text(n, from: seed + 1)))
        case 2: content = .list(ListSection(title: text(2, from: seed), items: (0..<max(1, n / 6)).map { ListItem(text(5, from: seed + $0)) }))
        case 3: content = .keyFigures(KeyFiguresSection(title: text(3, from: seed), figures: (0..<(1 + n % 4)).map {
            KeyFigure(value: $0 % 2 == 0 ? .percent(Double((seed + $0 * 13) % 100)) : .count(Double(100 + seed * 37), atLeast: false),
                      label: text(4 + n % 8, from: seed + $0)) }))
        case 4: content = .barChart(BarChartSection(title: text(3, from: seed), bars: (0..<(1 + n % 6)).map {
            Bar(label: text(2, from: seed + $0), value: .count(Double(10 + (seed * 7 + $0 * 31) % 500), atLeast: false)) }))
        case 5: content = .quote(QuoteSection(text: text(n, from: seed), person: text(2, from: seed + 3), role: nil))
        case 6: content = .recommendations(RecommendationsSection(title: text(2, from: seed), groups: (0..<(1 + n % 3)).map { g in
            RecommendationGroup(audience: text(2, from: seed + g), items: (0..<(1 + n % 4)).map { Recommendation(text: text(8, from: seed + g + $0)) }) }))
        case 7: content = .partners(PartnersSection(title: text(2, from: seed), groups: [PartnerGroup(name: nil, items: (0..<(1 + n % 9)).map { text(1, from: seed + $0) })]))
        default: content = .comparison(ComparisonSection(title: text(2, from: seed), items: (0..<(2 + n % 3)).map {
            ComparisonItem(label: text(3, from: seed + $0), value: .count(Double(1 + (seed + $0) * 997 % 100_000), atLeast: false)) }))
        }
        return Section(content, width: width)
    }

    static let kinds = Gen.int(in: 0...8).array(of: 1...14)
    static let widths = Gen.int(in: 0...4).array(of: 14...14)
    static let lengths = Gen.int(in: 1...120).array(of: 14...14)
    static let paper = Gen.int(in: 0...2)

    @Test func rowsNeverOverlapAndEverySectionAppearsOnceInOrder() async {
        await propertyCheck(count: 120, input: Self.kinds, Self.widths, Self.lengths, Self.paper) { kinds, widths, lengths, paper in
            var sections = kinds.enumerated().map { i, k in Self.section(kind: k, width: widths[i], words: lengths[i], seed: i * 11 + k) }
            sections.append(Section(.sources(SourcesSection(items: [SourceItem(text: "Een bron (2021).")]))))
            let size: PaperSize = [.a5, .a4, .a3][paper]
            let report = Report(title: Self.text(4, from: kinds.count), page: PageSpec(size: size), sections: sections)
            let result = ReportLayout(measurer: FixedAdvanceMeasurer()).layout(report)
            LayoutInvariantTests.check(result)
            // Reading order: the sections as they first appear, page by page, top to bottom and
            // left to right within a row, are the file's order.
            let appearances = result.pages.flatMap { page in
                page.frames.sorted { ($0.rect.minY, $0.rect.minX) < ($1.rect.minY, $1.rect.minX) }.map(\.section)
            }
            var seen: [Int] = []
            for index in appearances where !seen.contains(index) { seen.append(index) }
            #expect(seen == Array(0..<sections.count), "sections appear as \(seen)")
        }
    }

    /// Found by the property test: a comparison in a third of an A5 beside a short text grew
    /// taller than a page and ran past the bottom margin; such a row is now set one under the other.
    /// Both ways it was found: beside a short text, and alone in its row.
    @Test(arguments: [(0, 5), (1, 23)])
    func aNarrowColumnTallerThanAPageIsSetAtFullWidth(_ before: Int, _ words: Int) {
        let kinds = [0, 0, 0, 0, 0, 0, 0, 0, 0, 8], widths = [0, 0, 0, 0, 0, 0, 0, 0, before, 3], lengths = [1, 1, 1, 1, 1, 1, 1, 1, 1, words]
        let sections = kinds.enumerated().map { i, k in Self.section(kind: k, width: widths[i], words: lengths[i], seed: i * 11 + k) }
        let report = Report(title: Self.text(4, from: kinds.count), page: PageSpec(size: .a5), sections: sections)
        let result = ReportLayout(measurer: FixedAdvanceMeasurer()).layout(report)
        LayoutInvariantTests.check(result)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    }
}
