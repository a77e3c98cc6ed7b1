import Foundation
@testable import PraatplaatLayout
import PraatplaatLoader
import PraatplaatModel
import PraatplaatScene
import Testing

/// How the layout fills rows and pages: key figures across their row, lists and wide text in
/// columns that split where a page ends, gaps tightened before a page is added, long titles set
/// smaller, pictures in the frame they ask for.
struct PageFillingTests {
    let measurer = FixedAdvanceMeasurer()

    @Test func keyFiguresFillTheirRow() {
        let body = 10.5, gap = 24.0
        // A4's full width holds four cells of nine body sizes; half of it two.
        #expect(KeyFiguresLayout.columnCount(3, width: 500, gap: gap, body: body) == 3)
        #expect(KeyFiguresLayout.columnCount(4, width: 500, gap: gap, body: body) == 4)
        #expect(KeyFiguresLayout.columnCount(4, width: 240, gap: gap, body: body) == 2)
        #expect(KeyFiguresLayout.columnCount(5, width: 500, gap: gap, body: body) == 3)
        #expect(KeyFiguresLayout.columnCount(2, width: 500, gap: gap, body: body) == 2)
        #expect(KeyFiguresLayout.columnCount(1, width: 500, gap: gap, body: body) == 1)
        // Too narrow for two: one under the other, not two and a lone one.
        #expect(KeyFiguresLayout.columnCount(3, width: 150, gap: gap, body: body) == 1)
    }

