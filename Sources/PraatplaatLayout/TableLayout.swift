import Foundation
import PraatplaatModel
import PraatplaatScene

/// Rows and columns. Numbers are right-aligned in tabular figures, a column's unit is said once
/// in a units row, the highlighted row has a tint, a totals row a rule above it. Each row is a
/// block of its own, so a long table breaks between rows and repeats its header on the next
/// page. The PDF gets Table, TR, TH and TD elements.
enum TableLayout {
    static func blocks(_ section: TableSection, _ ctx: LayoutContext) -> [Block] {
        // On wide paper a table keeps about the width it has on A4 (ten body sizes a column,
        // at least 48 in all): stretched across A3 landscape its rows could not be followed.
        let room = max(ctx.theme.type.body * 48, ctx.theme.type.body * 10 * Double(section.columns.count))
        let ctx = ctx.widePaper && ctx.width > room ? ctx.with(width: room) : ctx
        let t = ctx.theme
        let size = (t.type.body * 0.92).rounded(toPlaces: 2)
        let small = t.type.footer
        // Stable across runs (hashValue is seeded per process): rows of one table join into one element.
        let key = "table:" + (section.title ?? "") + ":" + section.columns.map(\.label).joined(separator: "|") + ":\(section.rows.count)"
        let columns = section.columns
        let numeric = columns.indices.map(section.isNumeric)
        let pad = size * 0.9
        let lineHeight = ctx.lineHeight(size, leading: 1.3)
        let rowPad = size * 0.35

        func font(_ row: TableRow?, column: Int, header: Bool = false) -> FontSpec {
            let bold = header || row?.total == true || (row.map { isHighlighted($0, section) } ?? false)
            return t.font(size, bold ? .bold : .regular, role: numeric[column] && !header ? .figures : .body)
                .tabularIf(numeric[column] && !header)
        }
        let decimals = columns.indices.map(section.decimals)
        let texts = section.rows.map { row in
            row.cells.enumerated().map { c, cell in cell.plain(language: ctx.language, unit: columns[c].unit, decimals: decimals[c]) }
        }
        // Bars beside a column's numbers, to its largest absolute value.
        let barWidth = max(ctx.width * 0.12, size * 4)
        let barTop = columns.indices.map { c -> Double in
            guard columns[c].bars else { return 0 }
            // The total would make every other bar a sliver: bars are read against the largest row.
            return section.rows.filter { !$0.total }.compactMap { row -> Double? in if case .data(let d) = row.cells[c] { d.number.map(abs) } else { nil } }.max() ?? 0
        }

        // Widths, as a browser sets a table: every column gets at least its longest word (numbers
        // never wrap), text columns share the rest by how much more they would like, and room
        // left over widens the first column up to a share of the width, then the others alike.
        func width(_ text: String, _ f: FontSpec) -> Double { ctx.measurer.width(of: [TextSpan(text: text, font: f, color: t.palette.text)]) }
        func longestWord(_ text: String, _ f: FontSpec) -> Double {
            text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { width(String($0), f) }.max() ?? 0
        }
        let extra = columns.indices.map { columns[$0].bars ? barWidth + size * 0.5 : 0 }
        let preferred = columns.indices.map { c -> Double in
            let header = width(InlineText.plain(columns[c].label), font(nil, column: c, header: true))
            let widest = section.rows.indices.map { r in width(texts[r][c], font(section.rows[r], column: c)) }.max() ?? 0
            return (numeric[c] ? max(widest, min(header, max(widest, size * 5))) : max(widest, header)) + extra[c]
        }
        let least = columns.indices.map { c -> Double in
            let header = longestWord(InlineText.plain(columns[c].label), font(nil, column: c, header: true))
            let cells = section.rows.indices.map { r in numeric[c] ? width(texts[r][c], font(section.rows[r], column: c)) : longestWord(texts[r][c], font(section.rows[r], column: c)) }
            return max(header, cells.max() ?? 0) + extra[c]
        }
        // A heading's longest word is never broken to suit a column of short numbers.
        let natural = columns.indices.map { max(preferred[$0], least[$0]) }
        var widths = natural
        let available = ctx.width - pad * Double(columns.count - 1)
        let wanted = natural.reduce(0, +), needed = least.reduce(0, +)
        if wanted > available {
            if needed >= available {
                // Not even the longest words fit: numbers keep their width (a number never
                // breaks; its heading may), text columns share the rest by their longest word.
                let numbers = columns.indices.map { c -> Double in
                    numeric[c] ? (section.rows.indices.map { r in width(texts[r][c], font(section.rows[r], column: c)) }.max() ?? 0) + extra[c] : 0
                }
                let room = max(available - numbers.reduce(0, +), available * 0.25)
                let textLeast = columns.indices.filter { !numeric[$0] }.map { least[$0] }.reduce(0, +)
                widths = columns.indices.map { numeric[$0] ? numbers[$0] : room * least[$0] / max(textLeast, 1e-9) }
            } else {
                let more = columns.indices.map { natural[$0] - least[$0] }
                let moreTotal = max(more.reduce(0, +), 1e-9)
                widths = columns.indices.map { least[$0] + (available - needed) * more[$0] / moreTotal }
            }
        } else {
            var left = available - wanted
            let firstCap = available * (columns.count > 2 ? 0.4 : 0.6)
            let grow = max(0, min(left, firstCap - widths[0]))
            widths[0] += grow
            left -= grow
            if columns.count > 1 {
                for c in 1..<columns.count { widths[c] += left / Double(columns.count - 1) }
            } else {
                widths[0] += left
            }
        }
        var xs: [Double] = []
        var x = 0.0
        for w in widths { xs.append(x); x += w + pad }

        /// One row's cells, tagged, their height; `header` sets headings (TH) in bold.
        func row(_ spans: [[TextSpan]], tags: [StructureTag], align: [BlockBuilder.Alignment], top: Double, into b: inout BlockBuilder,
                 hyphenate: Bool = true) -> Double {
            var height = 0.0
            b.tagged(.tableRow) { b in
                for c in columns.indices {
                    // Headings and units stand over the numbers, not over their bars.
                    let w = widths[c] - (columns[c].bars ? barWidth + size * 0.5 : 0)
                    let h = b.tagged(tags[c]) { b in
                        b.text(spans[c], x: xs[c], y: top + rowPad, width: max(w, 1), lineHeight: lineHeight, align: align[c], hyphenate: hyphenate)
                    }
                    height = max(height, h)
                }
            }
            return height + 2 * rowPad
        }

        // The header row, and the units row when a column has a unit; repeated after a page break.
        var head = ctx.builder
        var headHeight = 0.0
        head.tagged(.table(key: key)) { b in
            let spans = columns.indices.map { c in TextWrapper.spans(columns[c].label, font: font(nil, column: c, header: true), color: t.palette.text) }
            // Column widths leave headings their longest word where they can; where they cannot,
            // a heading breaks at a syllable (Aan-deel), never where the column runs out.
            headHeight = row(spans, tags: columns.map { _ in .tableHeaderCell }, align: columns.indices.map { numeric[$0] ? .right : .left }, top: 0, into: &b)
            if section.hasUnits {
                let unitFont = t.font(small)
                let units = columns.map { [TextSpan(text: $0.unit.map(InlineText.plain) ?? "", font: unitFont, color: t.palette.muted)] }
                headHeight += row(units, tags: columns.map { _ in .tableHeaderCell }, align: columns.indices.map { numeric[$0] ? .right : .left },
                                  top: headHeight - rowPad, into: &b) - rowPad * 2
            }
            b.add(.fill(.rect(Rect(x: 0, y: headHeight - 0.5, width: ctx.width, height: 0.9), cornerRadius: 0), t.palette.text))
        }
        head.height = headHeight

        var blocks: [Block] = []
        var first = ctx.builder
        let titleHeight = ctx.titleHeight(section.title, into: &first)
        for item in head.items { first.add(item.offset(dx: 0, dy: titleHeight)) }
        for (r, tableRow) in section.rows.enumerated() {
            var b = r == 0 ? first : ctx.builder
            let top = r == 0 ? titleHeight + headHeight : 0
            var used = 0.0
            b.tagged(.table(key: key)) { b in
                let highlighted = isHighlighted(tableRow, section)
                let spans = columns.indices.map { c -> [TextSpan] in
                    let f = font(tableRow, column: c)
                    if case .text(let text) = tableRow.cells[c] { return TextWrapper.spans(text, font: f, color: t.palette.text, linkColor: t.palette.primary) }
                    return [TextSpan(text: texts[r][c], font: f, color: t.palette.text)]
                }
                // Measured first, so the tint and rules can go under the text.
                var probe = ctx.builder
                let height = row(spans, tags: columns.indices.map { $0 == 0 ? .tableHeaderCell : .tableCell },
                                 align: columns.indices.map { numeric[$0] ? .right : .left }, top: 0, into: &probe)
                if highlighted {
                    b.add(.fill(.rect(Rect(x: -size * 0.3, y: top, width: ctx.width + size * 0.6, height: height), cornerRadius: 0), t.palette.callout))
                }
                if tableRow.total {
                    b.add(.fill(.rect(Rect(x: 0, y: top, width: ctx.width, height: 0.9), cornerRadius: 0), t.palette.text))
                } else if r > 0 {
                    b.add(.fill(.rect(Rect(x: 0, y: top, width: ctx.width, height: 0.4), cornerRadius: 0), t.palette.rule))
                }
                for item in probe.items { b.add(item.offset(dx: 0, dy: top)) }
                for c in columns.indices where columns[c].bars {
                    guard !tableRow.total, case .data(let d) = tableRow.cells[c], let v = d.number, v != 0, barTop[c] > 0 else { continue }
                    let length = max(0.6, min(barWidth, barWidth * abs(v) / barTop[c]))
                    let colour = highlighted ? t.palette.accent : t.palette.primary
                    // Beside the number's first line, however many lines the row has.
                    b.add(.fill(.rect(Rect(x: xs[c] + widths[c] - barWidth, y: top + rowPad + (lineHeight - size * 0.8) / 2, width: length, height: size * 0.8), cornerRadius: 1), colour))
                }
                used = height
            }
            b.height = top + used
            var block = b.block(gapBefore: r == 0 ? t.spacing.section : 0, startsSection: r == 0)
            if r > 0 { block.repeatedHead = Block.Head(items: head.items, height: headHeight) }
            blocks.append(block)
        }
        if let note = note(section, language: ctx.language) {
            var b = ctx.builder
            b.height = ctx.note(note, at: 0, into: &b)
            blocks.append(b.block(gapBefore: small * 0.6, startsSection: false))
        }
        return keptTogether(blocks, rows: section.rows.count)
    }

