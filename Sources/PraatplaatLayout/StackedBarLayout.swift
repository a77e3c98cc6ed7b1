import Foundation
import PraatplaatModel
import PraatplaatScene

/// The parts of a whole, one horizontal bar per row: as shares of 100% or as counts on one
/// scale, values inside the segments where they fit, a legend above naming the parts. The
/// split variant sets two series back to back from the row names in the middle (a pyramid).
enum StackedBarLayout {
    /// `notes: false` leaves the note out (the site writes it in HTML under the drawing).
    static func blocks(_ section: StackedBarSection, _ ctx: LayoutContext, notes: Bool = true) -> [Block] {
        section.split ? split(section, ctx, notes: notes) : stacked(section, ctx, notes: notes)
    }

    private static func stacked(_ section: StackedBarSection, _ ctx: LayoutContext, notes: Bool) -> [Block] {
        let t = ctx.theme
        var b = ctx.builder
        var y = ctx.titleHeight(section.title, into: &b)
        let data = section.data
        let size = t.type.body
        let small = t.type.footer
        let valueFont = t.font(small, .bold, role: .figures)
        let colours = data.series.indices.map(t.seriesColor)
        let share = section.mode == .share
        if data.series.count > 1 {
            y += SeriesStyle.legend(data.series.map(\.label), colours: colours, line: false, at: y, into: &b, ctx) + small * 0.8
        }
        let rows = data.axisLabels(language: ctx.language)
        let totals = data.axis.indices.map { i in data.series.compactMap { $0.values[i].number }.reduce(0, +) }
        let largest = max(totals.max() ?? 1, 1e-9)
        let barHeight = (size * 1.6).rounded(toPlaces: 2)
        let lineHeight = ctx.lineHeight(small, leading: 1.2)
        // Counts keep room for the row's total after its bar.
        let totalWidth = share ? 0 : (totals.map { ctx.measurer.width(of: [TextSpan(text: total($0, section, ctx), font: valueFont, color: t.palette.text)]) }.max() ?? 0) + small * 0.6
        let track = ctx.width - totalWidth
        for (i, row) in rows.enumerated() {
            if i > 0 { y += size * 0.7 }
            if rows.count > 1 || data.axis[i] != "" {
                y += b.text(ctx.body(row, color: t.palette.muted), x: 0, y: y, width: ctx.width, lineHeight: ctx.lineHeight(size, leading: 1.35))
                y += size * 0.2
            }
            let whole = share ? max(totals[i], 1e-9) : largest
            var x = 0.0
            for (si, s) in data.series.enumerated() {
                guard let v = s.values[i].number, v > 0 else { continue }
                let w = track * v / whole
                let rect = Rect(x: x, y: y, width: w, height: barHeight)
                b.add(.fill(.rect(rect, cornerRadius: 0), colours[si]))
                // A hairline of the page between parts, so neighbours of like colour stay two.
                if x > 0 { b.add(.fill(.rect(Rect(x: x - 0.3, y: y, width: 0.6, height: barHeight), cornerRadius: 0), t.palette.background)) }
                // Parts carry bare numbers: the row's total after the bar says the unit once.
                let partUnit = SeriesStyle.axisCaption(section.unit) == nil ? section.unit : nil
                let text = share ? NumberText.format(v / totals[i] * 100, language: ctx.language, maxDecimals: 0) + "%"
                                 : s.values[i].rounded(section.round).formatted(language: ctx.language, unit: partUnit)
                let tw = ctx.measurer.width(of: [TextSpan(text: text, font: valueFont, color: t.palette.text)])
                if tw <= w - small * 0.6 {
                    b.text([TextSpan(text: text, font: valueFont, color: SeriesStyle.textColour(on: colours[si], theme: t))],
                           x: x + (w - tw) / 2, y: y + (barHeight - lineHeight) / 2, width: tw + 0.01, lineHeight: lineHeight)
                }
                x += w
            }
            if !share {
                b.text([TextSpan(text: total(totals[i], section, ctx), font: valueFont, color: t.palette.text)], x: x + small * 0.6, y: y,
                       width: max(ctx.width - x - small * 0.6, 1), lineHeight: barHeight)
            }
            y += barHeight
        }
        if notes { y = note(section, at: y, into: &b, ctx) }
        b.height = y
        return [b.block(gapBefore: t.spacing.section, startsSection: true)]
    }

