import PraatplaatModel
import PraatplaatScene

/// A callout: a tinted, rounded box with an accent bar, a short title and the defining text.
enum DefinitionLayout {
    static func blocks(_ section: DefinitionSection, _ ctx: LayoutContext, minHeight: Double) -> [Block] {
        let t = ctx.theme
        let pad = t.spacing.calloutPadding
        let bar = (t.spacing.cornerRadius * 0.5).rounded(toPlaces: 2)
        let innerX = pad + bar
        let innerWidth = ctx.width - innerX - pad
        var text = ctx.builder
        var y = pad
        if let title = section.title {
            y += text.text(TextWrapper.spans(title, font: t.font(t.type.calloutTitle, .bold), color: t.palette.primary),
                           x: innerX, y: y, width: innerWidth, lineHeight: ctx.lineHeight(t.type.calloutTitle, leading: 1.3))
            y += t.type.body * 0.25
        }
        y += text.text(ctx.body(section.text), x: innerX, y: y, width: innerWidth, lineHeight: ctx.lineHeight(t.type.body, leading: 1.6))
        // In a row, the box grows to the row's height so neighbouring boxes end on one line.
        let height = max(y + pad, minHeight)
        let box = Rect(x: 0, y: 0, width: ctx.width, height: height)
        let items: [SceneItem] = [
            .fill(.rect(box, cornerRadius: t.spacing.cornerRadius), t.palette.callout),
            .fill(.rect(Rect(x: 0, y: pad * 0.8, width: bar, height: height - pad * 1.6), cornerRadius: 0), t.palette.accent),
        ] + text.items
        return [Block(height: height, items: items, gapBefore: t.spacing.section, startsSection: true)]
    }
}
