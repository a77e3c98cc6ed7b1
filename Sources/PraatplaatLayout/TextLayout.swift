import PraatplaatModel
import PraatplaatScene

/// Paragraphs of running text; a blank line in the file starts a new paragraph. Each paragraph
/// is a block, so long text continues on the next page.
enum TextLayout {
    static func blocks(_ section: TextSection, _ ctx: LayoutContext) -> [Block] {
        let t = ctx.theme
        let lineHeight = ctx.lineHeight(t.type.body)
        let paragraphs = section.text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
        return paragraphs.enumerated().map { i, paragraph in
            var b = ctx.builder
            let top = i == 0 ? ctx.titleHeight(section.title, into: &b) : 0
            let used = b.text(ctx.body(paragraph), x: 0, y: top, width: ctx.width, lineHeight: lineHeight)
            b.height = top + used
            return b.block(gapBefore: i == 0 ? t.spacing.section : lineHeight * 0.6, startsSection: i == 0)
        }
    }
}

import Foundation
