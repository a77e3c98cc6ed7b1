import PraatplaatModel
import PraatplaatScene

/// The top of the first page: organisation as an eyebrow, the title, the subtitle.
enum HeaderLayout {
    static func block(_ report: Report, _ ctx: LayoutContext) -> Block {
        let t = ctx.theme
        var b = ctx.builder
        var y = 0.0
        if let organisation = report.organisation {
            let spans = [TextSpan(text: InlineText.plain(organisation).uppercased(),
                                  font: t.font(t.type.eyebrow, .bold), color: t.palette.secondary)]
            y += b.text(spans, x: 0, y: y, width: ctx.width, lineHeight: ctx.lineHeight(t.type.eyebrow, leading: 1.3))
            y += t.type.eyebrow * 0.7
        }
        y += b.tagged(.heading(level: 1)) { b in
            b.text(TextWrapper.spans(report.title, font: t.font(t.type.title, .bold), color: t.palette.primary),
                   x: 0, y: y, width: ctx.width, lineHeight: ctx.lineHeight(t.type.title, leading: 1.15))
        }
        if let subtitle = report.subtitle {
            y += t.type.subtitle * 0.3
            y += b.text(TextWrapper.spans(subtitle, font: t.font(t.type.subtitle), color: t.palette.muted),
                        x: 0, y: y, width: ctx.width, lineHeight: ctx.lineHeight(t.type.subtitle, leading: 1.35))
        }
        b.height = y
        return b.block(gapBefore: 0, startsSection: true)
    }
}
