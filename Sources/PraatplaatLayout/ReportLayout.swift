import Foundation
import PraatplaatModel
import PraatplaatScene

/// Lays a report out on pages: the header, then the sections top to bottom in reading order, with
/// the sources as a footer at the foot of the last page. Content that does not fit continues on a
/// new page between blocks; nothing is clipped.
public struct ReportLayout {
    public var theme: Theme
    public var measurer: any TextMeasurer
    /// Resolved icons and images by the name the report uses (see `Asset`).
    public var assets: [String: Asset]
    /// Dictionary hyphenation in the report's language; nil splits overlong words where they run out.
    public var hyphenator: (any Hyphenator)?

    public init(theme: Theme = .default, measurer: any TextMeasurer, assets: [String: Asset] = [:], hyphenator: (any Hyphenator)? = nil) {
        self.theme = theme
        self.measurer = measurer
        self.assets = assets
        self.hyphenator = hyphenator
    }

    /// The page size in points for a page spec.
    public static func pageSize(_ spec: PageSpec) -> Size {
        let mm = spec.millimetres
        return Size(width: .mm(mm.width), height: .mm(mm.height))
    }

    /// Type and spacing grow with the fourth root of the paper's area: an A3 sheet gets 1.19 times
    /// the A4 sizes, an A0 poster twice.
    public static func naturalScale(_ spec: PageSpec) -> Double {
        let size = pageSize(spec), a4 = pageSize(PageSpec())
        return pow((size.width * size.height) / (a4.width * a4.height), 0.25)
    }

