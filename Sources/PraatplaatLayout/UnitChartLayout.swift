import Foundation
import PraatplaatModel
import PraatplaatScene

/// An isotype chart: each row repeats one icon, each icon standing for `per` units, with a partial
/// icon for the remainder. When no scale is given, the smallest round number (1, 2 or 5 times a
/// power of ten) is chosen that keeps the longest row within six lines of icons: 400-500 against
/// 30,000 becomes 2¼ icons against 150 at 200 a piece, both countable at a glance.
enum UnitChartLayout {
    static func blocks(_ section: UnitChartSection, _ ctx: LayoutContext) -> [Block] {
        let t = ctx.theme
        var b = ctx.builder
        var y = ctx.titleHeight(section.title, into: &b)
        let size = t.type.body
        let (icon, gap, perRow) = grid(ctx)
        let per = unitsPerIcon(section, ctx)
        let lineHeight = ctx.lineHeight(size, leading: 1.35)

        for (i, item) in section.items.enumerated() {
            if i > 0 { y += size * 1.1 }
            let color = item.highlight ? t.palette.accent : (section.items.contains(where: \.highlight) ? t.palette.primary : t.seriesColor(i))
            // Label on the left, the number on the right of one line.
            let value = item.value.formatted(language: ctx.language)
            let valueSpans = [TextSpan(text: value, font: t.font(size, .bold, role: .figures), color: color)]
            let valueWidth = ctx.measurer.width(of: valueSpans)
            b.text(valueSpans, x: ctx.width - valueWidth, y: y, width: valueWidth + 0.01, lineHeight: lineHeight)
            y += b.text(ctx.body(item.label, weight: .medium), x: 0, y: y, width: ctx.width - valueWidth - size, lineHeight: lineHeight)
            y += size * 0.3
            let units = item.value.magnitude / per
            let whole = Int(units.rounded(.down))
            let part = units - Double(whole)
            let count = whole + (part > 0.001 ? 1 : 0)
            for n in 0..<count {
                let rect = Rect(x: Double(n % perRow) * (icon + gap), y: y + Double(n / perRow) * (icon + gap), width: icon, height: icon)
                if n < whole {
                    b.add(Icons.item(section.icon, in: rect, color: color, ctx))
                } else {
                    // The remainder: a faint whole icon with the coloured share of it on top.
                    b.add(Icons.item(section.icon, in: rect, color: t.palette.track, ctx))
                    b.add(.group([Icons.item(section.icon, in: rect, color: color, ctx)],
                                 clip: Rect(x: rect.x, y: rect.y, width: rect.width * part, height: rect.height)))
                }
            }
            let rows = max(1, (count + perRow - 1) / perRow)
            y += Double(rows) * icon + Double(rows - 1) * gap
        }
        // The legend: one icon and what it stands for.
        y += size * 0.9
        let legendIcon = Rect(x: 0, y: y + (lineHeight - icon * 0.8) / 2, width: icon * 0.8, height: icon * 0.8)
        b.add(Icons.item(section.icon, in: legendIcon, color: t.palette.muted, ctx))
        let word = ctx.language.phrases.oneIcon
        let legend = word + NumberText.format(per, language: ctx.language, maxDecimals: 2) + (section.unitLabel.map { " " + InlineText.plain($0) } ?? "")
        y += b.text([TextSpan(text: legend, font: t.font(t.type.footer * 1.15), color: t.palette.muted)],
                    x: icon * 0.8 + size * 0.5, y: y, width: ctx.width - icon * 0.8 - size * 0.5, lineHeight: lineHeight)
        if let note = section.note {
            y += size * 0.2
            y += ctx.note(note, at: y, into: &b)
        }
        b.height = y
        return [b.block(gapBefore: t.spacing.section, startsSection: true)]
    }

    /// Icon size, gap and icons per row at the context's width.
    static func grid(_ ctx: LayoutContext) -> (icon: Double, gap: Double, perRow: Int) {
        let icon = (ctx.theme.type.body * 1.45).rounded(toPlaces: 2)
        let gap = (icon * 0.22).rounded(toPlaces: 2)
        return (icon, gap, max(1, Int((ctx.width + gap) / (icon + gap))))
    }

    /// What one icon stands for: the section's own `per`, or what keeps the longest row within
    /// six lines of icons at this width.
    static func unitsPerIcon(_ section: UnitChartSection, _ ctx: LayoutContext) -> Double {
        section.per ?? autoScale(largest: section.items.map(\.value.magnitude).max() ?? 1, capacity: grid(ctx).perRow * 6)
    }

    /// The smallest of 1, 2, 5 x 10^k with `largest / per <= capacity`.
    static func autoScale(largest: Double, capacity: Int) -> Double {
        guard largest > 0 else { return 1 }
        let needed = largest / Double(max(capacity, 1))
        var magnitude = pow(10, (log10(max(needed, 1e-9))).rounded(.down))
        while true {
            for step in [1.0, 2.0, 5.0] where step * magnitude >= needed {
                return max(step * magnitude, needed <= 1 ? 1 : 0)
            }
            magnitude *= 10
        }
    }
}
