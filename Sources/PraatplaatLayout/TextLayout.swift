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
        let columns = TextColumns.fitted(TextColumns.count(width: ctx.width, size: t.type.body, widePaper: ctx.widePaper), width: ctx.width, gap: t.spacing.columnGap) { w in
            paragraphs.map { wrapper.wrap(ctx.body($0), width: w).count }.reduce(0, +)
        }
        if columns > 1 { return inColumns(section, paragraphs: paragraphs, columns: columns, ctx) }
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

    /// Text on a wide measure, in balanced columns under its title. A text taller than a block
    /// may be is set in several blocks, each balanced, so it can still break across pages.
    private static func inColumns(_ section: TextSection, paragraphs: [String], columns: Int, _ ctx: LayoutContext) -> [Block] {
        let t = ctx.theme
        let lineHeight = ctx.lineHeight(t.type.body)
        let gap = t.spacing.columnGap
        let width = TextColumns.width(ctx.width, columns: columns, gap: gap)
        var lines: [(line: TextWrapper.Line, paragraph: Int)] = []
        for (p, paragraph) in paragraphs.enumerated() {
            lines += ctx.wrapper.wrap(ctx.body(paragraph), width: width).map { ($0, p) }
        }
        let paragraphGap = lineHeight * 0.6
        // Lines `range` balanced over the columns, under the title when `first`; it can split.
        func block(_ range: Range<Int>, first: Bool) -> Block {
            var b = ctx.builder
            let top = first ? ctx.titleHeight(section.title, into: &b) : 0
            let set = TextColumns.balance(range.count, columns: columns, lineHeight: lineHeight) { i in
                i > 0 && lines[range.lowerBound + i].paragraph != lines[range.lowerBound + i - 1].paragraph ? paragraphGap : 0
            }
            for (i, entry) in lines[range].enumerated() {
                let place = set.places[i]
                let placed = b.place(entry.line, x: Double(place.column) * (width + gap), top: top + place.y, width: width, lineHeight: lineHeight, align: .left)
                b.tagged(.paragraph(key: "\(entry.paragraph):\(paragraphs[entry.paragraph])")) { b in
                    b.items.append(.text(placed))
                    b.items += b.links(in: placed)
                }
            }
            b.height = top + set.height
            var made = b.block(gapBefore: first ? t.spacing.section : paragraphGap, startsSection: first)
            made.split = { height in
                TextColumns.splitPoint(range, least: 3 * columns, fits: { block(range.lowerBound..<$0, first: first).height <= height })
                    .map { (block(range.lowerBound..<$0, first: first), block($0..<range.upperBound, first: false)) }
            }
            return made
        }
        // Clamped: the site's drawings lay out with no page, an infinite block height.
        let perBlock = max(columns, columns * Int(min(ctx.maxBlockHeight / max(lineHeight + paragraphGap / 2, 0.01), 10_000)))
        let blocks = stride(from: 0, to: lines.count, by: perBlock).map { start in
            block(start..<min(start + perBlock, lines.count), first: start == 0)
        }
        return blocks
    }
}