    public func layout(_ report: Report) -> LayoutResult {
        let natural = Self.naturalScale(report.page)
        guard report.page.fit else { return layout(report, scale: natural) }
        // A poster must be one page: try smaller type in steps of 5%, down to the legible floor
        // (body text of 8 pt on A4, scaled with the paper). A try stops at the first block that
        // goes onto a second page; gaps are tightened before type is made smaller.
        let floor = min(1, Self.legibleBody / theme.type.body)
        var shares = Array(stride(from: 1.0, to: floor - 1e-9, by: -0.05))
        if shares.last.map({ $0 > floor + 1e-9 }) ?? true { shares.append(floor) }
        // Smaller type fits at least as well, so the largest share that fits is found by halving
        // (three tries instead of up to six; a factsheet in a batch is laid out that often).
        var fitting: (share: Double, result: LayoutResult)?
        var lo = 0, hi = shares.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if let result = layout(report, scale: natural * shares[mid], onePageOnly: true) {
                fitting = (shares[mid], result)
                hi = mid - 1
            } else {
                lo = mid + 1
            }
        }
        if var (share, result) = fitting {
            result.fit = FitChoice(share: share, body: theme.type.body * natural * share)
            return result
        }
        // Refused: the error says what must go; a warning about the last page would only repeat it.
        var result = layout(report, scale: natural * floor, reportUnderfilled: false)
        result.fit = FitChoice(share: floor, body: theme.type.body * natural * floor)
        if result.pages.count > 1 {
            // What moved on: the height used on the pages after the first.
            let over = result.pages.dropFirst().map { page in page.flowBottom - page.contentBox.minY }.reduce(0, +)
            let mm = NumberText.format(over / 72 * 25.4, language: report.language, maxDecimals: 0)
            let body = NumberText.format(theme.type.body * natural * floor, language: .english, maxDecimals: 1)
            result.diagnostics.append(.error("the report does not fit on one page even with its body text at \(body) pt, the smallest that stays legible at this paper size: about \(mm) mm must go",
                                             at: report.page.location, path: "page.fit", hint: "shorten texts by about that much, choose a larger page, or remove 'fit'"))
        }
        return result
    }

    /// The smallest body text `fit` sets on A4, in points; other papers scale it as their type.
    public static let legibleBody = 8.0

    func layout(_ report: Report, scale: Double, reportUnderfilled: Bool = true) -> LayoutResult {
        var result = layout(report, scale: scale, onePageOnly: false)!
        if reportUnderfilled, let note = Self.underfilledLastPage(result, page: report.page) { result.diagnostics.append(note) }
        return result
    }

    /// A last page under a third full (the footer aside) is reported: a report of two pages
    /// whose second holds one table reads as unfinished.
    static let fullEnough = 1.0 / 3

    static func underfilledLastPage(_ result: LayoutResult, page: PageSpec = PageSpec()) -> Diagnostic? {
        let fit = page.fit
        guard result.pages.count >= 2, let last = result.pages.last else { return nil }
        let used = (last.frames.filter { $0.kind != .sources }.map(\.rect.maxY).max() ?? last.contentBox.minY) - last.contentBox.minY
        let share = used / max(last.contentBox.height, 1)
        guard share < fullEnough else { return nil }
        return .warning("the last page (\(result.pages.count)) is only \(Int((share * 100).rounded()))% full", at: page.location, path: "page",
                        hint: fit ? "shorten the report a little or choose a larger page" : "shorten the report a little, set 'fit: true', or choose a smaller page")
    }

    /// The layout at `scale`; nil when `onePageOnly` and it takes more than one page.
    func layout(_ report: Report, scale: Double, onePageOnly: Bool) -> LayoutResult? {
        let size = Self.pageSize(report.page)
        let theme = self.theme.scaled(by: scale)
        let margin = report.page.margin.map { Length.mm($0).points } ?? theme.spacing.margin
        let content = Rect(x: margin, y: margin, width: size.width - 2 * margin, height: size.height - 2 * margin)
        var ctx = LayoutContext(theme: theme, measurer: measurer, width: content.width, language: report.language, assets: assets,
                                maxBlockHeight: 0, pageHeight: 0, hyphenator: hyphenator)
        let foot = PageFoot(ctx: ctx, report: report, content: content)
        let folio = foot.reserved
        ctx = LayoutContext(theme: theme, measurer: measurer, width: content.width, language: report.language, assets: assets,
                            maxBlockHeight: (content.height - folio) * 0.6, pageHeight: content.height - folio, hyphenator: hyphenator,
                            widePaper: size.width > Self.pageSize(PageSpec()).width + 1, onePage: report.page.fit)

        // The sources are the footer, wherever they stand; the rest flows through the grid.
        var footer: Block?
        if let index = report.sections.lastIndex(where: { $0.kind == .sources }), let block = SectionLayouts.blocks(report.sections[index].content, ctx.for(report.sections[index])).first {
            footer = block
            footer?.frames = [Block.Frame(section: index, rect: Rect(x: 0, y: 0, width: content.width, height: block.height))]
        }
        let flowing = report.sections.enumerated().filter { $0.element.kind != .sources }.map { (index: $0.offset, section: $0.element) }
        let rows = GridRows.rows(flowing)

        let header = HeaderLayout.block(report, ctx)
        // The same for every pass below (balancing the last pages flows up to eleven times).
        let titleWarning: [Diagnostic] = HeaderLayout.titleWarning(report, ctx).map { [$0] } ?? []
        var rowBlocks: [Int: [Block]] = [:], stackedBlocks: [Int: [Block]] = [:]
        // One pass of the page flow; `limits` ends a page higher up (to balance the last two).
        func flowPages(limits: [Int: Double], reservingFooter: Bool = true) -> (flow: PageFlow, diagnostics: [Diagnostic])? {
            var flow = PageFlow(top: content.minY, bottom: content.maxY - folio, sectionGap: theme.spacing.section, limits: limits)
            var diagnostics = titleWarning
            // Blocks are placed as their rows are laid out, so a one-page try can stop early.
            var nextRow = 0
            var pending = [header]
            while !pending.isEmpty || nextRow < rows.count {
                if pending.isEmpty {
                    let r = nextRow
                    nextRow += 1
                    pending = rowBlocks[r] ?? GridRows.blocks(rows[r], sections: report.sections, ctx)
                    rowBlocks[r] = pending
                    // A row of several sections that would leave much of this page empty is set
                    // one section under the other when that fills the page better (a tall quote
                    // beside a text moved on and left a third of the page empty).
                    if rows[r].count > 1, let first = pending.first, !flow.fits(first), flow.remaining > flow.pageHeight * 0.15 {
                        let stacked = stackedBlocks[r] ?? rows[r].flatMap {
                            GridRows.blocks([GridRows.Cell(section: $0.section, fraction: 1)], sections: report.sections, ctx)
                        }
                        stackedBlocks[r] = stacked
                            if flow.filling(stacked) >= flow.remaining * 0.5 { pending = stacked }
                    }
                    continue
                }
                let block = pending.removeFirst()
                // The warning names the tallest section of the block (a row's first may be a short one).
                if block.height > flow.bottom - flow.top, let index = block.frames.max(by: { $0.rect.height < $1.rect.height })?.section {
                    let over = Length.pt(block.height - (flow.bottom - flow.top)).millimetres
                    diagnostics.append(.warning(
                        "this \(report.sections[index].kind.rawValue) section is taller than a page by \(String(format: "%.1f", over)) mm and runs past the bottom margin",
                        at: report.sections[index].location, path: "sections[\(index)]", hint: "shorten its text or split it into two sections"))
                }
                flow.place(block)
                if onePageOnly, flow.pages.count > 1 { return nil }
            }
            if let footer {
                // A footer that does not fit under the last block used to take that block on
                // with it (a box of tips and its sources alone, a page before it 29% full):
                // flow again with the footer's room kept free on that page, so what does not fit
                // moves on and splits where it can.
                if reservingFooter, !onePageOnly, !flow.fits(footer) {
                    var reserved = limits
                    reserved[flow.pages.count - 1] = min(limits[flow.pages.count - 1] ?? flow.bottom, flow.bottom) - footer.height - footer.gapBefore
                    if let again = flowPages(limits: reserved, reservingFooter: false) { return again }
                }
                flow.placeFooter(footer)
            }
            if onePageOnly, flow.pages.count > 1 { return nil }
            return (flow, diagnostics)
        }
        guard var (flow, diagnostics) = flowPages(limits: [:]) else { return nil }
        // A last page under a third full takes the end of the page before it, so the two end
        // about level rather than one full and one nearly empty: of the places the page before
        // may end, the one that leaves the emptier of the two fullest, as long as the page before
        // stays at least 70% full; never at the cost of a page.
        if flow.pages.count >= 2, flow.fill(of: flow.pages.count - 1) < Self.fullEnough {
            let before = flow.pages.count - 2
            func evenness(_ f: PageFlow) -> Double { min(f.fill(of: f.pages.count - 2), f.fill(of: f.pages.count - 1)) }
            var best = evenness(flow) + 0.05
            for share in stride(from: 0.95, through: 0.5, by: -0.05) {
                guard let trial = flowPages(limits: [before: flow.top + flow.pageHeight * share]),
                      trial.flow.pages.count == flow.pages.count, evenness(trial.flow) > best,
                      trial.flow.fill(of: before) >= 0.7 else { continue }
                best = evenness(trial.flow)
                (flow, diagnostics) = trial
            }
        }
        // A single page has no folio: its footer takes the folio's place on the bottom margin.
        let hasFoot = flow.pages.count > 1 || foot.shownOnSinglePage
        if !hasFoot { flow.lowerFooters(by: folio) }
        flow.stretchGaps(limit: theme.spacing.section * 0.75)

        let pageCount = flow.pages.count
        let pages = flow.pages.enumerated().map { number, placed -> LaidOutPage in
            var items: [SceneItem] = []
            var frames: [Int: Rect] = [:]
            var stretched: [Int: Double] = [:]
            var areas: [Rect] = []
            var flowBottom = content.minY
            for (index, p) in placed.enumerated() {
                items += p.block.items.map { $0.offset(dx: content.minX, dy: p.y) }
                for frame in p.block.frames {
                    let rect = frame.rect.offset(dx: content.minX, dy: p.y)
                    frames[frame.section] = frames[frame.section].map { $0.union(rect) } ?? rect
                    stretched[frame.section] = max(stretched[frame.section] ?? 0, frame.stretched)
                    areas.append(rect)
                }
                let rect = Rect(x: content.minX, y: p.y, width: content.width, height: p.block.height)
                if p.block.frames.isEmpty { areas.append(rect) }
                if !flow.isFooter(page: number, index: index) { flowBottom = max(flowBottom, rect.maxY) }
            }
            if hasFoot {
                let folio = foot.items(page: number + 1, of: pageCount)
                items += folio
                if let bounds = folio.compactMap(\.bounds).reduce(nil as Rect?, { $0?.union($1) ?? $1 }) { areas.append(bounds) }
            }
            // Pieces of one paragraph or list that follow each other on the page are one element again.
            items = SceneItem.merged(items)
            let sectionFrames = frames.keys.sorted().map {
                SectionFrame(section: $0, kind: report.sections[$0].kind, rect: frames[$0]!, stretched: stretched[$0] ?? 0)
            }
            // A band header runs from the paper's top and sides down to the end of the header block.
            var bands: [FullBleedFill] = []
            if number == 0, theme.header == .band, let header = placed.first {
                bands.append(FullBleedFill(rect: Rect(x: 0, y: 0, width: size.width, height: header.y + header.block.height), color: theme.palette.primary))
            }
            return LaidOutPage(scene: ScenePage(size: size, background: theme.palette.background, fullBleed: bands, items: items),
                               contentBox: content, frames: sectionFrames, areas: areas, flowBottom: flowBottom)
        }
        let metadata = DocumentMetadata(title: InlineText.plain(report.title), author: report.organisation.map(InlineText.plain),
                                        subject: report.subtitle.map(InlineText.plain), keywords: report.keywords, date: report.date?.iso8601,
                                        language: report.language.tag)
        var result = LayoutResult(pages: pages, metadata: metadata, diagnostics: diagnostics + ContrastCheck.warnings(pages, report: report)
                                                                            + ContrastCheck.markWarnings(pages, report: report, theme: theme)
                                                                            + ColourVisionCheck.warnings(report, theme: self.theme))
        result.outline = Self.outline(report, pages: pages)
        // A unit chart's icon unit follows from its width on paper; the web keeps it.
        for page in pages {
            for frame in page.frames {
                guard case .unitChart(let s) = report.sections[frame.section].content,
                      result.printedScales.unitsPerIcon[frame.section] == nil else { continue }
                result.printedScales.unitsPerIcon[frame.section] = UnitChartLayout.unitsPerIcon(s, ctx.with(width: frame.rect.width))
            }
        }
        return result
    }

    /// A bookmark for every section with a heading, at the top of its first box; the sources,
    /// whose heading the layout supplies, under that heading.
    static func outline(_ report: Report, pages: [LaidOutPage]) -> [OutlineEntry] {
        var firstPlace: [Int: (page: Int, y: Double)] = [:]
        for (number, page) in pages.enumerated() {
            for frame in page.frames where firstPlace[frame.section] == nil {
                firstPlace[frame.section] = (number, frame.rect.minY)
            }
        }
        return report.sections.indices.compactMap { index in
            let section = report.sections[index]
            guard let place = firstPlace[index] else { return nil }
            var title = section.content.title
            if title == nil, case .sources(let sources) = section.content { title = SourcesLayout.defaultTitle(sources, language: report.language) }
            return title.map { OutlineEntry(title: InlineText.plain($0), page: place.page, y: place.y) }
        }
    }
}

