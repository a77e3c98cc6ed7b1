import Foundation
import PraatplaatModel
import PraatplaatScene

/// The running foot of a page: the theme's footer line (or, without one, title · organisation),
/// the page number on reports of several pages, and the theme's logo when it goes at the bottom.
/// A single page without footer line or bottom logo has no foot: its room goes to the content.
struct PageFoot {
    let ctx: LayoutContext
    let report: Report
    let content: Rect

    private var t: Theme { ctx.theme }
    private var lineHeight: Double { ctx.lineHeight(t.type.footer) }

    var logo: Theme.Logo? {
        guard let logo = t.logo, logo.position == .bottomLeft || logo.position == .bottomRight else { return nil }
        return logo
    }

    /// The logo at the foot is kept to a few lines of footer text high.
    var logoSize: Size? {
        guard let logo else { return nil }
        let natural = LogoPlacement.size(logo)
        let limit = lineHeight * 3
        guard natural.height > limit else { return natural }
        return Size(width: natural.width * limit / natural.height, height: limit)
    }

    private var rowHeight: Double { max(lineHeight, logoSize?.height ?? 0) }

    /// Height kept free at the bottom of every page: the foot and a gap above it.
    var reserved: Double { (rowHeight + t.type.footer).rounded(toPlaces: 2) }

    /// Whether even a one-page report has a foot.
    var shownOnSinglePage: Bool { t.footer != nil || logo != nil }

    func items(page number: Int, of count: Int) -> [SceneItem] {
        let font = t.font(t.type.footer)
        var b = ctx.builder
        let top = content.maxY - rowHeight
        let textTop = top + (rowHeight - lineHeight) / 2
        var left = content.minX, right = content.maxX
        let gap = t.type.footer * 2
        if let logo, let size = logoSize {
            let x = logo.position == .bottomLeft ? content.minX : content.maxX - size.width
            b.tagged(.figure(alt: logo.alt)) { b in
                b.add(.image(ImageItem(rect: Rect(x: x, y: top, width: size.width, height: size.height), path: logo.asset.path, alt: logo.alt)))
            }
            if logo.position == .bottomLeft { left += size.width + gap } else { right -= size.width + gap }
        }
        if count > 1 {
            let folio = [TextSpan(text: "\(number) / \(count)", font: font, color: t.palette.muted)]
            let width = ctx.measurer.width(of: folio)
            b.text(folio, x: right - width, y: textTop, width: width + 0.01, lineHeight: lineHeight)
            right -= width + gap
        }
        let label = t.footer.map(InlineText.plain)
            ?? [InlineText.plain(report.title), report.organisation.map(InlineText.plain)].compactMap { $0 }.joined(separator: " \u{00B7} ")
        // One line: a running foot never wraps, and one cut short says so with an ellipsis.
        if right > left, let line = Self.oneLine(label, font: font, color: t.palette.muted, width: right - left, ctx.measurer) {
            b.items.append(.text(b.place(line, x: left, top: textTop, width: right - left, lineHeight: lineHeight, align: .left)))
        }
        return b.items
    }

    /// `text` on one line of `width`: whole when it fits, else as many words as fit with "…".
    static func oneLine(_ text: String, font: FontSpec, color: Color, width: Double, _ measurer: any TextMeasurer) -> TextWrapper.Line? {
        // No line holds more characters than fit at a fifth of an em each, so only that start of a
        // longer text is wrapped, and it is cut short: wrapping all of a 10,000-letter title on
        // every page made layout take minutes (Tests/Fixtures/text-path/findings/long-word-quadratic.txt).
        let most = Int(width / max(font.size * 0.2, 0.01)) + 1
        let end = text.index(text.startIndex, offsetBy: most, limitedBy: text.endIndex).flatMap { $0 < text.endIndex ? $0 : nil }
        let shown = end.map { String(text[..<$0]) } ?? text
        let lines = TextWrapper(measurer: measurer).wrap([TextSpan(text: shown, font: font, color: color)], width: width)
        guard lines.count > 1 || end != nil, var words = lines.first?.spans.map(\.text).joined().split(separator: " ").map(String.init) else { return lines.first }
        while !words.isEmpty {
            let span = TextSpan(text: words.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " ·-")) + "\u{2026}", font: font, color: color)
            let w = measurer.width(of: [span])
            if w <= width { return TextWrapper.Line(spans: [span], width: w) }
            words.removeLast()
        }
        return nil
    }
}