    /// A short table is one block; a long one breaks only where at least `keep` rows stay on
    /// each side (the header never goes alone with a row, a total never alone with its note).
    static let shortTable = 8
    static let keep = 3

    static func keptTogether(_ blocks: [Block], rows: Int) -> [Block] {
        // blocks: one per row, then the note's when there is one.
        if rows <= shortTable { return [merged(blocks)] }
        let head = Array(blocks.prefix(keep))
        let tail = Array(blocks[(rows - keep)...])
        return [merged(head)] + blocks[keep..<(rows - keep)] + [merged(tail)]
    }

    /// Blocks stacked into one, each below the one before at its own gap.
    static func merged(_ blocks: [Block]) -> Block {
        guard var whole = blocks.first else { return Block(height: 0, items: [], gapBefore: 0, startsSection: false) }
        for next in blocks.dropFirst() {
            let y = whole.height + next.gapBefore
            whole.items += next.items.map { $0.offset(dx: 0, dy: y) }
            whole.height = y + next.height
        }
        return whole
    }

    static func isHighlighted(_ row: TableRow, _ section: TableSection) -> Bool {
        section.highlight.map { InlineText.plain($0) == row.name } ?? false
    }

    /// The section's note after the meaning of the signs the table uses.
    static func note(_ section: TableSection, language: Language) -> String? {
        var parts = section.missingSigns.map { "\($0.printed) = \($0.meaning(language))" }
        if section.hasProvisional { parts.append("\\* = \(language.phrases.provisional)") }
        let signs = parts.isEmpty ? nil : parts.joined(separator: "; ") + "."
        return SeriesStyle.note(section.note, signs: signs)
    }
}

extension FontSpec {
    func tabularIf(_ on: Bool) -> FontSpec {
        var f = self
        f.tabular = on
        return f
    }
}
