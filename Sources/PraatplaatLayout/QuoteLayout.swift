import PraatplaatModel
import PraatplaatScene

/// A quotation in a tinted box: a large opening mark, the words, and who said them.
enum QuoteLayout {
    static func blocks(_ section: QuoteSection, _ ctx: LayoutContext, minHeight: Double) -> [Block] {
        let t = ctx.theme
        let pad = t.spacing.calloutPadding
        let markSize = t.type.title * 1.4
        var b = ctx.builder
        b.text([TextSpan(text: "\u{201C}", font: t.font(markSize, .bold), color: t.palette.accent)],
               x: pad, y: pad * 0.6, width: markSize, lineHeight: markSize * 0.9)
        let size = t.type.calloutTitle
        var y = pad + markSize * 0.45
        y += b.text(TextWrapper.spans(section.text, font: t.font(size, .medium), color: t.palette.primary),
                    x: pad, y: y, width: ctx.width - 2 * pad, lineHeight: ctx.lineHeight(size, leading: 1.45))
        if section.person != nil || section.role != nil {
            y += t.type.body * 0.6
            var spans: [TextSpan] = []
            if let person = section.person { spans += ctx.body(person, weight: .bold) }
            if let role = section.role {
                spans += [TextSpan(text: section.person == nil ? "" : ", ", font: t.font(t.type.body), color: t.palette.muted)]
                spans += ctx.body(role, color: t.palette.muted)
            }
            y += b.text(spans, x: pad, y: y, width: ctx.width - 2 * pad, lineHeight: ctx.lineHeight(t.type.body, leading: 1.4))
        }
        let height = max(y + pad, minHeight)
        let box: SceneItem = .fill(.rect(Rect(x: 0, y: 0, width: ctx.width, height: height), cornerRadius: t.spacing.cornerRadius),
                                   t.palette.accent.mixed(with: .white, amount: 0.9))
        return [Block(height: height, items: [box] + b.items, gapBefore: t.spacing.section, startsSection: true)]
    }
}