/// Assigns blocks to pages and positions, top to bottom. Before a block goes onto a new page,
/// the gaps on the page are tightened, down to half, when that makes it fit.
struct PageFlow {
    struct Placed {
        var block: Block
        var y: Double
    }

    let top: Double
    let bottom: Double
    let sectionGap: Double
    /// Pages that end higher than `bottom`, by index (the balancing of the last two).
    let limits: [Int: Double]
    private(set) var pages: [[Placed]] = [[]]
    private var cursor: Double
    /// Per page, the index of the footer among its placed blocks.
    private var footerIndex: [Int: Int] = [:]
    /// Pages whose gaps were tightened: they are not stretched again.
    private var tightened: Set<Int> = []
    /// The smallest share of its gap a block keeps when a page is tightened.
    static let tightestGap = 0.5

    init(top: Double, bottom: Double, sectionGap: Double, limits: [Int: Double] = [:]) {
        self.top = top
        self.bottom = bottom
        self.sectionGap = sectionGap
        self.limits = limits
        cursor = top
    }

    var pageHeight: Double { bottom - top }
    private var currentBottom: Double { limits[pages.count - 1].map { min($0, bottom) } ?? bottom }
    /// Height left on the current page.
    var remaining: Double { currentBottom - cursor }

    /// Whether `block` goes on the current page, as it is or with its gaps tightened.
    func fits(_ block: Block) -> Bool {
        pages[pages.count - 1].isEmpty || cursor + block.gapBefore + block.height <= currentBottom || tightening(for: block) != nil
    }

