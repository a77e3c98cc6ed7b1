import PraatplaatModel
import PraatplaatScene

/// A callout: a tinted, rounded box with an accent bar, a short title and the defining text.
/// Text too long for one page continues in a second box.
enum DefinitionLayout {
    static func blocks(_ section: DefinitionSection, _ ctx: LayoutContext, minHeight: Double) -> [Block] {
        let t = ctx.theme
        let pad = t.spacing.calloutPadding
        let bar = (t.spacing.cornerRadius * 0.5).rounded(toPlaces: 2)
        let innerX = pad + bar
        let innerWidth = ctx.width - innerX - pad
        let wrapper = ctx.wrapper
        let titleLineHeight = ctx.lineHeight(t.type.calloutTitle, leading: 1.3)
        let titleLines = section.title.map { wrapper.wrap(TextWrapper.spans($0, font: t.font(t.type.calloutTitle, .bold, role: .headings), color: t.palette.primary), width: innerWidth) } ?? []
        let titleHeight = titleLines.isEmpty ? 0 : Double(titleLines.count) * titleLineHeight + t.type.body * 0.25
        let lineHeight = ctx.lineHeight(t.type.body, leading: 1.6)
        // On a wide measure (A3, landscape) the text runs in columns inside the box.
        let columns = TextColumns.fitted(TextColumns.count(width: innerWidth, size: t.type.body, widePaper: ctx.widePaper), width: innerWidth, gap: t.spacing.columnGap) {
            wrapper.wrap(ctx.body(section.text), width: $0).count
        }
        let columnWidth = TextColumns.width(innerWidth, columns: columns, gap: t.spacing.columnGap)
        let lines = wrapper.wrap(ctx.body(section.text), width: columnWidth)
        let runs = ctx.chunks(count: lines.count, limit: ctx.maxBlockHeight * Double(columns), overhead: 2 * pad, firstOverhead: titleHeight) { _ in lineHeight }

        return runs.enumerated().map { r, run in
            var b = ctx.builder
            var y = pad
            if r == 0 {
                y = b.tagged(.heading(level: 2)) { b in
                    var y = y
                    for line in titleLines {
                        b.items.append(.text(b.place(line, x: innerX, top: y, width: innerWidth, lineHeight: titleLineHeight, align: .left)))
                        y += titleLineHeight
                    }
                    return y
                }
                if !titleLines.isEmpty { y += t.type.body * 0.25 }
            }
            y = b.tagged(.paragraph(key: section.text)) { b in
                let set = TextColumns.balance(run.count, columns: columns, lineHeight: lineHeight) { _ in 0 }
                for (line, place) in zip(lines[run], set.places) {
                    let placed = b.place(line, x: innerX + Double(place.column) * (columnWidth + t.spacing.columnGap), top: y + place.y,
                                         width: columnWidth, lineHeight: lineHeight, align: .left)
                    b.items.append(.text(placed))
                    b.items += b.links(in: placed)
                }
                return y + set.height
            }
            // In a row, the box grows to the row's height so neighbouring boxes end on one line.
            let height = runs.count == 1 ? max(y + pad, minHeight) : y + pad
            let items: [SceneItem] = [
                .fill(.rect(Rect(x: 0, y: 0, width: ctx.width, height: height), cornerRadius: t.spacing.cornerRadius), t.palette.callout),
                .fill(.rect(Rect(x: 0, y: pad * 0.8, width: bar, height: height - pad * 1.6), cornerRadius: 0), t.palette.accent),
            ] + b.items
            return Block(height: height, items: items, gapBefore: r == 0 ? t.spacing.section : t.spacing.item, startsSection: r == 0)
        }
    }
}
