import PraatplaatModel
import PraatplaatScene

/// A quotation in a tinted box: a large opening mark, the words, and who said them. A quote too
/// long for one page continues in a second box.
enum QuoteLayout {
    static func blocks(_ section: QuoteSection, _ ctx: LayoutContext, minHeight: Double) -> [Block] {
        let t = ctx.theme
        let pad = t.spacing.calloutPadding
        let markSize = t.type.title * 1.4
        let size = t.type.calloutTitle
        let width = ctx.width - 2 * pad
        let wrapper = ctx.wrapper
        let lineHeight = ctx.lineHeight(size, leading: 1.45)
        let lines = wrapper.wrap(TextWrapper.spans(section.text, font: t.font(size, .medium), color: t.palette.primary), width: width)

        var attribution: [TextSpan] = []
        if let person = section.person { attribution += ctx.body(person, weight: .bold) }
        if let role = section.role {
            if section.person != nil { attribution.append(TextSpan(text: ", ", font: t.font(t.type.body), color: t.palette.muted)) }
            attribution += ctx.body(role, color: t.palette.muted)
        }
        let attributionLineHeight = ctx.lineHeight(t.type.body, leading: 1.4)
        let attributionLines = attribution.isEmpty ? [] : wrapper.wrap(attribution, width: width)
        let attributionHeight = attributionLines.isEmpty ? 0 : t.type.body * 0.6 + Double(attributionLines.count) * attributionLineHeight
        let markRoom = markSize * 0.45
        let runs = ctx.chunks(count: lines.count, limit: ctx.maxBlockHeight - attributionHeight, overhead: 2 * pad, firstOverhead: markRoom) { _ in lineHeight }
        let tint = t.palette.accent.mixed(with: .white, amount: 0.9)

        return runs.enumerated().map { r, run in
            var b = ctx.builder
            var y = pad
            if r == 0 {
                b.text([TextSpan(text: "\u{201C}", font: t.font(markSize, .bold), color: t.palette.accent)],
                       x: pad, y: pad * 0.6, width: markSize, lineHeight: markSize * 0.9)
                y += markRoom
            }
            y = b.tagged(.paragraph(key: section.text)) { b in
                var y = y
                for line in lines[run] {
                    b.items.append(.text(b.place(line, x: pad, top: y, width: width, lineHeight: lineHeight, align: .left)))
                    y += lineHeight
                }
                return y
            }
            if r == runs.count - 1, !attributionLines.isEmpty {
                y += t.type.body * 0.6
                y = b.tagged(.paragraph(key: "attribution")) { b in
                    var y = y
                    for line in attributionLines {
                        b.items.append(.text(b.place(line, x: pad, top: y, width: width, lineHeight: attributionLineHeight, align: .left)))
                        y += attributionLineHeight
                    }
                    return y
                }
            }
            let height = runs.count == 1 ? max(y + pad, minHeight) : y + pad
            let box: SceneItem = .fill(.rect(Rect(x: 0, y: 0, width: ctx.width, height: height), cornerRadius: t.spacing.cornerRadius), tint)
            return Block(height: height, items: [box] + b.items, gapBefore: r == 0 ? t.spacing.section : t.spacing.item, startsSection: r == 0)
        }
    }
}
