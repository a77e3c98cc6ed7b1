import PraatplaatModel
import PraatplaatScene

/// The sources as the page footer: a hairline, a small title and numbered references whose URLs
/// are links in the PDF.
enum SourcesLayout {
    static func block(_ section: SourcesSection, index: Int, _ ctx: LayoutContext) -> Block {
        let t = ctx.theme
        let size = t.type.footer
        let lineHeight = ctx.lineHeight(size, leading: 1.45)
        var b = ctx.builder
        // A hairline as a thin box, so it ends exactly at the column edges.
        b.add(.fill(.rect(Rect(x: 0, y: 0, width: ctx.width, height: 0.6), cornerRadius: 0), t.palette.rule))
        var y = size * 1.1
        let defaultTitle = ctx.language.lowercased().hasPrefix("nl")
            ? (section.items.count == 1 ? "Bron" : "Bronnen") : (section.items.count == 1 ? "Source" : "Sources")
        y += b.text([TextSpan(text: InlineText.plain(section.title ?? defaultTitle), font: t.font(size, .bold), color: t.palette.muted)],
                    x: 0, y: y, width: ctx.width, lineHeight: lineHeight)
        let numbered = section.items.count > 1
        let indent = numbered ? size * 2 : 0
        for (i, item) in section.items.enumerated() {
            if numbered {
                b.text([TextSpan(text: "\(i + 1).", font: t.font(size), color: t.palette.muted)],
                       x: 0, y: y, width: indent, lineHeight: lineHeight)
            }
            var spans = TextWrapper.spans(item.text, font: t.font(size), color: t.palette.muted)
            if let url = item.url {
                spans.append(TextSpan(text: " " + url, font: t.font(size), color: t.palette.primary))
            }
            let firstLine = b.items.count
            let used = b.text(spans, x: indent, y: y, width: ctx.width - indent, lineHeight: lineHeight, hyphenate: item.url == nil)
            if let url = item.url {
                // The whole reference is the link target, so a reader can click anywhere on it.
                for case .text(let line) in b.items[firstLine...] {
                    b.items.append(.link(line.bounds, url: url))
                }
            }
            y += used + size * 0.2
        }
        b.height = y - size * 0.2
        return b.block(section: index, gapBefore: t.spacing.section, startsSection: true)
    }
}
