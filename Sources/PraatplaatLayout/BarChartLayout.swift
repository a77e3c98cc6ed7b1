import Foundation
import PraatplaatModel
import PraatplaatScene

/// Horizontal bars with the label above each bar and the value at its end, so no axis is needed;
/// a logarithmic scale gets a labelled axis, because lengths there cannot be read without one.
enum BarChartLayout {
    static func blocks(_ section: BarChartSection, _ ctx: LayoutContext) -> [Block] {
        let t = ctx.theme
        var b = ctx.builder
        var y = ctx.titleHeight(section.title, into: &b)
        var bars = section.bars
        switch section.sort {
        case .none: break
        case .descending: bars.sort { $0.value.magnitude > $1.value.magnitude }
        case .ascending: bars.sort { $0.value.magnitude < $1.value.magnitude }
        }
        let size = t.type.body
        let valueFont = t.font(size, .bold, role: .figures)
        let labels = bars.map { valueText($0.value.rounded(section.round), unit: section.unit, ctx) }
        let valueWidth = labels.map { ctx.measurer.width(of: [TextSpan(text: $0, font: valueFont, color: t.palette.text)]) }.max() ?? 0
        let track = max(ctx.width * 0.3, ctx.width - valueWidth - size * 0.6)
        let barHeight = (size * 1.6).rounded(toPlaces: 2)
        let scale = Scale(section.scale, values: bars.map(\.value.magnitude), top: section.scale == .linear ? Self.top(section) : nil)

        for (i, bar) in bars.enumerated() {
            if i > 0 { y += size * 0.8 }
            y += b.text(ctx.body(bar.label, color: t.palette.muted), x: 0, y: y, width: ctx.width, lineHeight: ctx.lineHeight(size, leading: 1.35))
            y += size * 0.2
            let length = max(1, track * scale.fraction(bar.value.magnitude))
            let highlighted = section.highlight == bar.label
            let color = section.highlight == nil ? t.seriesColor(i) : (highlighted ? t.palette.accent : t.palette.primary)
            b.add(.fill(.rect(Rect(x: 0, y: y, width: length, height: barHeight), cornerRadius: 2), color))
            b.text([TextSpan(text: labels[i], font: valueFont, color: t.palette.text)],
                   x: length + size * 0.6, y: y, width: ctx.width - length - size * 0.6, lineHeight: barHeight)
            y += barHeight
        }
        if case .log(let lo, let hi) = scale.kind {
            y += size * 0.9
            y += axis(from: lo, to: hi, track: track, y: y, into: &b, ctx)
        }
        let note = SectionNotes.note(.barChart(section), language: ctx.language)
        if let note {
            y += size * 0.4
            y += ctx.note(note, at: y, into: &b)
        }
        b.height = y
        return [b.block(gapBefore: t.spacing.section, startsSection: true)]
    }

    /// Ticks at every power of ten, labelled as the language writes numbers.
    private static func axis(from lo: Double, to hi: Double, track: Double, y: Double, into b: inout BlockBuilder, _ ctx: LayoutContext) -> Double {
        let t = ctx.theme
        b.add(.fill(.rect(Rect(x: 0, y: y, width: track, height: 0.6), cornerRadius: 0), t.palette.muted))
        let decades = Int((log10(hi) - log10(lo)).rounded())
        let font = t.font(t.type.footer)
        var used = 0.0
        for d in 0...decades {
            let x = track * Double(d) / Double(max(decades, 1))
            // Ticks as thin boxes kept inside the track, so the first and last do not poke out.
            b.add(.fill(.rect(Rect(x: min(max(x - 0.3, 0), track - 0.6), y: y, width: 0.6, height: 3), cornerRadius: 0), t.palette.muted))
            let label = NumberText.format(lo * pow(10, Double(d)), language: ctx.language)
            let width = ctx.measurer.width(of: [TextSpan(text: label, font: font, color: t.palette.muted)])
            let left = min(max(0, x - width / 2), ctx.width - width)
            b.text([TextSpan(text: label, font: font, color: t.palette.muted)], x: left, y: y + 4, width: width + 0.01,
                   lineHeight: ctx.lineHeight(t.type.footer, leading: 1.3))
            used = 4 + ctx.lineHeight(t.type.footer, leading: 1.3)
        }
        return used
    }

    static func valueText(_ value: FigureValue, unit: String?, _ ctx: LayoutContext) -> String {
        value.formatted(language: ctx.language, unit: unit)
    }

    /// Where a full bar ends on a linear scale: the section's `max`; 100 when every bar is a
    /// percentage (19% and 86% in two charts must not both fill the width); else the largest bar.
    static func top(_ section: BarChartSection) -> Double? {
        if let max = section.max { return max }
        let shares = section.bars.allSatisfy { if case .percent = $0.value { true } else { false } }
        return shares && !section.bars.isEmpty ? max(100, section.bars.map(\.value.magnitude).max() ?? 0) : nil
    }

    /// Maps values to a fraction of the track.
    struct Scale {
        enum Kind { case linear(Double), log(Double, Double) }
        let kind: Kind

        init(_ scale: BarScale, values: [Double], top fixed: Double? = nil) {
            let top = fixed ?? values.max() ?? 1
            switch scale {
            case .linear:
                kind = .linear(top > 0 ? top : 1)
            case .log:
                let positive = values.filter { $0 > 0 }
                let lo = pow(10, (log10(positive.min() ?? 1)).rounded(.down))
                let hi = max(pow(10, (log10(top > 0 ? top : 1)).rounded(.up)), lo * 10)
                kind = .log(lo, hi)
            }
        }

        func fraction(_ value: Double) -> Double {
            switch kind {
            case .linear(let top): return max(0, min(1, value / top))
            case .log(let lo, let hi):
                guard value > 0 else { return 0 }
                return max(0, min(1, (log10(value) - log10(lo)) / (log10(hi) - log10(lo))))
            }
        }
    }
}
