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

        var blocks: [Block] = []
        // Every item is a block: the list element joins them again on the page.
        let key = section.items.map(\.text).joined(separator: "\u{1F}")
        for (i, item) in section.items.enumerated() {
            var b = ctx.builder
            let top = i == 0 ? ctx.titleHeight(section.title, into: &b) : 0
            b.tagged(.list(key: key)) { b in
                b.tagged(.listItem) { b in
                    if let icon = item.icon {
                        let rect = Rect(x: 0, y: top + (lineHeight - iconSize) / 2, width: iconSize, height: iconSize)
                        // One colour for every marker of a list: colour marks meaning, not position.
                        b.add(Icons.item(icon, in: rect, color: item.tint ? t.palette.accent : nil, ctx))
                    } else if section.numbered {
                        b.text([TextSpan(text: "\(i + 1).", font: numberFont, color: t.palette.accent)],
                               x: 0, y: top, width: indent, lineHeight: lineHeight)
                    } else {
                        let radius = (size * 0.3).rounded(toPlaces: 2)
                        b.add(.fill(.circle(center: Point(x: radius + size * 0.1, y: top + lineHeight / 2), radius: radius), t.palette.accent))
                    }
                    let used = b.text(ctx.body(item.text), x: indent, y: top, width: ctx.width - indent, lineHeight: lineHeight)
                    b.height = max(b.height, top + used)
                }
            }
            let gap = hasIcons ? t.spacing.item * 1.6 : t.spacing.item
            blocks.append(b.block(gapBefore: i == 0 ? t.spacing.section : gap, startsSection: i == 0))
        }
        return blocks
    }
}
