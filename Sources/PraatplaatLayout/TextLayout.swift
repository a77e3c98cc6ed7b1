import Foundation
import PraatplaatModel
import PraatplaatScene

/// Paragraphs of running text; a blank line in the file starts a new paragraph. Every line is a
/// block of its own, so running text can break across pages (and across slices of a grid row)
/// between any two lines.
enum TextLayout {
    static func blocks(_ section: TextSection, _ ctx: LayoutContext) -> [Block] {
        let t = ctx.theme
        let lineHeight = ctx.lineHeight(t.type.body)
        // A blank line starts a paragraph; a single line break (a `|` block wrapped by hand) is a
        // space, as it is on the site, so the text fills its lines.
        let paragraphs = section.text.components(separatedBy: "\n\n").map { $0.trimmingWhitespace }
            .filter { !$0.isEmpty }.map { $0.replacingOccurrences(of: "\n", with: " ") }
        let wrapper = ctx.wrapper
        var blocks: [Block] = []
        for (p, paragraph) in paragraphs.enumerated() {
            for (l, line) in wrapper.wrap(ctx.body(paragraph), width: ctx.width).enumerated() {
                var b = ctx.builder
                let top = blocks.isEmpty ? ctx.titleHeight(section.title, into: &b) : 0
                let placed = b.place(line, x: 0, top: top, width: ctx.width, lineHeight: lineHeight, align: .left)
                // Each line is a block; the lines of one paragraph join again on the page.
                b.tagged(.paragraph(key: "\(p):\(paragraph)")) { b in
                    b.items.append(.text(placed))
                    b.items += b.links(in: placed)
                }
                b.height = top + lineHeight
                let gap = blocks.isEmpty ? t.spacing.section : (l == 0 && p > 0 ? lineHeight * 0.6 : 0)
                blocks.append(b.block(gapBefore: gap, startsSection: blocks.isEmpty))
            }
        }
        return blocks
    }
}
