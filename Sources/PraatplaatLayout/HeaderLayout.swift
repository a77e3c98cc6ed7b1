import PraatplaatModel
import PraatplaatScene

/// The top of the first page: organisation as an eyebrow, the title, the subtitle, and the
/// theme's logo beside them when it goes at the top. On a `band` header the text is set in the
/// background colour; `ReportLayout` paints the band behind it, out to the paper's edges.
enum HeaderLayout {
    /// Room under the text inside a band, so the band does not end at the descenders.
    static func bandPadding(_ t: Theme) -> Double { t.spacing.section * 0.8 }

    static func block(_ report: Report, _ ctx: LayoutContext) -> Block {
        let t = ctx.theme
        let onBand = t.header == .band
        let ink = onBand ? t.palette.background : nil
        var b = ctx.builder
        var y = 0.0
        // A logo at the top takes the side of the header; the text keeps the rest.
        var textX = 0.0, textWidth = ctx.width, logoHeight = 0.0
        if let logo = t.logo, logo.position == .topLeft || logo.position == .topRight {
            let size = LogoPlacement.size(logo)
            let gap = t.spacing.columnGap
            let x = logo.position == .topRight ? ctx.width - size.width : 0
            b.tagged(.figure(alt: logo.alt)) { b in
                b.add(.image(ImageItem(rect: Rect(x: x, y: 0, width: size.width, height: size.height), path: logo.asset.path, alt: logo.alt)))
            }
            textWidth -= size.width + gap
            if logo.position == .topLeft { textX = size.width + gap }
            logoHeight = size.height
        }
        // The eyebrow: who publishes it and when (`GEMEENTE LINDENMEER · MEI 2025`).
        let eyebrow = [report.organisation.map { InlineText.plain($0).uppercased() },
                       report.date.map { $0.formatted(language: ctx.language).uppercased() }].compactMap { $0 }
        if !eyebrow.isEmpty {
            let spans = [TextSpan(text: eyebrow.joined(separator: " \u{00B7} "),
                                  font: t.font(t.type.eyebrow, .bold), color: ink ?? t.palette.secondary)]
            y += b.text(spans, x: textX, y: y, width: textWidth, lineHeight: ctx.lineHeight(t.type.eyebrow, leading: 1.3))
            y += t.type.eyebrow * 0.7
        }
        let title = titleSize(report.title, width: textWidth, ctx)
        y += b.tagged(.heading(level: 1)) { b in
            b.text(TextWrapper.spans(report.title, font: t.font(title.size, .bold, role: .headings), color: ink ?? t.palette.primary),
                   x: textX, y: y, width: textWidth, lineHeight: ctx.lineHeight(title.size, leading: 1.15), balanced: true)
        }
        if let subtitle = report.subtitle {
            y += t.type.subtitle * 0.3
            y += b.text(TextWrapper.spans(subtitle, font: t.font(t.type.subtitle), color: ink ?? t.palette.muted),
                        x: textX, y: y, width: textWidth, lineHeight: ctx.lineHeight(t.type.subtitle, leading: 1.35))
        }
        b.height = max(y, logoHeight) + (onBand ? bandPadding(t) : 0)
        return b.block(gapBefore: 0, startsSection: true)
    }
}

extension HeaderLayout {
    /// A title stays within three lines: one that needs more at the theme's size is set smaller,
    /// in steps of 5%, down to `smallestTitle` of it (never below the subtitle's size).
    static let maxTitleLines = 3
    static let smallestTitle = 0.7

    static func titleSize(_ title: String, width: Double, _ ctx: LayoutContext) -> (size: Double, lines: Int, atFloor: Bool) {
        let t = ctx.theme
        let floor = max(t.type.title * smallestTitle, t.type.subtitle)
        var size = t.type.title
        while true {
            let lines = ctx.wrapper.wrap(TextWrapper.spans(title, font: t.font(size, .bold, role: .headings), color: t.palette.primary),
                                         width: width, balanced: false).count
            if lines <= maxTitleLines { return (size, lines, false) }
            if size <= floor + 1e-9 { return (size, lines, true) }
            size = max(floor, (size - t.type.title * 0.05).rounded(toPlaces: 2))
        }
    }

    /// The warning for a title that takes more than three lines even at the smallest size.
    static func titleWarning(_ report: Report, _ ctx: LayoutContext) -> Diagnostic? {
        var width = ctx.width
        if let logo = ctx.theme.logo, logo.position == .topLeft || logo.position == .topRight {
            width -= LogoPlacement.size(logo).width + ctx.theme.spacing.columnGap
        }
        let title = titleSize(report.title, width: width, ctx)
        guard title.atFloor else { return nil }
        let points = NumberText.format(title.size, language: .english, maxDecimals: 1)
        return .warning("the title takes \(title.lines) lines even at \(points) pt, the smallest size a title is set at", at: nil, path: "title",
                        hint: "shorten the title and move the rest to 'subtitle'")
    }
}

/// The size a theme's logo is drawn at: its width, the height its picture's proportions give,
/// and never taller than it is wide twice over (a tall picture would push the header down).
enum LogoPlacement {
    static func size(_ logo: Theme.Logo) -> Size {
        let natural = logo.asset.size
        let aspect = natural.height / max(natural.width, 1e-9)
        let height = min(logo.width * aspect, logo.width * 2)
        return Size(width: height / max(aspect, 1e-9), height: height)
    }
}
