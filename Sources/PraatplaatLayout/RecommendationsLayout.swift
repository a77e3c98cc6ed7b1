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
        var columns = max(1, min(section.groups.count, Int((ctx.width + gap) / (minBox + gap))))
        var boxWidth = (ctx.width - Double(columns - 1) * gap) / Double(columns)

        // Lay every box out at its natural height, then give each row of boxes the tallest height.
        var boxes = section.groups.enumerated().map { i, group in
            box(group, items: 0..<group.items.count, heading: true, color: t.seriesColor(i), width: boxWidth, ctx)
        }
        var colors = section.groups.indices.map { t.seriesColor($0) }
        if boxes.contains(where: { $0.height > ctx.maxBlockHeight }) {
            // Too long for a page: one box under the other, long ones continued in a second box.
            columns = 1
            boxWidth = ctx.width
            boxes = []
            colors = []
            for (i, group) in section.groups.enumerated() {
                let heights = group.items.indices.map { box(group, items: $0..<($0 + 1), heading: false, color: t.seriesColor(i), width: boxWidth, ctx).height }
                let pad = t.spacing.calloutPadding
                let runs = ctx.chunks(count: group.items.count, limit: ctx.maxBlockHeight, overhead: 0, firstOverhead: t.type.calloutTitle * 2) { heights[$0] - pad }
                for (r, run) in runs.enumerated() {
                    boxes.append(box(group, items: run, heading: r == 0, color: t.seriesColor(i), width: boxWidth, ctx))
                    colors.append(t.seriesColor(i))
                }
            }
        }
        // Each row of boxes is a block of its own, so a long section can continue on the next page.
        var blocks: [Block] = []
        var items = head.items
        var y = top
        for rowStart in stride(from: 0, to: boxes.count, by: columns) {
            let row = boxes[rowStart..<min(rowStart + columns, boxes.count)]
            let isLast = rowStart + columns >= boxes.count
            var rowHeight = row.map(\.height).max() ?? 0
            if isLast, blocks.isEmpty { rowHeight = max(rowHeight, minHeight - y) }
            for (column, box) in row.enumerated() {
                let tint = colors[rowStart + column].mixed(with: .white, amount: 0.88)
                // Boxes share the row's height only when close to it: none stands more than a
                // quarter empty beside a longer one (as boxes in a grid row).
                let height = box.height >= rowHeight * (1 - GridRows.emptyShare) ? rowHeight : box.height
                let frame = Rect(x: Double(column) * (boxWidth + gap), y: y, width: boxWidth, height: height)
                items.append(.fill(.rect(frame, cornerRadius: t.spacing.cornerRadius), tint))
                items += box.items.map { $0.offset(dx: frame.x, dy: y) }
            }
            let first = blocks.isEmpty
            blocks.append(Block(height: y + rowHeight, items: items, gapBefore: first ? t.spacing.section : gap, startsSection: first))
            items = []
            y = 0
        }
        return blocks
    }

    /// One box with the items in `range` of a group, numbered as in the whole group.
    private static func box(_ group: RecommendationGroup, items range: Range<Int>, heading: Bool, color: Color, width: Double,
                            _ ctx: LayoutContext) -> (height: Double, items: [SceneItem]) {
        let t = ctx.theme
        let pad = t.spacing.calloutPadding
        var b = ctx.builder
        // The heading in a darker shade of the group's colour, so it reads on the tint.
        let ink = color.mixed(with: .black, amount: 0.2)
        var y = pad
        if heading {
            y += b.tagged(.heading(level: 3)) { b in
                b.text(TextWrapper.spans(group.audience, font: t.font(t.type.calloutTitle, .bold, role: .headings), color: ink),
                       x: pad, y: y, width: width - 2 * pad, lineHeight: ctx.lineHeight(t.type.calloutTitle, leading: 1.3))
            }
            y += t.type.body * 0.5
        }
        let lineHeight = ctx.lineHeight(t.type.body, leading: 1.45)
        let badge = t.type.body * 1.55
        let indent = badge + t.type.body * 0.7
        // A box as wide as an A3 page sets its items in columns, so lines stay readable.
        let columns = TextColumns.count(width: width - 2 * pad, size: t.type.body, widePaper: ctx.widePaper)
        let columnGap = t.spacing.columnGap
        let columnWidth = TextColumns.width(width - 2 * pad, columns: columns, gap: columnGap)
        let lines = range.map { i in
            let item = group.items[i]
            var spans: [TextSpan] = []
            if let title = item.title { spans += ctx.body(title, weight: .bold) + [TextSpan(text: " ", font: t.font(t.type.body), color: t.palette.text)] }
            spans += ctx.body(item.text)
            return ctx.wrapper.wrap(spans, width: columnWidth - indent)
        }
        let set = TextColumns.balance(lines.count, columns: columns, height: { Double(lines[$0].count) * lineHeight }, space: { _ in t.type.body * 0.6 })
        // The numbered items are a list (one per box; a group continued in a second box is a second list).
        b.tagged(.list(key: group.audience + "\u{1F}\(range.lowerBound)")) { b in
            for (k, i) in range.enumerated() {
                let x = pad + Double(set.places[k].column) * (columnWidth + columnGap)
                let top = y + set.places[k].y
                b.tagged(.listItem) { b in
                    let center = Point(x: x + badge / 2, y: top + lineHeight / 2)
                    b.add(.fill(.circle(center: center, radius: badge / 2), ink))
                    b.text([TextSpan(text: "\(i + 1)", font: t.font(t.type.body * 0.85, .bold, role: .figures), color: .white)],
                           x: x, y: center.y - lineHeight / 2, width: badge, lineHeight: lineHeight, align: .center)
                    for (l, line) in lines[k].enumerated() {
                        let placed = b.place(line, x: x + indent, top: top + Double(l) * lineHeight, width: columnWidth - indent, lineHeight: lineHeight, align: .left)
                        b.items.append(.text(placed))
                        b.items += b.links(in: placed)
                    }
                }
            }
        }
        y += set.height
        return (y + pad, b.items)
    }
}