    /// How much of the current page `blocks`, placed in turn, would fill before the first that
    /// goes onto the next page.
    func filling(_ blocks: [Block]) -> Double {
        var y = cursor
        for (i, block) in blocks.enumerated() {
            let next = y + (pages[pages.count - 1].isEmpty && i == 0 ? 0 : block.gapBefore) + block.height
            if next > currentBottom { break }
            y = next
        }
        return y - cursor
    }

    /// How full page `index` is: where its flowing blocks end, as a share of its height.
    func fill(of index: Int) -> Double {
        let end = pages[index].indices.filter { $0 != footerIndex[index] }.map { pages[index][$0].y + pages[index][$0].block.height }.max() ?? top
        return (end - top) / max(pageHeight, 1)
    }

    mutating func place(_ block: Block) {
        var block = block
        let atTop = pages[pages.count - 1].isEmpty
        var y = cursor + (atTop ? 0 : block.gapBefore)
        if !atTop, y + block.height > currentBottom {
            if let share = tightening(for: block) {
                tighten(by: share)
                y = cursor + block.gapBefore * (1 - share * (1 - Self.tightestGap))
            } else if let split = block.split, let (head, tail) = split(currentBottom - y) {
                // Text in columns: what fits here, balanced, and the rest on the next page.
                pages[pages.count - 1].append(Placed(block: head, y: y))
                cursor = y + head.height
                place(tail)
                return
            } else {
                pages.append([])
                y = top
                block = block.withHead()
            }
        }
        pages[pages.count - 1].append(Placed(block: block, y: y))
        cursor = y + block.height
    }

