import Foundation
import PraatplaatModel
import PraatplaatScene

/// Rows and columns. Numbers are right-aligned in tabular figures, a column's unit is said once
/// in a units row, the highlighted row has a tint, a totals row a rule above it. Each row is a
/// block of its own, so a long table breaks between rows and repeats its header on the next
/// page. The PDF gets Table, TR, TH and TD elements.
enum TableLayout {
    static func blocks(_ section: TableSection, _ ctx: LayoutContext) -> [Block] {
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

        // Widths: numbers never wrap; text columns share what is left, the first one most.
        let natural = columns.indices.map { c -> Double in
            let header = ctx.measurer.width(of: [TextSpan(text: InlineText.plain(columns[c].label), font: font(nil, column: c, header: true), color: t.palette.text)])
            let cells = section.rows.indices.map { r in ctx.measurer.width(of: [TextSpan(text: texts[r][c], font: font(section.rows[r], column: c), color: t.palette.text)]) }
            let widest = cells.max() ?? 0
            return (numeric[c] ? max(widest, min(header, max(widest, size * 5))) : max(widest, header)) + (columns[c].bars ? barWidth + size * 0.5 : 0)
        }
        var widths = natural
        let available = ctx.width - pad * Double(columns.count - 1)
        let fixed = columns.indices.filter { numeric[$0] }.map { natural[$0] }.reduce(0, +)
        let textColumns = columns.indices.filter { !numeric[$0] }
        let textNatural = textColumns.map { natural[$0] }.reduce(0, +)
        if fixed + textNatural > available, !textColumns.isEmpty {
            let room = max(available - fixed, available * 0.3)
            for c in textColumns { widths[c] = room * natural[c] / max(textNatural, 1) }
        } else if let first = textColumns.first {
            widths[first] += available - fixed - textNatural
        } else {
            widths[0] += max(0, available - widths.reduce(0, +))
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
                    let w = widths[c] - (columns[c].bars && tags[c] != .tableHeaderCell ? barWidth + size * 0.5 : 0)
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
            // Headings break between words only: "Kinderw-erkers" over a column of numbers reads badly.
            headHeight = row(spans, tags: columns.map { _ in .tableHeaderCell }, align: columns.indices.map { numeric[$0] ? .right : .left }, top: 0, into: &b,
                             hyphenate: false)
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
        return blocks
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