    @Test func threeFiguresStandInOneRow() throws {
        let figures = [KeyFigure(value: .percent(40), label: "functietitel"), KeyFigure(value: .count(12, atLeast: false), label: "teams"),
                       KeyFigure(value: .count(30000, atLeast: true), label: "jeugdzorg")]
        let result = ReportLayout(measurer: measurer).layout(Report(title: "Cijfers", sections: [Section(.keyFigures(KeyFiguresSection(figures: figures)))]))
        let lines = LayoutReport.textLines(try #require(result.pages.first).scene.items)
        let labels = ["functietitel", "teams", "jeugdzorg"].compactMap { label in lines.first { $0.text == label } }
        #expect(labels.count == 3)
        // Side by side: three different columns, and the numbers' labels at one height.
        #expect(Set(labels.map { ($0.origin.x).rounded() }).count == 3)
        #expect(abs(labels[1].origin.y - labels[2].origin.y) < 0.01)
    }

    @Test func aLongListOfShortItemsFlowsIntoColumns() throws {
        let words = ["sport", "spel", "koken", "huiswerk", "voorlezen", "muziek", "dans", "theater", "natuur", "tuinieren"]
        let items = (0..<30).map { ListItem(words[$0 % words.count]) }
        let section = Section(.list(ListSection(title: "Activiteiten", items: items)))
        let result = ReportLayout(measurer: measurer).layout(Report(title: "Lijst", sections: [section]))
        let frame = try #require(result.pages.first?.frames.first { $0.kind == .list })
        let lines = LayoutReport.textLines(result.pages[0].scene.items).filter { words.contains($0.text) }
        #expect(lines.count == 30)
        #expect(Set(lines.map { $0.origin.x.rounded() }).count == 3, "three columns")
        // Down the first column first: the second item is under the first.
        #expect(lines[1].origin.y > lines[0].origin.y && abs(lines[1].origin.x - lines[0].origin.x) < 0.01)
        // Under half the height thirty items down one column take.
        #expect(frame.rect.height < 30 * (10.5 * 1.45 + 5) * 0.45)
        // A list of long items stays one column.
        let long = (0..<8).map { _ in ListItem("Kinderwerkers ondersteunen kinderen bij het opgroeien in hun eigen wijk") }
        let one = ReportLayout(measurer: measurer).layout(Report(title: "Lijst", sections: [Section(.list(ListSection(items: long)))]))
        #expect(Set(LayoutReport.textLines(one.pages[0].scene.items).filter { $0.text.hasPrefix("Kinderwerkers") }.map { $0.origin.x.rounded() }).count == 1)
    }

    @Test func wideTextIsSetInColumnsThatSplitAtThePageEnd() throws {
        // A3 landscape: about 86 body sizes across, so three columns.
        #expect(TextColumns.count(width: 1080, size: 12.5) == 3)
        #expect(TextColumns.count(width: 728, size: 12.5) == 2)
        #expect(TextColumns.count(width: 500, size: 10.5) == 1, "A4 portrait's full width stays one column")
        let paragraph = Array(repeating: "Kinderwerkers ondersteunen kinderen bij het opgroeien en merken vroeg op wanneer iets niet goed gaat.", count: 60)
            .joined(separator: " ")
        let report = Report(title: "Lang", page: PageSpec(size: .a3, orientation: .landscape),
                            sections: [Section(.text(TextSection(title: "Tekst", text: paragraph)))])
        let result = ReportLayout(measurer: measurer).layout(report)
        #expect(result.pages.count >= 2)
        for (n, page) in result.pages.enumerated() {
            let lines = LayoutReport.textLines(page.scene.items).filter { $0.text.count > 20 }
            let columns = Dictionary(grouping: lines) { $0.origin.x.rounded() }
            #expect(columns.count == 3, "page \(n + 1): \(columns.keys.sorted())")
            // Balanced: the columns of a page end within two lines of each other.
            let ends = columns.values.map { $0.map(\.origin.y).max()! }
            #expect(ends.max()! - ends.min()! <= 2 * 12.5 * 1.5 + 0.5, "page \(n + 1): \(ends)")
            #expect(lines.allSatisfy { $0.text.count <= 80 })
        }
        // The first page is used to its end, not left for the next.
        #expect(LayoutReport(result).pages[0].filled > 0.85)
    }

    @Test func columnsBalanceAndSplit() {
        let set = TextColumns.balance(10, columns: 2, lineHeight: 10) { _ in 0 }
        #expect(set.places.filter { $0.column == 0 }.count == 5 && set.height == 50)
        let uneven = TextColumns.balance(3, columns: 2, height: { [30.0, 10, 10][$0] }) { _ in 0 }
        #expect(uneven.height == 30 && uneven.places.map(\.column) == [0, 1, 1])
        // The longest first part that fits, at least two items on each side.
        #expect(TextColumns.splitPoint(0..<10, least: 2) { $0 <= 6 } == 6)
        #expect(TextColumns.splitPoint(0..<10, least: 2) { $0 <= 9 } == 8)
        #expect(TextColumns.splitPoint(0..<10, least: 2) { _ in false } == nil)
    }

    @Test func gapsTightenBeforeAPageIsAdded() {
        func block(_ height: Double) -> Block { Block(height: height, items: [], gapBefore: 20, startsSection: true) }
        var flow = PageFlow(top: 0, bottom: 300, sectionGap: 20)
        flow.place(block(100))
        flow.place(block(100))
        // 100 + 20 + 100 + 20 + 70 = 310: ten points over, and the two gaps can give twenty.
        flow.place(block(70))
        #expect(flow.pages.count == 1)
        #expect(flow.pages[0].last!.y + 70 <= 300.01)
        // Gaps never below half: this one goes on.
        flow.place(block(30))
        #expect(flow.pages.count == 2)
    }

    @Test func aLongTitleIsSetSmallerAndWarnedAtTheFloor() throws {
        let long = "De rol van beleidsmakers bij het faciliteren van kinderwerkvoorzieningen"
        let page = PageSpec(size: .a5)
        let layout = ReportLayout(measurer: measurer)
        func titleSize(_ title: String) throws -> (Double, Int) {
            let result = layout.layout(Report(title: title, page: page, sections: []))
            let lines = LayoutReport.textLines(try #require(result.pages.first).scene.items).filter { $0.spans.first?.font.weight == .bold }
            return (lines.first?.spans.first?.font.size ?? 0, lines.count)
        }
        let (short, _) = try titleSize("Kinderwerk")
        let (smaller, lines) = try titleSize(long)
        #expect(smaller < short && lines <= 3, "\(smaller) pt (from \(short)) in \(lines) lines")
        let longer = long + " en daarbuiten, met samenwerkingsovereenkomsten voor jeugdgezondheidszorgvoorzieningen"
        let result = layout.layout(Report(title: longer, page: page, sections: []))
        #expect(result.diagnostics.contains { $0.path == "title" && $0.message.contains("the smallest size a title is set at") })
    }

    @Test func picturesTakeTheFrameTheyAskFor() {
        let natural = Size(width: 400, height: 300)
        let plain = ImageLayout.frame(ImageSection(source: "a.png", alt: "a"), natural: natural, width: 200)
        #expect(plain == Size(width: 200, height: 150))
        let square = ImageLayout.frame(ImageSection(source: "a.png", alt: "a", aspect: 1), natural: natural, width: 200)
        #expect(square == Size(width: 200, height: 200))
        // 40 mm high, its width from the file's proportions; never wider than the column.
        let high = ImageLayout.frame(ImageSection(source: "a.png", alt: "a", height: 40), natural: natural, width: 500)
        #expect(abs(high.height - 113.386) < 0.01 && abs(high.width - 151.18) < 0.01)
        let narrow = ImageLayout.frame(ImageSection(source: "a.png", alt: "a", height: 100), natural: natural, width: 100)
        #expect(narrow.width == 100 && abs(narrow.height - 75) < 0.01)
        // A frame of other proportions crops the picture to it: drawn inside a clipped group.
        let asset = Asset(path: "/tmp/a.png", size: natural)
        let layout = ReportLayout(measurer: measurer, assets: ["a.png": asset])
        let result = layout.layout(Report(title: "Beeld", sections: [Section(.image(ImageSection(source: "a.png", alt: "a", aspect: 1)), width: .half)]))
        func clipped(_ items: [SceneItem]) -> Bool {
            items.contains { item in
                switch item {
                case .group(let inner, let clip, _): clip != nil && inner.contains { if case .image = $0 { true } else { false } }
                case .tagged(_, let inner): clipped(inner)
                default: false
                }
            }
        }
        #expect(clipped(result.pages[0].scene.items))
    }

    /// On landscape and A3 paper a chart stays under a third of the page and a table keeps the
    /// width it has on A4 (the Lindenmeer report took four half-empty landscape pages, its
    /// table's columns 390 mm apart on A3).
    @Test func widePaperKeepsChartsAndTablesInProportion() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("examples/lindenmeer-2019-2025.yaml")
        var report = try #require(ReportLoader.load(contentsOf: url).report)
        report.page = PageSpec(size: .a4, orientation: .landscape)
        let landscape = ReportLayout(measurer: measurer).layout(report)
        for page in landscape.pages {
            for frame in page.frames where frame.kind == .lineChart || frame.kind == .columnChart {
                #expect(frame.rect.height < page.contentBox.height * 0.5, "\(frame.kind) is \(frame.rect.height) of \(page.contentBox.height)")
            }
        }
        #expect(landscape.pages.count <= 2)
        report.page = PageSpec(size: .a3, orientation: .landscape)
        let result = ReportLayout(measurer: measurer).layout(report)
        let frames = result.pages.flatMap { page in page.frames.map { (page, $0) } }
        let body = Theme.default.type.body * ReportLayout.naturalScale(report.page)
        let (page, table) = try #require(frames.first { $0.1.kind == .table })
        let right = LayoutReport.textLines(page.scene.items).filter { table.rect.contains(Rect(x: $0.origin.x, y: $0.origin.y - 1, width: 1, height: 1)) }
            .map { $0.origin.x + $0.width }.max() ?? 0
        #expect(right - table.rect.minX <= body * 48 + 1, "the table spans \(right - table.rect.minX) pt")
    }
}
