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
            return SectionLayouts.blocks(sections[cell.section].content, ctx.with(width: w)).map { block in
                var b = block
                b.frames = [Block.Frame(section: cell.section, rect: Rect(x: 0, y: 0, width: w, height: block.height))]
                return b
            }
        }
        // First pass at natural height; then boxes again at the row's height.
        func stacked(_ cell: Cell, minHeight: Double) -> (height: Double, items: [SceneItem]) {
            let blocks = SectionLayouts.blocks(sections[cell.section].content, ctx.with(width: width(cell)), minHeight: minHeight)
            var y = 0.0
            var items: [SceneItem] = []
            for (i, block) in blocks.enumerated() {
                if i > 0 { y += block.gapBefore }
                items += block.items.map { $0.offset(dx: 0, dy: y) }
                y += block.height
            }
            return (y, items)
        }
        var laid = row.map { stacked($0, minHeight: 0) }
        let height = laid.map(\.height).max() ?? 0
        for (i, cell) in row.enumerated() where SectionLayouts.isBoxed(sections[cell.section].kind) && laid[i].height < height {
            laid[i] = stacked(cell, minHeight: height)
        }
        var items: [SceneItem] = []
        var frames: [Block.Frame] = []
        var x = 0.0
        for (i, cell) in row.enumerated() {
            items += laid[i].items.map { $0.offset(dx: x, dy: 0) }
            frames.append(Block.Frame(section: cell.section, rect: Rect(x: x, y: 0, width: width(cell), height: laid[i].height)))
            x += width(cell) + gap
        }
        return [Block(height: height, items: items, gapBefore: ctx.theme.spacing.section, startsSection: true, frames: frames)]
    }
}
