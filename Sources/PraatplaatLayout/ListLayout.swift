import PraatplaatModel
import PraatplaatScene

/// A list with bullets, numbers or icons hanging in the left indent. Each item is a block, so a
/// long list continues on the next page between items; the title stays with the first item.
enum ListLayout {
    static func blocks(_ section: ListSection, _ ctx: LayoutContext) -> [Block] {
        let t = ctx.theme
        let size = t.type.body
        let lineHeight = ctx.lineHeight(size, leading: 1.45)
        let numberFont = t.font(size, .bold)
        let hasIcons = section.items.contains { $0.icon != nil }
        let iconSize = (lineHeight * 1.25).rounded(toPlaces: 2)
        // The indent fits the widest marker, so the text of items 9 and 10 lines up.
        let widestNumber = section.numbered
            ? ctx.measurer.width(of: [TextSpan(text: "\(section.items.count).", font: numberFont, color: t.palette.accent)]) : 0
        let indent = hasIcons ? iconSize + size * 0.8 : max(size * 1.6, widestNumber + size * 0.7)

        let key = section.items.map(\.text).joined(separator: "\u{1F}")
        if let columns = columnCount(section, indent: indent, ctx) {
            return inColumns(section, columns: columns, indent: indent, lineHeight: lineHeight, iconSize: iconSize, numberFont: numberFont, key: key, ctx)
        }
        var blocks: [Block] = []
        // Every item is a block: the list element joins them again on the page.
        for i in section.items.indices {
            var b = ctx.builder
            let top = i == 0 ? ctx.titleHeight(section.title, into: &b) : 0
            b.tagged(.list(key: key)) { b in
                Self.item(i, of: section, x: 0, top: top, width: ctx.width, indent: indent, lineHeight: lineHeight, iconSize: iconSize,
                     numberFont: numberFont, into: &b, ctx)
            }
            let gap = hasIcons ? t.spacing.item * 1.6 : t.spacing.item
            blocks.append(b.block(gapBefore: i == 0 ? t.spacing.section : gap, startsSection: i == 0))
        }
        // A short list stays together (four goals split two and two over a page break read as two lists).
        return section.items.count <= keptTogether ? [joined(blocks)] : blocks
    }

    static let keptTogether = 5

    /// Blocks one under the other, with their gaps, as one block.
    private static func joined(_ blocks: [Block]) -> Block {
        guard var out = blocks.first else { return Block(height: 0, items: [], gapBefore: 0, startsSection: true) }
        var y = out.height
        for block in blocks.dropFirst() {
            y += block.gapBefore
            out.items += block.items.map { $0.offset(dx: 0, dy: y) }
            y += block.height
        }
        out.height = y
        return out
    }

    /// One item: its marker in the indent, its text beside it.
    private static func item(_ i: Int, of section: ListSection, x: Double, top: Double, width: Double, indent: Double, lineHeight: Double,
                             iconSize: Double, numberFont: FontSpec, into b: inout BlockBuilder, _ ctx: LayoutContext) {
        let t = ctx.theme
        let size = t.type.body
        let item = section.items[i]
        b.tagged(.listItem) { b in
            if let icon = item.icon {
                let rect = Rect(x: x, y: top + (lineHeight - iconSize) / 2, width: iconSize, height: iconSize)
                // One colour for every marker of a list: colour marks meaning, not position.
                b.add(Icons.item(icon, in: rect, color: item.tint ? t.palette.accent : nil, ctx))
            } else if section.numbered {
                b.text([TextSpan(text: "\(i + 1).", font: numberFont, color: t.palette.accent)],
                       x: x, y: top, width: indent, lineHeight: lineHeight)
            } else {
                let radius = (size * 0.3).rounded(toPlaces: 2)
                b.add(.fill(.circle(center: Point(x: x + radius + size * 0.1, y: top + lineHeight / 2), radius: radius), t.palette.accent))
            }
            let used = b.text(ctx.body(item.text), x: x + indent, y: top, width: width - indent, lineHeight: lineHeight)
            b.height = max(b.height, top + used)
        }
    }

    /// A list of six or more short items flows into two or three columns when every item still
    /// fits on one line there (thirty words down one narrow column left two thirds of a page
    /// empty); nil keeps one column.
    static func columnCount(_ section: ListSection, indent: Double, _ ctx: LayoutContext) -> Int? {
        let count = section.items.count
        guard count >= 6 else { return nil }
        let gap = ctx.theme.spacing.columnGap
        let widest = section.items.map { ctx.measurer.width(of: ctx.body($0.text)) }.max() ?? 0
        for columns in [3, 2] where count >= columns * 3 {
            let width = TextColumns.width(ctx.width, columns: columns, gap: gap)
            if width >= ctx.theme.type.body * 10, widest + indent <= width { return columns }
        }
        return nil
    }

    /// The items down the first column, then the next, in blocks of at most a block's height,
    /// each filled column by column, so the list still breaks across pages in reading order.
    private static func inColumns(_ section: ListSection, columns: Int, indent: Double, lineHeight: Double, iconSize: Double,
                                  numberFont: FontSpec, key: String, _ ctx: LayoutContext) -> [Block] {
        let t = ctx.theme
        let hasIcons = section.items.contains { $0.icon != nil }
        let step = lineHeight + (hasIcons ? t.spacing.item * 1.6 : t.spacing.item)
        let gap = t.spacing.columnGap
        let width = TextColumns.width(ctx.width, columns: columns, gap: gap)
        var title = ctx.builder
        let titleHeight = ctx.titleHeight(section.title, into: &title)
        // Clamped: the site's drawings lay out with no page, an infinite block height.
        let rowsPerBlock = max(1, Int(min(max((ctx.maxBlockHeight - titleHeight) / max(step, 0.01), 0), 10_000)))
        let perBlock = rowsPerBlock * columns
        // Items `range` down the columns, under the title when `first`; it can split.
        func block(_ range: Range<Int>, first: Bool) -> Block {
            let rows = Int((Double(range.count) / Double(columns)).rounded(.up))
            var b = first ? title : ctx.builder
            let top = first ? titleHeight : 0
            b.tagged(.list(key: key)) { b in
                for (k, i) in range.enumerated() {
                    let column = k / rows, row = k % rows
                    Self.item(i, of: section, x: Double(column) * (width + gap), top: top + Double(row) * step, width: width, indent: indent,
                              lineHeight: lineHeight, iconSize: iconSize, numberFont: numberFont, into: &b, ctx)
                }
            }
            b.height = top + Double(rows - 1) * step + lineHeight
            var made = b.block(gapBefore: first ? t.spacing.section : t.spacing.item, startsSection: first)
            made.split = { height in
                TextColumns.splitPoint(range, least: 2 * columns, fits: { block(range.lowerBound..<$0, first: first).height <= height })
                    .map { (block(range.lowerBound..<$0, first: first), block($0..<range.upperBound, first: false)) }
            }
            return made
        }
        let blocks = stride(from: 0, to: section.items.count, by: perBlock).map { start in
            block(start..<min(start + perBlock, section.items.count), first: start == 0)
        }
        return blocks
    }
}