    /// Two series from a middle column of row names: the first to the left, the second to the right.
    private static func split(_ section: StackedBarSection, _ ctx: LayoutContext, notes: Bool) -> [Block] {
        let t = ctx.theme
        var b = ctx.builder
        var y = ctx.titleHeight(section.title, into: &b)
        let data = section.data
        let small = t.type.footer
        let font = t.font(small * 1.1)
        let valueFont = t.font(small, .bold, role: .figures)
        let colours = [t.seriesColor(0), t.seriesColor(1)]
        let rows = data.axisLabels(language: ctx.language)
        let lineHeight = ctx.lineHeight(small * 1.1, leading: 1.3)
        let nameWidth = min((rows.map { ctx.measurer.width(of: [TextSpan(text: $0, font: font, color: t.palette.text)]) }.max() ?? 0) + small, ctx.width * 0.4)
        // A word unit is said once, over the row names, so the bars keep their length.
        let caption = SeriesStyle.axisCaption(section.unit)
        let valueUnit = caption == nil ? section.unit : nil
        let totals = data.series.map { $0.values.compactMap(\.number).reduce(0, +) }
        let whole = max(totals.reduce(0, +), 1e-9)
        // Shares of the whole of both halves, as a pyramid reads, all with one number of
        // decimals (6,0% beside 6,3%).
        let shareDecimals = FigureValue.decimals(data.series.flatMap(\.values).compactMap { $0.number.map { FigureValue.percent(($0 / whole * 1000).rounded() / 10) } })
        func text(_ si: Int, _ i: Int) -> String {
            let cell = data.series[si].values[i]
            guard section.mode == .share, let v = cell.number else { return cell.rounded(section.round).formatted(language: ctx.language, unit: valueUnit) }
            return NumberText.fixed(v / whole * 100, language: ctx.language, decimals: shareDecimals) + "%"
        }
        let valueWidth = (0..<2).flatMap { si in data.axis.indices.map { ctx.measurer.width(of: [TextSpan(text: text(si, $0), font: valueFont, color: t.palette.text)]) } }.max() ?? 0
        let half = (ctx.width - nameWidth) / 2
        let track = max(half - valueWidth - small * 0.5, half * 0.4)
        let largest = max(data.series.flatMap(\.values).compactMap(\.number).max() ?? 1, 1e-9)
        // The two series' names over their halves.
        var heads = 0.0
        for (si, s) in data.series.enumerated() {
            let x = si == 0 ? 0 : half + nameWidth
            heads = max(heads, b.text([TextSpan(text: InlineText.plain(s.label), font: t.font(small * 1.1, .bold), color: t.palette.text)], x: x, y: y,
                                      width: half, lineHeight: lineHeight, align: si == 0 ? .right : .left))
        }
        if let caption {
            heads = max(heads, b.text([TextSpan(text: caption, font: t.font(small), color: t.palette.muted)], x: half, y: y, width: nameWidth,
                                      lineHeight: lineHeight, align: .center, hyphenate: false))
        }
        y += heads
        let barHeight = lineHeight
        let gap = small * 0.35
        y += gap
        for (i, row) in rows.enumerated() {
            // One line: a wrapped name would run into the next row.
            b.text([TextSpan(text: row, font: font, color: t.palette.muted)], x: half, y: y, width: nameWidth, lineHeight: barHeight, align: .center, hyphenate: false)
            for si in 0..<2 {
                guard let v = data.series[si].values[i].number else { continue }
                let w = track * v / largest
                let x = si == 0 ? half - w : half + nameWidth
                b.add(.fill(.rect(Rect(x: x, y: y, width: max(w, 0.4), height: barHeight), cornerRadius: 0), colours[si]))
                let label = text(si, i)
                let lw = ctx.measurer.width(of: [TextSpan(text: label, font: valueFont, color: t.palette.text)])
                let lx = si == 0 ? x - small * 0.3 - lw : x + w + small * 0.3
                b.text([TextSpan(text: label, font: valueFont, color: t.palette.text)], x: lx, y: y, width: lw + 0.01, lineHeight: barHeight)
            }
            y += barHeight + gap
        }
        if notes { y = note(section, at: y, into: &b, ctx) }
        b.height = y
        return [b.block(gapBefore: t.spacing.section, startsSection: true)]
    }

    private static func total(_ value: Double, _ section: StackedBarSection, _ ctx: LayoutContext) -> String {
        let kind = SeriesStyle.kind(section.data)
        let v: FigureValue = switch kind {
        case .money?: .money(value)
        case .percent?: .percent(value)
        default: .count(value, atLeast: false)
        }
        return v.rounded(section.round).formatted(language: ctx.language, unit: section.unit)
    }

    private static func note(_ section: StackedBarSection, at y: Double, into b: inout BlockBuilder, _ ctx: LayoutContext) -> Double {
        guard let note = SectionNotes.note(.stackedBar(section), language: ctx.language) else { return y }
        let top = y + ctx.theme.type.footer * 0.8
        return top + ctx.note(note, at: top, into: &b)
    }
}
