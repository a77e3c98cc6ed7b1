import PraatplaatModel
import PraatplaatScene

/// Advice per audience, each audience in a tinted box of its own colour with numbered items.
/// Boxes stand side by side when there is room and are made equally tall.
enum RecommendationsLayout {
    static func blocks(_ section: RecommendationsSection, _ ctx: LayoutContext, minHeight: Double) -> [Block] {
        let t = ctx.theme
        var head = ctx.builder
        let top = ctx.titleHeight(section.title, into: &head)
        let gap = t.spacing.columnGap * 0.75
        let minBox = t.type.body * 19
        let columns = max(1, min(section.groups.count, Int((ctx.width + gap) / (minBox + gap))))
        let boxWidth = (ctx.width - Double(columns - 1) * gap) / Double(columns)

        // Lay every box out at its natural height, then give each row of boxes the tallest height.
        let boxes = section.groups.enumerated().map { i, group in box(group, color: t.seriesColor(i), width: boxWidth, ctx) }
        var items = head.items
        var y = top
        for rowStart in stride(from: 0, to: boxes.count, by: columns) {
            let row = boxes[rowStart..<min(rowStart + columns, boxes.count)]
            let isLast = rowStart + columns >= boxes.count
            var rowHeight = row.map(\.height).max() ?? 0
            if isLast { rowHeight = max(rowHeight, minHeight - y) }
            for (column, box) in row.enumerated() {
                let tint = t.seriesColor(rowStart + column).mixed(with: .white, amount: 0.88)
                let frame = Rect(x: Double(column) * (boxWidth + gap), y: y, width: boxWidth, height: rowHeight)
                items.append(.fill(.rect(frame, cornerRadius: t.spacing.cornerRadius), tint))
                items += box.items.map { $0.offset(dx: frame.x, dy: y) }
            }
            y += rowHeight + (isLast ? 0 : gap)
        }
        return [Block(height: y, items: items, gapBefore: t.spacing.section, startsSection: true)]
    }

    private static func box(_ group: RecommendationGroup, color: Color, width: Double, _ ctx: LayoutContext) -> (height: Double, items: [SceneItem]) {
        let t = ctx.theme
        let pad = t.spacing.calloutPadding
        var b = ctx.builder
        // The heading in a darker shade of the group's colour, so it reads on the tint.
        let ink = color.mixed(with: .black, amount: 0.2)
        var y = pad
        y += b.text(TextWrapper.spans(group.audience, font: t.font(t.type.calloutTitle, .bold), color: ink),
                    x: pad, y: y, width: width - 2 * pad, lineHeight: ctx.lineHeight(t.type.calloutTitle, leading: 1.3))
        y += t.type.body * 0.5
        let lineHeight = ctx.lineHeight(t.type.body, leading: 1.45)
        let badge = t.type.body * 1.55
        let indent = badge + t.type.body * 0.7
        for (i, item) in group.items.enumerated() {
            if i > 0 { y += t.type.body * 0.6 }
            let center = Point(x: pad + badge / 2, y: y + lineHeight / 2)
            b.add(.fill(.circle(center: center, radius: badge / 2), ink))
            b.text([TextSpan(text: "\(i + 1)", font: t.font(t.type.body * 0.85, .bold), color: .white)],
                   x: pad, y: center.y - lineHeight / 2, width: badge, lineHeight: lineHeight, align: .center)
            var spans: [TextSpan] = []
            if let title = item.title { spans += ctx.body(title, weight: .bold) + [TextSpan(text: " ", font: t.font(t.type.body), color: t.palette.text)] }
            spans += ctx.body(item.text)
            y += b.text(spans, x: pad + indent, y: y, width: width - 2 * pad - indent, lineHeight: lineHeight)
        }
        return (y + pad, b.items)
    }
}
