import PraatplaatModel
import PraatplaatScene

/// The sources as the page footer: a hairline, a small title and numbered references whose URLs
/// are links in the PDF.
enum SourcesLayout {
    /// "Bron"/"Bronnen" or "Source"/"Sources", as the section has one source or more.
    static func defaultTitle(_ section: SourcesSection, language: Language) -> String {
        let single = section.items.count == 1
        return single ? language.phrases.source : language.phrases.sources
    }

    static func blocks(_ section: SourcesSection, _ ctx: LayoutContext) -> [Block] {
        let t = ctx.theme
        let size = t.type.footer
        let lineHeight = ctx.lineHeight(size, leading: 1.45)
        var b = ctx.builder
        // A hairline as a thin box, so it ends exactly at the column edges.
        b.add(.fill(.rect(Rect(x: 0, y: 0, width: ctx.width, height: 0.6), cornerRadius: 0), t.palette.rule))
        var y = size * 1.1
        let single = section.items.count == 1
        y += b.tagged(.heading(level: 2)) { b in
            b.text([TextSpan(text: InlineText.plain(section.title ?? defaultTitle(section, language: ctx.language)), font: t.font(size, .bold), color: t.palette.muted)],
                   x: 0, y: y, width: ctx.width, lineHeight: lineHeight)
        }
        let indent = single ? 0 : size * 2
        y = b.tagged(.list(key: "sources")) { b in
            var y = y
            for (i, item) in section.items.enumerated() {
                y += b.tagged(.listItem) { b in
                    if !single {
                        b.text([TextSpan(text: "\(i + 1).", font: t.font(size), color: t.palette.muted)],
                               x: 0, y: y, width: indent, lineHeight: lineHeight)
                    }
                    var spans = TextWrapper.spans(item.text, font: t.font(size), color: t.palette.muted, linkColor: t.palette.primary)
                    if let url = item.url, url == item.text {
                        // A source that is only an address: the address once, as the link.
                        spans = [TextSpan(text: url, font: t.font(size), color: t.palette.primary, link: item.link)]
                    } else if let url = item.url {
                        spans.append(TextSpan(text: " ", font: t.font(size), color: t.palette.muted))
                        spans.append(TextSpan(text: url, font: t.font(size), color: t.palette.primary, link: item.link))
                    }
                    // URLs break without a hyphen: a hyphen in an address would change it.
                    return b.text(spans, x: indent, y: y, width: ctx.width - indent, lineHeight: lineHeight, hyphenate: item.url == nil)
                }
                y += size * 0.2
            }
            return y
        }
        b.height = y - size * 0.2
        return [b.block(gapBefore: t.spacing.section, startsSection: true)]
    }
}