    /// The share of each gap's give (the part above `tightestGap`) the current page must give
    /// up so `block` fits after it, or nil when even all of it is not enough.
    private func tightening(for block: Block) -> Double? {
        let page = pages[pages.count - 1]
        guard !page.isEmpty else { return nil }
        let over = cursor + block.gapBefore + block.height - currentBottom
        guard over > 0 else { return 0 }
        let gaps = page.indices.dropFirst().map { page[$0].y - (page[$0 - 1].y + page[$0 - 1].block.height) } + [block.gapBefore]
        let give = gaps.map { max(0, $0) * (1 - Self.tightestGap) }.reduce(0, +)
        return give >= over ? over / give : nil
    }

    private mutating func tighten(by share: Double) {
        let p = pages.count - 1
        var shift = 0.0
        for i in pages[p].indices.dropFirst() {
            // The gap as it was: the block before has already moved up by `shift`.
            let gap = pages[p][i].y - (pages[p][i - 1].y + shift + pages[p][i - 1].block.height)
            shift += max(0, gap) * (1 - Self.tightestGap) * share
            pages[p][i].y -= shift
        }
        cursor -= shift
        tightened.insert(p)
    }

    /// The footer sits on the bottom edge of the last page. When it does not fit there, the last
    /// block moves on with it, so the new page never holds the footer alone.
    mutating func placeFooter(_ footer: Block) {
        let last = pages.count - 1
        // The footer's own gap gives its share when the page is tightened, as a block's does.
        var gap = footer.gapBefore
        if !pages[last].isEmpty, cursor + gap + footer.height > bottom, let share = tightening(for: footer) {
            tighten(by: share)
            gap *= 1 - share * (1 - Self.tightestGap)
        }
        if !pages[last].isEmpty, cursor + gap + footer.height > bottom + 0.01 {
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

    func isFooter(page: Int, index: Int) -> Bool { footerIndex[page] == index }

    mutating func lowerFooters(by distance: Double) {
        for (page, index) in footerIndex { pages[page][index].y += distance }
    }

    /// Spreads part of a page's spare height over the gaps between its sections, so a short page
    /// breathes evenly instead of leaving one hole at the bottom; each gap grows at most `limit`.
    mutating func stretchGaps(limit: Double) {
        for p in pages.indices where !tightened.contains(p) {
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
