import Foundation
import PraatplaatModel
import PraatplaatScene

/// Quantities as circles whose areas are in proportion, standing on one baseline, each with its
/// number and label below. A hundredfold difference shows as a dot beside a disc, which is the point.
enum ComparisonLayout {
    static func blocks(_ section: ComparisonSection, _ ctx: LayoutContext) -> [Block] {
        let t = ctx.theme
        var b = ctx.builder
        var y = ctx.titleHeight(section.title, into: &b)
        let count = section.items.count
        let gap = t.spacing.columnGap * 0.6
        let column = (ctx.width - Double(count - 1) * gap) / Double(count)
        let largest = section.items.map(\.value.magnitude).max() ?? 1
        let maxRadius = min(column * 0.45, t.type.body * 5.5)
        let radii = section.items.map { item in max(1.5, maxRadius * (item.value.magnitude / max(largest, 1e-9)).squareRoot()) }
        let baseline = y + 2 * maxRadius
        for (i, r) in radii.enumerated() {
            let cx = Double(i) * (column + gap) + column / 2
            b.add(.fill(.circle(center: Point(x: cx, y: baseline - r), radius: r), t.seriesColor(i)))
        }
        y = baseline + t.type.body * 0.7
        var bottom = y
        for (i, item) in section.items.enumerated() {
            let x = Double(i) * (column + gap)
            var font = t.font(t.type.bigNumber * 0.75, .bold, role: .figures)
            let text = item.value.formatted(language: ctx.language)
            let natural = ctx.measurer.width(of: [TextSpan(text: text, font: font, color: t.seriesColor(i))])
            if natural > column { font.size = (font.size * column / natural).rounded(toPlaces: 2) }
            var yy = y + b.text([TextSpan(text: text, font: font, color: t.seriesColor(i))], x: x, y: y, width: column,
                                lineHeight: ctx.lineHeight(font.size, leading: 1.15), align: .center)
            yy += b.text(ctx.body(item.label), x: x, y: yy, width: column, lineHeight: ctx.lineHeight(t.type.body, leading: 1.4), align: .center)
            bottom = max(bottom, yy)
        }
        y = bottom
        if let note = section.note {
            y += t.type.body * 0.5
            y += ctx.note(note, at: y, into: &b)
        }
        b.height = y
        return [b.block(gapBefore: t.spacing.section, startsSection: true)]
    }
}
