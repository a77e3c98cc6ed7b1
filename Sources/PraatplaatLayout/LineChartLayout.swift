import Foundation
import PraatplaatModel
import PraatplaatScene

/// Lines over an ordered axis. The report's own series are drawn strong in the series colours,
/// references (Nederland, de regio) thin and muted; each line is named at its end where the names
/// fit, else in a legend above. A missing value leaves a gap, a provisional one a dashed stretch;
/// dates are placed by time, so 2015, 2019, 2020 are not spaced evenly.
enum LineChartLayout {
    /// `notes: false` leaves the note out (the site writes it in HTML under the drawing).
    static func blocks(_ section: LineChartSection, _ ctx: LayoutContext, notes: Bool = true) -> [Block] {
        let t = ctx.theme
        var b = ctx.builder
        var y = ctx.titleHeight(section.title, into: &b)
        let data = section.data
        let size = t.type.body
        let small = t.type.footer
        let tickFont = t.font(small)
        let muted = t.palette.muted
        let colours = SeriesStyle.colours(data, theme: t)
        let markers = SeriesStyle.markers(data)
        let kind = SeriesStyle.kind(data)
        let numbers = data.series.flatMap(\.values).compactMap(\.number)
        let axis = ValueAxis(values: numbers, from: section.from)
        let valueLabels = SeriesLabels(data, unit: section.unit, chartUnit: section.unit, round: section.round, language: ctx.language)
        let millions = valueLabels.millions
        func formatted(_ cell: DataCell) -> String { valueLabels.text(cell) }

        // At the line ends: each name with its last value when they take at most 40% of the width,
        // else the names alone; when not even those fit, a legend above, and at the ends the
        // values of the report's own lines (a reference's value beside another's would be ambiguous).
        let lastIndex = data.series.map { s in s.values.lastIndex { $0.number != nil } }
        let nameFont = t.font(small * 1.1, .bold)
        let valueFont = t.font(small * 1.1, .bold, role: .figures)
        let showLast = section.values != .none
        func ends(names: Bool, values: Bool, ownOnly: Bool) -> [Int: [TextSpan]] {
            var out: [Int: [TextSpan]] = [:]
            for (i, s) in data.series.enumerated() where !(ownOnly && s.reference) {
                guard let last = lastIndex[i] else { continue }
                var spans: [TextSpan] = []
                if names { spans.append(TextSpan(text: InlineText.plain(s.label), font: nameFont, color: s.reference ? muted : t.palette.text)) }
                if values { spans.append(TextSpan(text: (names ? " " : "") + formatted(s.values[last]), font: valueFont, color: s.reference ? muted : t.palette.text)) }
                out[i] = spans
            }
            return out
        }
        func widest(_ labels: [Int: [TextSpan]]) -> Double {
            labels.map { series, spans in ctx.measurer.width(of: spans) + (markers[series] != nil ? small * 0.9 : 0) }.max() ?? 0
        }
        var endLabels = ends(names: true, values: showLast, ownOnly: false)
        var labelsAtEnds = data.series.count <= 6 && widest(endLabels) <= ctx.width * 0.4
        // Whether the end labels say the last values (else `values: all` writes them at the points).
        var endValues = showLast
        if !labelsAtEnds, showLast, data.series.count <= 6 {
            endLabels = ends(names: true, values: false, ownOnly: false)
            labelsAtEnds = widest(endLabels) <= ctx.width * 0.4
            endValues = false
        }
        if !labelsAtEnds {
            let own = data.series.filter { !$0.reference }.count
            endLabels = showLast && own <= 4 ? ends(names: false, values: true, ownOnly: true) : [:]
            endValues = !endLabels.isEmpty
        }
        let endWidth = widest(endLabels)
        if !labelsAtEnds {
            y += SeriesStyle.legend(data.series.map(\.label), colours: colours, line: true, markers: markers, at: y, into: &b, ctx) + small * 0.6
        }

        // The value axis: round ticks as gridlines, their labels on the left.
        let tickLabels = millions ? SeriesStyle.millionTicks(axis.ticks, language: ctx.language)
            : axis.ticks.map { axis.label($0, kind: kind, unit: section.unit, language: ctx.language) }
        let tickWidth = tickLabels.map { ctx.measurer.width(of: [TextSpan(text: $0, font: tickFont, color: muted)]) }.max() ?? 0
        let tickLine = ctx.lineHeight(small, leading: 1.2)
        if let caption = millions ? SeriesStyle.millionsCaption(ctx.language) : SeriesStyle.axisCaption(section.unit) {
            y += b.text([TextSpan(text: caption, font: tickFont, color: muted)], x: 0, y: y, width: ctx.width, lineHeight: tickLine)
        }
        let endValueWidth = endWidth
        let left = tickWidth + small * 0.6
        let right = ctx.width - (endValueWidth > 0 ? endValueWidth + small * 0.7 : small * 0.5)
        let top = y + tickLine / 2
        let height = min(max(ctx.width * 0.42, size * 10), size * 20, ctx.chartRoom)
        let bottom = top + height
        func yOf(_ v: Double) -> Double { bottom - height * axis.fraction(v) }

        for (i, tick) in axis.ticks.enumerated() {
            let ty = yOf(tick)
            let isBase = tick == axis.low
            b.add(.stroke(.line(from: Point(x: left, y: ty), to: Point(x: right, y: ty)),
                          Stroke(color: isBase ? muted : SeriesStyle.gridColour(t), width: isBase ? 0.8 : 0.4)))
            b.text([TextSpan(text: tickLabels[i], font: tickFont, color: muted)], x: 0, y: ty - tickLine / 2, width: tickWidth, lineHeight: tickLine, align: .right)
        }
        // A value axis that does not start at 0 says so with a break mark where 0 would be.
        if axis.low > 0 || (section.from ?? 0) > 0 {
            let m = small * 0.45
            b.add(.fill(.rect(Rect(x: left - 1, y: bottom - m * 1.6, width: m * 2.2, height: m * 1.2), cornerRadius: 0), t.palette.background))
            for dy in [-m * 1.5, -m * 0.5] {
                b.add(.stroke(.line(from: Point(x: left, y: bottom + dy + m * 0.4), to: Point(x: left + m * 2, y: bottom + dy - m * 0.4)), Stroke(color: muted, width: 0.7)))
            }
        }

        // The category or time axis.
        let xs = positions(data, from: left + small * 0.5, to: right - small * 0.5)
        let axisLabels = data.axisLabels(language: ctx.language)
        let labelWidths = axisLabels.map { ctx.measurer.width(of: [TextSpan(text: $0, font: tickFont, color: muted)]) }
        let spacing = xs.count > 1 ? (xs[xs.count - 1] - xs[0]) / Double(xs.count - 1) : ctx.width
        let step = SeriesStyle.labelStep(widths: labelWidths, spacing: spacing)
        for (i, label) in axisLabels.enumerated() where i % step == 0 || i == axisLabels.count - 1 {
            if i == axisLabels.count - 1, i % step != 0, xs[i] - xs[i - i % step] < (labelWidths[i] + labelWidths[i - i % step]) / 2 + small { continue }
            let w = labelWidths[i]
            let x = min(max(xs[i] - w / 2, 0), ctx.width - w)
            b.add(.stroke(.line(from: Point(x: xs[i], y: bottom), to: Point(x: xs[i], y: bottom + small * 0.3)), Stroke(color: muted, width: 0.6)))
            b.text([TextSpan(text: label, font: tickFont, color: muted)], x: x, y: bottom + small * 0.4, width: w + 0.01, lineHeight: tickLine)
        }

        // References first, so the report's own lines lie on top.
        let order = data.series.indices.sorted { (data.series[$0].reference ? 0 : 1, $0) < (data.series[$1].reference ? 0 : 1, $1) }
        for si in order {
            let s = data.series[si]
            let stroke = Stroke(color: colours[si], width: s.reference ? 1.2 : 2.2, lineCap: .round, lineJoin: .round)
            draw(s, xs: xs, y: yOf, stroke: stroke, into: &b)
            if let m = markers[si] {
                for (i, cell) in s.values.enumerated() {
                    guard let v = cell.number else { continue }
                    SeriesStyle.marker(m, at: Point(x: xs[i], y: yOf(v)), size: small * 0.5, colour: colours[si], background: t.palette.background, into: &b)
                }
            } else if let last = lastIndex[si] {
                b.add(.fill(.circle(center: Point(x: xs[last], y: yOf(s.values[last].number!)), radius: s.reference ? 1.8 : 2.6), colours[si]))
            }
            if section.values == .all, !s.reference {
                var previous: Rect?
                for (i, cell) in s.values.enumerated() where cell.number != nil && (i != lastIndex[si] || !endValues) {
                    let text = formatted(cell)
                    let w = ctx.measurer.width(of: [TextSpan(text: text, font: tickFont, color: t.palette.text)])
                    let py = yOf(cell.number!)
                    b.add(.fill(.circle(center: Point(x: xs[i], y: py), radius: 1.8), colours[si]))
                    // Above the point, or below it at a dip, where the line leaves room.
                    let neighbours = [i - 1, i + 1].filter { s.values.indices.contains($0) }.compactMap { s.values[$0].number }
                    let dip = !neighbours.isEmpty && neighbours.allSatisfy { $0 > cell.number! }
                    let above = py - tickLine - 2, below = min(py + 2, bottom - tickLine)
                    let tx = min(max(xs[i] - w / 2, left), ctx.width - w)
                    // Never on the label before: the other side of the point, else none.
                    let fits = { (ty: Double) in previous.map { !$0.intersects(Rect(x: tx - 1, y: ty, width: w + 2, height: tickLine)) } ?? true }
                    guard let ty = [dip ? below : above, dip ? above : below].first(where: fits) else { continue }
                    previous = Rect(x: tx, y: ty, width: w, height: tickLine)
                    b.text([TextSpan(text: text, font: tickFont, color: t.palette.text)], x: tx, y: ty, width: w + 0.01, lineHeight: tickLine)
                }
            }
        }

        // Names (or values) at the line ends, pushed apart so they never overlap.
        let endLine = ctx.lineHeight(small * 1.1, leading: 1.2)
        var ends: [(series: Int, y: Double)] = endLabels.keys.sorted().compactMap { i in lastIndex[i].map { (i, yOf(data.series[i].values[$0].number!)) } }
        ends.sort { $0.y < $1.y }
        let placed = spread(ends.map(\.y), gap: endLine, low: top - tickLine / 2, high: bottom + tickLine / 2)
        do {
            for (k, end) in ends.enumerated() {
                let last = lastIndex[end.series]!
                let spans = endLabels[end.series]!
                var x = xs[last] + small * 0.6
                // A reference told apart by its marks carries the mark before its name.
                if let m = markers[end.series] {
                    SeriesStyle.marker(m, at: Point(x: x + small * 0.3, y: placed[k]), size: small * 0.5, colour: colours[end.series], background: t.palette.background, into: &b)
                    x += small * 0.9
                }
                b.text(spans, x: x, y: placed[k] - endLine / 2, width: max(ctx.width - x, 1), lineHeight: endLine, hyphenate: false)
            }
        }
        y = max(bottom + small * 0.4 + tickLine, b.height)
        if notes, let note = SectionNotes.note(.lineChart(section), language: ctx.language) {
            y += small * 0.6
            y += ctx.note(note, at: y, into: &b)
        }
        b.height = y
        return [b.block(gapBefore: t.spacing.section, startsSection: true)]
    }

