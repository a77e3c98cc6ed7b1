import PraatplaatModel
import PraatplaatScene

/// Partner organisations as rounded chips that wrap like words; named groups get a small label
/// and a colour of their own.
enum PartnersLayout {
    static func blocks(_ section: PartnersSection, _ ctx: LayoutContext) -> [Block] {
        let t = ctx.theme
        var b = ctx.builder
        var y = ctx.titleHeight(section.title, into: &b)
        if let text = section.text {
            y += b.tagged(.paragraph(key: text)) { b in
                b.text(ctx.body(text), x: 0, y: y, width: ctx.width, lineHeight: ctx.lineHeight(t.type.body))
            }
            y += t.type.body * 0.6
        }
        let size = t.type.body
        let chipLine = ctx.lineHeight(size, leading: 1.3)
        let padX = size * 0.9, padY = size * 0.35
        let gap = size * 0.55
        for (g, group) in section.groups.enumerated() {
            if g > 0 { y += size * 0.9 }
            let fill = g == 0 ? t.palette.secondary.mixed(with: .white, amount: 0.85) : t.palette.track
            let ink = g == 0 ? t.palette.secondary.mixed(with: .black, amount: 0.35) : t.palette.text
            if let name = group.name {
                y += b.tagged(.heading(level: 3)) { b in
                    b.text(TextWrapper.spans(name, font: t.font(t.type.footer * 1.15, .bold), color: t.palette.muted),
                           x: 0, y: y, width: ctx.width, lineHeight: ctx.lineHeight(t.type.footer * 1.15, leading: 1.4))
                }
                y += size * 0.3
            }
            // The chips of a group are a list of names.
            var list = ctx.builder
            var x = 0.0
            var rowHeight = 0.0
            for name in group.items {
                let spans = TextWrapper.spans(name, font: t.font(size, .medium), color: ink)
                // A chip is as wide as its text, up to the full width; longer names wrap inside it.
                let natural = ctx.measurer.width(of: spans) + 2 * padX
                let chipWidth = min(natural, ctx.width)
                if x > 0, x + chipWidth > ctx.width {
                    x = 0
                    y += rowHeight + gap
                    rowHeight = 0
                }
                var chip = ctx.builder
                let textHeight = chip.text(spans, x: padX, y: padY, width: chipWidth - 2 * padX, lineHeight: chipLine)
                let height = textHeight + 2 * padY
                let radius = min(height / 2, chipLine / 2 + padY)
                list.tagged(.listItem) { list in
                    list.add(.fill(.rect(Rect(x: x, y: y, width: chipWidth, height: height), cornerRadius: radius), fill))
                    chip.items.forEach { list.add($0.offset(dx: x, dy: y)) }
                }
                x += chipWidth + gap
                rowHeight = max(rowHeight, height)
            }
            b.add(.tagged(.list(key: "partners \(g)"), list.items))
            y += rowHeight
        }
        b.height = y
        return [b.block(gapBefore: t.spacing.section, startsSection: true)]
    }
}
