import PraatplaatModel
import PraatplaatScene

/// The column grid: sections flow into rows left to right as their widths allow. A row that is not
/// full lets its `auto` sections grow to fill it; sections in a row start on one line and boxes
/// in it end on one line.
enum GridRows {
    struct Cell {
        var section: Int
        var fraction: Double
    }

    /// Groups sections (by index) into rows with the fraction of the width each gets.
    static func rows(_ sections: [(index: Int, section: Section)]) -> [[Cell]] {
        var rows: [[Cell]] = []
        var current: [(cell: Cell, auto: Bool)] = []
        func close() {
            guard !current.isEmpty else { return }
            let used = current.map(\.cell.fraction).reduce(0, +)
            let autoShare = current.filter(\.auto).map(\.cell.fraction).reduce(0, +)
            if used < 0.999, autoShare > 0 {
                let grow = (1 - used + autoShare) / autoShare
                current = current.map { entry in
                    var e = entry
                    if e.auto { e.cell.fraction *= grow }
                    return e
                }
            }
            rows.append(current.map(\.cell))
            current = []
        }
        for (index, section) in sections {
            let fraction = section.width.fraction ?? SectionLayouts.automaticFraction(section.content)
            if current.map(\.cell.fraction).reduce(0, +) + fraction > 1.001 { close() }
            current.append((Cell(section: index, fraction: fraction), section.width == .auto))
        }
        close()
        return rows
    }

    /// The blocks of one row. A row of one section keeps its blocks (so it can break across pages);
    /// a row of several becomes one block.
    static func blocks(_ row: [Cell], sections: [Section], _ ctx: LayoutContext) -> [Block] {
        let gap = ctx.theme.spacing.columnGap
        func width(_ cell: Cell) -> Double { cell.fraction * (ctx.width + gap) - gap }

        if row.count == 1, let cell = row.first {
            let w = width(cell)
            let laid = SectionLayouts.blocks(sections[cell.section].content, ctx.with(width: w).for(sections[cell.section]))
            // Narrowed to a third, a chart can grow taller than a page: then it takes the width.
            if cell.fraction < 1, laid.contains(where: { $0.height > ctx.pageHeight }) {
                return blocks([Cell(section: cell.section, fraction: 1)], sections: sections, ctx)
            }
            return laid.map { framed($0, section: cell.section, width: w) }
        }
        let columns = row.map { cell in SectionLayouts.blocks(sections[cell.section].content, ctx.with(width: width(cell)).for(sections[cell.section])) }
        let laid = columns.allSatisfy({ $0.count == 1 })
            ? [balancedRow(row, columns.map { $0[0] }, sections: sections, ctx, width: width)]
            : slicedRow(row, columns, ctx, width: width)
        if laid.contains(where: { $0.height > ctx.pageHeight }) {
            // A narrow column grew taller than a page (a chart in a third of an A5), or the
            // columns never break at the same height: set the sections one under the other at
            // full width rather than let anything run off the page.
            return row.flatMap { cell in blocks([Cell(section: cell.section, fraction: 1)], sections: sections, ctx) }
        }
        return laid
    }

    /// A block that shows `section` across `width`; the parts it splits into do too.
    private static func framed(_ block: Block, section: Int, width: Double) -> Block {
        var b = block
        b.frames = [Block.Frame(section: section, rect: Rect(x: 0, y: 0, width: width, height: block.height))]
        if let split = block.split {
            b.split = { height in split(height).map { (framed($0.head, section: section, width: width), framed($0.tail, section: section, width: width)) } }
        }
        return b
    }

    /// A row of single-block sections: one block. Boxes grow to the tallest neighbour only when
    /// their contents are close to it; a box that would stand more than a quarter empty keeps
    /// its own height, top-aligned (a quote beside a bar chart stood 40% empty).
    static let emptyShare = 0.25

    private static func balancedRow(_ row: [Cell], _ blocks: [Block], sections: [Section], _ ctx: LayoutContext,
                                    width: (Cell) -> Double) -> Block {
        let gap = ctx.theme.spacing.columnGap
        var laid = blocks
        let height = laid.map(\.height).max() ?? 0
        for (i, cell) in row.enumerated() where SectionLayouts.isBoxed(sections[cell.section].kind) && laid[i].height < height
            && laid[i].height >= height * (1 - emptyShare) {
            if let grown = SectionLayouts.blocks(sections[cell.section].content, ctx.with(width: width(cell)).for(sections[cell.section]), minHeight: height).first {
                laid[i] = grown
            }
        }
        var items: [SceneItem] = []
        var frames: [Block.Frame] = []
        var x = 0.0
        for (i, cell) in row.enumerated() {
            items += laid[i].items.map { $0.offset(dx: x, dy: 0) }
            frames.append(Block.Frame(section: cell.section, rect: Rect(x: x, y: 0, width: width(cell), height: laid[i].height),
                                      stretched: laid[i].height - blocks[i].height))
            x += width(cell) + gap
        }
        return Block(height: height, items: items, gapBefore: ctx.theme.spacing.section, startsSection: true, frames: frames)
    }

    /// A row where some column has several blocks (a long list beside a chart): it is cut into
    /// slices wherever no column is in the middle of a block, so the page flow can break it there.
    private static func slicedRow(_ row: [Cell], _ columns: [[Block]], _ ctx: LayoutContext, width: (Cell) -> Double) -> [Block] {
        let gap = ctx.theme.spacing.columnGap
        // Where each block of each column sits in the row.
        let placed: [[(y: Double, block: Block)]] = columns.map { blocks in
            var y = 0.0
            return blocks.enumerated().map { i, block in
                if i > 0 { y += block.gapBefore }
                defer { y += block.height }
                return (y, block)
            }
        }
        let inside: (Double) -> Bool = { cut in
            placed.contains { column in column.contains { $0.y < cut - 0.001 && cut < $0.y + $0.block.height - 0.001 } }
        }
        let cuts = Set(placed.flatMap { $0.map(\.y) }).filter { $0 > 0 && !inside($0) }.sorted()
        let bounds = [0.0] + cuts + [Double.infinity]
        var xs: [Double] = []
        var x = 0.0
        for cell in row { xs.append(x); x += width(cell) + gap }

        var slices: [Block] = []
        var previousEnd = 0.0
        for k in 0..<(bounds.count - 1) {
            let (start, end) = (bounds[k], bounds[k + 1])
            var items: [SceneItem] = []
            var frames: [Block.Frame] = []
            var bottom = start
            for (c, column) in placed.enumerated() {
                let here = column.filter { $0.y >= start - 0.001 && $0.y < end - 0.001 }
                guard let first = here.first, let last = here.last else { continue }
                for entry in here { items += entry.block.items.map { $0.offset(dx: xs[c], dy: entry.y - start) } }
                let columnEnd = last.y + last.block.height
                frames.append(Block.Frame(section: row[c].section,
                                          rect: Rect(x: xs[c], y: first.y - start, width: width(row[c]), height: columnEnd - first.y)))
                bottom = max(bottom, columnEnd)
            }
            guard !items.isEmpty else { continue }
            let isFirst = slices.isEmpty
            slices.append(Block(height: bottom - start, items: items, gapBefore: isFirst ? ctx.theme.spacing.section : start - previousEnd,
                                startsSection: isFirst, frames: frames))
            previousEnd = bottom
        }
        return slices
    }
}