    /// Where each axis point lies: by time when every point is a date, else evenly.
    static func positions(_ data: SeriesData, from a: Double, to z: Double) -> [Double] {
        let n = data.axis.count
        guard n > 1 else { return [(a + z) / 2] }
        if let dates = data.dates {
            let times = dates.map { Double($0.year) + Double(($0.month ?? 1) - 1) / 12 + Double(($0.day ?? 1) - 1) / 365 }
            if let lo = times.min(), let hi = times.max(), hi > lo, zip(times, times.dropFirst()).allSatisfy({ $0 < $1 }) {
                return times.map { a + (z - a) * ($0 - lo) / (hi - lo) }
            }
        }
        return (0..<n).map { a + (z - a) * Double($0) / Double(n - 1) }
    }

    /// The line through the values that are there: solid, dashed towards a provisional value,
    /// broken where one is missing; a value alone between gaps is a dot.
    static func draw(_ s: DataSeries, xs: [Double], y: (Double) -> Double, stroke: Stroke, into b: inout BlockBuilder) {
        var dashed = stroke
        dashed.dash = [stroke.width * 1.6, stroke.width * 1.6]
        dashed.lineCap = .butt
        var solid: [PathElement] = [], dashes: [PathElement] = []
        var previous: Int?
        for (i, cell) in s.values.enumerated() {
            guard let v = cell.number else { previous = nil; continue }
            let point = Point(x: xs[i], y: y(v))
            if let p = previous {
                let from = Point(x: xs[p], y: y(s.values[p].number!))
                if cell.provisional || s.values[p].provisional {
                    dashes += [.move(from), .line(point)]
                } else {
                    if case .line(let end)? = solid.last, end == from { solid.append(.line(point)) } else { solid += [.move(from), .line(point)] }
                }
            } else {
                let alone = i + 1 >= s.values.count || s.values[i + 1].number == nil
                if alone { b.add(.fill(.circle(center: point, radius: stroke.width * 1.1), stroke.color)) }
            }
            previous = i
        }
        if !solid.isEmpty { b.add(.stroke(.path(solid), stroke)) }
        if !dashes.isEmpty { b.add(.stroke(.path(dashes), dashed)) }
    }

    /// Labels' centres as close to `wanted` (sorted) as they can be at least `gap` apart, within bounds.
    static func spread(_ wanted: [Double], gap: Double, low: Double, high: Double) -> [Double] {
        var out = wanted
        for i in out.indices.dropFirst() where out[i] < out[i - 1] + gap { out[i] = out[i - 1] + gap }
        if let last = out.last, last > high {
            out[out.count - 1] = high
            for i in out.indices.dropLast().reversed() where out[i] > out[i + 1] - gap { out[i] = out[i + 1] - gap }
        }
        if let first = out.first, first < low {
            let shift = low - first
            out = out.map { $0 + shift }
        }
        return out
    }
}
