import Foundation
import PraatplaatModel
import PraatplaatScene

/// Vertical bars over years or categories: one series, several side by side (gemeente and
/// Nederland per year), or stacked. One colour per series, never per column, so a year is not
/// mistaken for a series; values stand on the columns where they fit, negatives hang below 0.
enum ColumnChartLayout {
    /// `notes: false` leaves the note out (the site writes it in HTML under the drawing).
    static func blocks(_ section: ColumnChartSection, _ ctx: LayoutContext, notes: Bool = true) -> [Block] {
        let t = ctx.theme
        var b = ctx.builder
        var y = ctx.titleHeight(section.title, into: &b)
        let data = section.data
        let size = t.type.body
        let small = t.type.footer
        let tickFont = t.font(small)
        let valueFont = t.font(small, .bold, role: .figures)
        let muted = t.palette.muted
        let stacked = section.stacked && data.series.count > 1
        let colours = stacked ? data.series.indices.map(t.seriesColor) : SeriesStyle.colours(data, theme: t)
        let kind = SeriesStyle.kind(data)
        // A word unit is said once above the axis; on the columns it would only crowd them out.
        let valueLabels = SeriesLabels(data, unit: SeriesStyle.axisCaption(section.unit) == nil ? section.unit : nil, chartUnit: section.unit,
                                  round: section.round, language: ctx.language)
        let millions = valueLabels.millions
        func formatted(_ cell: DataCell) -> String { valueLabels.text(cell) }

        // The extent of what is drawn: stacked columns reach their sums above and below 0.
        var extent: [Double] = [0]
        for i in data.axis.indices {
            let cells = data.series.compactMap { $0.values[i].number }
            if stacked {
                extent.append(cells.filter { $0 > 0 }.reduce(0, +))
                extent.append(cells.filter { $0 < 0 }.reduce(0, +))
            } else {
                extent += cells
            }
        }
        let axis = ValueAxis(values: extent)
        if data.series.count > 1 {
            y += SeriesStyle.legend(data.series.map(\.label), colours: colours, line: false, at: y, into: &b, ctx) + small * 0.6
        }
        let tickLine = ctx.lineHeight(small, leading: 1.2)
        if let caption = millions ? SeriesStyle.millionsCaption(ctx.language) : SeriesStyle.axisCaption(section.unit) {
            y += b.text([TextSpan(text: caption, font: tickFont, color: muted)], x: 0, y: y, width: ctx.width, lineHeight: tickLine)
        }
        let tickLabels = millions ? SeriesStyle.millionTicks(axis.ticks, language: ctx.language)
            : axis.ticks.map { axis.label($0, kind: kind, unit: section.unit, language: ctx.language) }
        let tickWidth = tickLabels.map { ctx.measurer.width(of: [TextSpan(text: $0, font: tickFont, color: muted)]) }.max() ?? 0
        let left = tickWidth + small * 0.6
        // Rules are strokes: half their width would poke out past the column's edge.
        let right = ctx.width - 0.5
        // Room above the highest column for its value.
        let top = y + tickLine * 1.2
        let height = min(max(ctx.width * 0.4, size * 9), size * 18, ctx.chartRoom)
        let bottom = top + height
        func yOf(_ v: Double) -> Double { bottom - height * axis.fraction(v) }
        let zero = yOf(0)

        for (i, tick) in axis.ticks.enumerated() where tick != 0 {
            let ty = yOf(tick)
            b.add(.stroke(.line(from: Point(x: left, y: ty), to: Point(x: right, y: ty)), Stroke(color: SeriesStyle.gridColour(t), width: 0.4)))
            b.text([TextSpan(text: tickLabels[i], font: tickFont, color: muted)], x: 0, y: ty - tickLine / 2, width: tickWidth, lineHeight: tickLine, align: .right)
        }
        if let zi = axis.ticks.firstIndex(of: 0) {
            b.text([TextSpan(text: tickLabels[zi], font: tickFont, color: muted)], x: 0, y: zero - tickLine / 2, width: tickWidth, lineHeight: tickLine, align: .right)
        }

        let n = data.axis.count
        let group = (right - left) / Double(max(n, 1))
        let inner = group * (stacked || data.series.count == 1 ? 0.62 : 0.8)
        let columns = stacked ? 1 : data.series.count
        let width = inner / Double(columns)
        let lowestDrawn = yOf(axis.low)
        for i in 0..<n {
            let x0 = left + group * Double(i) + (group - inner) / 2
            var up = 0.0, down = 0.0
            var labelsHere: [Rect] = []
            for (si, s) in data.series.enumerated() {
                let cell = s.values[i]
                guard let v = cell.number else { continue }
                let x = stacked ? x0 : x0 + width * Double(si)
                let base = stacked ? (v >= 0 ? up : down) : 0
                let end = base + v
                if stacked { if v >= 0 { up = end } else { down = end } }
                let y0 = yOf(max(base, end)), y1 = yOf(min(base, end))
                let gap = columns > 1 ? min(width * 0.08, 1.2) : 0
                let rect = Rect(x: x + gap / 2, y: y0, width: width - gap, height: max(y1 - y0, 0.4))
                if cell.provisional {
                    // Lighter inside, outlined in the series' own colour: the outline keeps the
                    // column's edge at the contrast of any other mark (WCAG 1.4.11).
                    let line = min(1.0, rect.width / 6)
                    b.add(.group([.fill(.rect(rect, cornerRadius: 0), colours[si].mixed(with: t.palette.background, amount: 0.45)),
                                  .stroke(.rect(rect.insetBy(dx: line / 2, dy: line / 2), cornerRadius: 0), Stroke(color: colours[si], width: line))], clip: nil))
                } else {
                    b.add(.fill(.rect(rect, cornerRadius: 0), colours[si]))
                }
                guard section.values != .none else { continue }
                let text = formatted(cell)
                let w = ctx.measurer.width(of: [TextSpan(text: text, font: valueFont, color: t.palette.text)])
                if stacked {
                    // Inside its segment when it fits there; stacked values have no room outside.
                    guard w <= rect.width - 2, rect.height >= tickLine else { continue }
                    let colour = SeriesStyle.textColour(on: colours[si], theme: t)
                    b.text([TextSpan(text: text, font: valueFont, color: colour)], x: rect.minX + (rect.width - w) / 2, y: (rect.minY + rect.height / 2) - tickLine / 2,
                           width: w + 0.01, lineHeight: tickLine)
                } else if w <= (columns > 1 ? width * 1.08 : group * 0.98) || section.values == .all {
                    // Side by side, a label stays over its own column (wider, it lay on the next).
                    if v >= 0 {
                        // Beside a neighbour's label at about its height it goes inside the top of
                        // its column, so two never run together ("410390"); with no room there, none.
                        let label = Rect(x: (rect.minX + rect.width / 2) - w / 2, y: rect.minY - tickLine, width: w, height: tickLine)
                        if labelsHere.contains(where: { $0.insetBy(dx: -small * 0.35, dy: 0).intersects(label) }) {
                            guard w <= rect.width - 1, rect.height >= tickLine * 1.4 else { continue }
                            b.text([TextSpan(text: text, font: valueFont, color: SeriesStyle.textColour(on: colours[si], theme: t))],
                                   x: label.minX, y: rect.minY + tickLine * 0.15, width: w + 0.01, lineHeight: tickLine)
                            continue
                        }
                        labelsHere.append(label)
                        b.text([TextSpan(text: text, font: valueFont, color: t.palette.text)], x: label.minX, y: label.minY,
                               width: w + 0.01, lineHeight: tickLine)
                    } else if rect.maxY + tickLine <= lowestDrawn + 0.5 {
                        // Below a negative column, when the plot has room under it.
                        b.text([TextSpan(text: text, font: valueFont, color: t.palette.text)], x: (rect.minX + rect.width / 2) - w / 2, y: rect.maxY,
                               width: w + 0.01, lineHeight: tickLine)
                    } else if rect.height >= tickLine * 1.2 {
                        // A column down to the bottom of the plot: inside its end, in a colour that reads on it.
                        b.text([TextSpan(text: text, font: valueFont, color: SeriesStyle.textColour(on: colours[si], theme: t))],
                               x: (rect.minX + rect.width / 2) - w / 2, y: rect.maxY - tickLine * 1.1, width: w + 0.01, lineHeight: tickLine)
                    }
                }
            }
            // A stack's total stands on it, so the whole is read without adding up.
            if stacked, data.series.count > 1, section.values != .none, up > 0 {
                let text = formatted(DataCell(SeriesStyle.value(up, kind: SeriesStyle.kind(data))))
                let w = ctx.measurer.width(of: [TextSpan(text: text, font: valueFont, color: t.palette.text)])
                if w <= group * 0.98 {
                    b.text([TextSpan(text: text, font: valueFont, color: t.palette.text)], x: x0 + inner / 2 - w / 2, y: yOf(up) - tickLine,
                           width: w + 0.01, lineHeight: tickLine)
                }
            }
        }
        b.add(.stroke(.line(from: Point(x: left, y: zero), to: Point(x: right, y: zero)), Stroke(color: muted, width: 0.8)))

        // Category labels under the columns, every so many when they would touch.
        let labels = data.axisLabels(language: ctx.language)
        let widths = labels.map { ctx.measurer.width(of: [TextSpan(text: $0, font: tickFont, color: muted)]) }
        let fits = (widths.max() ?? 0) <= group * 0.96
        let labelTop = max(bottom, yOf(axis.low)) + small * 0.4
        var used = tickLine
        if fits || data.dates != nil {
            let step = fits ? 1 : SeriesStyle.labelStep(widths: widths, spacing: group)
            for (i, label) in labels.enumerated() where i % step == 0 {
                let cx = left + group * (Double(i) + 0.5)
                let x = min(max(cx - widths[i] / 2, 0), ctx.width - widths[i])
                b.text([TextSpan(text: label, font: tickFont, color: muted)], x: x, y: labelTop, width: widths[i] + 0.01, lineHeight: tickLine)
            }
        } else {
            // Long category names wrap under their column.
            for (i, label) in labels.enumerated() {
                let h = b.text(TextWrapper.spans(label, font: tickFont, color: muted), x: left + group * Double(i) + 1, y: labelTop,
                               width: group - 2, lineHeight: tickLine, align: .center, hyphenate: false)
                used = max(used, h)
            }
        }
        y = labelTop + used
        if notes, let note = SectionNotes.note(.columnChart(section), language: ctx.language) {
            y += small * 0.6
            y += ctx.note(note, at: y, into: &b)
        }
        b.height = max(y, b.height)
        return [b.block(gapBefore: t.spacing.section, startsSection: true)]
    }
}
