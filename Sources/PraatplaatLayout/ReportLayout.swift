import Foundation
import PraatplaatModel
import PraatplaatScene

/// Lays a report out on pages: the header, then the sections top to bottom in reading order, with
/// the sources as a footer at the foot of the last page. Content that does not fit continues on a
/// new page between blocks; nothing is clipped.
public struct ReportLayout {
    public var theme: Theme
    public var measurer: any TextMeasurer

    public init(theme: Theme = .default, measurer: any TextMeasurer) {
        self.theme = theme
        self.measurer = measurer
    }

    /// The page size in points for a page spec.
    public static func pageSize(_ spec: PageSpec) -> Size {
        let mm = spec.millimetres
        return Size(width: .mm(mm.width), height: .mm(mm.height))
    }

    public func layout(_ report: Report) -> LayoutResult {
        let size = Self.pageSize(report.page)
        let a4 = Self.pageSize(PageSpec())
        let theme = self.theme.scaled(by: ((size.width * size.height) / (a4.width * a4.height)).squareRoot())
        let margin = theme.spacing.margin
        let content = Rect(x: margin, y: margin, width: size.width - 2 * margin, height: size.height - 2 * margin)
        let ctx = LayoutContext(theme: theme, measurer: measurer, width: content.width, language: report.language)

        var blocks = [HeaderLayout.block(report, ctx)]
        var footer: Block?
        for (index, section) in report.sections.enumerated() {
            switch section {
            case .definition(let s): blocks += DefinitionLayout.blocks(s, index: index, ctx)
            case .keyFigures(let s): blocks += KeyFiguresLayout.blocks(s, index: index, ctx)
            case .list(let s): blocks += ListLayout.blocks(s, index: index, ctx)
            case .sources(let s): footer = SourcesLayout.block(s, index: index, ctx)
            }
        }

        let folio = ctx.lineHeight(theme.type.footer) + theme.type.footer
        var flow = PageFlow(top: content.minY, bottom: content.maxY - folio, sectionGap: theme.spacing.section)
        var diagnostics: [Diagnostic] = []
        for block in blocks {
            if block.height > flow.bottom - flow.top, let index = block.section {
                let over = Length.pt(block.height - (flow.bottom - flow.top)).millimetres
                diagnostics.append(.warning(
                    "section \(index + 1) (\(report.sections[index].kind.rawValue)) is taller than a page by \(String(format: "%.1f", over)) mm and runs past the bottom margin",
                    at: nil, path: "sections[\(index)]", hint: "shorten its text or split it into two sections"))
            }
            flow.place(block)
        }
        if let footer { flow.placeFooter(footer) }
        // A single page has no folio: its footer takes the folio's place on the bottom margin.
        if flow.pages.count == 1 { flow.lowerFooters(by: folio) }
        flow.stretchGaps(limit: theme.spacing.section * 0.75)

        let pageCount = flow.pages.count
        let pages = flow.pages.enumerated().map { number, placed -> LaidOutPage in
            var items: [SceneItem] = []
            var frames: [Int: Rect] = [:]
            for p in placed {
                items += p.block.items.map { $0.offset(dx: content.minX, dy: p.y) }
                if let s = p.block.section {
                    let rect = Rect(x: content.minX, y: p.y, width: content.width, height: p.block.height)
                    frames[s] = frames[s].map { $0.union(rect) } ?? rect
                }
            }
            if pageCount > 1 { items.append(folioItem(number + 1, of: pageCount, content: content, ctx)) }
            let sectionFrames = frames.keys.sorted().map { SectionFrame(section: $0, kind: report.sections[$0].kind, rect: frames[$0]!) }
            return LaidOutPage(scene: ScenePage(size: size, background: theme.palette.background, items: items),
                               contentBox: content, frames: sectionFrames)
        }
        let metadata = DocumentMetadata(title: InlineText.plain(report.title), author: report.organisation.map(InlineText.plain),
                                        subject: report.subtitle.map(InlineText.plain), keywords: report.keywords,
                                        language: report.language)
        return LayoutResult(pages: pages, metadata: metadata, diagnostics: diagnostics)
    }

    /// "2 / 3" at the right of the bottom line, only when there is more than one page.
    private func folioItem(_ number: Int, of count: Int, content: Rect, _ ctx: LayoutContext) -> SceneItem {
        let t = ctx.theme
        var b = ctx.builder
        b.text([TextSpan(text: "\(number) / \(count)", font: t.font(t.type.footer), color: t.palette.muted)],
               x: content.minX, y: content.maxY - ctx.lineHeight(t.type.footer), width: content.width,
               lineHeight: ctx.lineHeight(t.type.footer), align: .right)
        return b.items[0]
    }
}

/// Assigns blocks to pages and positions, top to bottom.
struct PageFlow {
    struct Placed {
        var block: Block
        var y: Double
    }

    let top: Double
    let bottom: Double
    let sectionGap: Double
    private(set) var pages: [[Placed]] = [[]]
    private var cursor: Double
    /// Per page, the index of the footer among its placed blocks.
    private var footerIndex: [Int: Int] = [:]

    init(top: Double, bottom: Double, sectionGap: Double) {
        self.top = top
        self.bottom = bottom
        self.sectionGap = sectionGap
        cursor = top
    }

    mutating func place(_ block: Block) {
        let atTop = pages[pages.count - 1].isEmpty
        var y = cursor + (atTop ? 0 : block.gapBefore)
        if !atTop, y + block.height > bottom {
            pages.append([])
            y = top
        }
        pages[pages.count - 1].append(Placed(block: block, y: y))
        cursor = y + block.height
    }

    /// The footer sits on the bottom edge of the last page. When it does not fit there, the last
    /// block moves on with it, so the new page never holds the footer alone.
    mutating func placeFooter(_ footer: Block) {
        let last = pages.count - 1
        if !pages[last].isEmpty, cursor + footer.gapBefore + footer.height > bottom {
            var carried: [Block] = []
            if pages[last].count > 1, let moved = pages[last].popLast() { carried.append(moved.block) }
            pages.append([])
            cursor = top
            carried.forEach { place($0) }
        }
        let y = max(bottom - footer.height, top)
        pages[pages.count - 1].append(Placed(block: footer, y: y))
        footerIndex[pages.count - 1] = pages[pages.count - 1].count - 1
    }

    mutating func lowerFooters(by distance: Double) {
        for (page, index) in footerIndex { pages[page][index].y += distance }
    }

    /// Spreads part of a page's spare height over the gaps between its sections, so a short page
    /// breathes evenly instead of leaving one hole at the bottom; each gap grows at most `limit`.
    mutating func stretchGaps(limit: Double) {
        for p in pages.indices {
            let flowing = pages[p].indices.filter { $0 != footerIndex[p] }
            let floor = footerIndex[p].map { pages[p][$0].y - sectionGap } ?? bottom
            let movable = flowing.filter { $0 > 0 && pages[p][$0].block.startsSection }
            let end = flowing.map { pages[p][$0].y + pages[p][$0].block.height }.max() ?? top
            let spare = floor - end
            guard spare > 0, !movable.isEmpty else { continue }
            let extra = min(spare / Double(movable.count + 1), limit)
            var shift = 0.0
            for i in flowing {
                if movable.contains(i) { shift += extra }
                pages[p][i].y += shift
            }
        }
    }
}
