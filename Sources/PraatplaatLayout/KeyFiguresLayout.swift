import Foundation
import PraatplaatModel
import PraatplaatScene

/// Key figures in a grid: a percentage as a donut with its label beside it, a count or range as a
/// large number with its label below. Each row is a block, so a long section can break between rows.
enum KeyFiguresLayout {
    static func blocks(_ section: KeyFiguresSection, _ ctx: LayoutContext) -> [Block] {
        let t = ctx.theme
        let count = section.figures.count
        let gap = t.spacing.columnGap
        let columns = columnCount(count, width: ctx.width, gap: gap, body: t.type.body)
        let cellWidth = (ctx.width - Double(columns - 1) * gap) / Double(columns)

        var blocks: [Block] = []
        var titleBuilder = ctx.builder
        var top = ctx.titleHeight(section.title, into: &titleBuilder)
        var pending = titleBuilder.items

        for rowStart in stride(from: 0, to: count, by: columns) {
            let row = Array(section.figures[rowStart..<min(rowStart + columns, count)].enumerated())
            let cells = row.map { offset, figure in
                cell(figure, style: section.style, color: t.seriesColor(rowStart + offset), width: cellWidth, ctx)
            }
            let rowHeight = cells.map(\.height).max() ?? 0
            var items = pending
            var figure: [SceneItem] = []
            for (column, cell) in cells.enumerated() {
                let dx = Double(column) * (cellWidth + gap)
                // Cells of one row start on one line, so their figures stand level whatever the
                // length of their labels.
                figure += cell.items.map { $0.offset(dx: dx, dy: top) }
            }
            // Each row is a figure of its own: rows may land on different pages.
            let alt = ChartText.keyFigures(row.map(\.element), title: blocks.isEmpty ? section.title : nil, language: ctx.language)
            items.append(.tagged(.figure(alt: alt), figure))
            let first = blocks.isEmpty
            blocks.append(Block(height: top + rowHeight, items: items,
                                gapBefore: first ? t.spacing.section : t.spacing.section * 0.6, startsSection: first))
            pending = []
            top = 0
        }
        // A rounding rule that changed a figure is said under the last row.
        if let note = SectionNotes.note(.keyFigures(section), language: ctx.language), !blocks.isEmpty {
            var builder = ctx.builder
            let small = t.spacing.section * 0.25
            let height = ctx.note(note, at: small, into: &builder)
            blocks[blocks.count - 1].items += builder.items.map { $0.offset(dx: 0, dy: blocks[blocks.count - 1].height) }
            blocks[blocks.count - 1].height += small + height
        }
        return blocks
    }

    /// Figures fill their row: three in three columns, four in four (or two by two when four
    /// cells would be too narrow), five as three and two, more in rows of three or four. A cell
    /// needs nine times the body size (a donut then sets its label under the ring); where even
    /// that does not fit, the figures stand one under the other.
    static func columnCount(_ count: Int, width: Double, gap: Double, body: Double) -> Int {
        func fits(_ columns: Int) -> Bool { (width - Double(columns - 1) * gap) / Double(columns) >= body * minCell }
        let preferred: [Int] = switch count {
        case 0, 1: [1]
        case 2: [2]
        case 3: [3]
        case 4: [4, 2]
        case 5, 6: [3, 2]
        case 7, 8: [4, 3, 2]
        default: [4, 3, 2]
        }
        return preferred.first(where: fits) ?? 1
    }

    /// The narrowest cell, in body sizes.
    static let minCell = 9.0
    /// A donut has its label beside it from this cell width on, in body sizes; under it below.
    static let donutBeside = 15.0
    /// The narrowest label beside a ring, in body sizes.
    static let minLabelBeside = 10.0

    /// The share a figure is drawn as a donut of, or nil when it is drawn as a number (words
    /// shown instead of a percentage do not fit in a ring); print and the site both ask here.
    static func donutShare(_ figure: KeyFigure, style: PercentStyle) -> Double? {
        guard style == .donut, figure.shown == nil, case .percent(let share) = figure.value else { return nil }
        return share
    }

    private static func cell(_ figure: KeyFigure, style: PercentStyle, color: Color, width: Double, _ ctx: LayoutContext) -> (height: Double, items: [SceneItem]) {
        if let share = donutShare(figure, style: style) { return donutCell(share: share, figure: figure, color: color, width: width, ctx) }
        switch (figure.value, style) {
        case (.percent(let share), .bar): return numberCell(figure: figure, color: color, width: width, bar: share, ctx)
        case (.count, _), (.range, _), (.money, _), (.percent, .donut): return numberCell(figure: figure, color: color, width: width, bar: nil, ctx)
        }
    }

    private static func donutCell(share: Double, figure: KeyFigure, color: Color, width: Double, _ ctx: LayoutContext) -> (height: Double, items: [SceneItem]) {
        let t = ctx.theme
        let diameter = min(t.type.donutValue * 4.2, width * 0.42)
        let labelGap = t.spacing.columnGap * 0.6
        let labelWidth = width - diameter - labelGap
        // Beside the ring a label needs about twenty characters a line (on A4 landscape four
        // cells left it twelve, in six lines with three hyphens); else it goes under the ring.
        if width < t.type.body * donutBeside || labelWidth < t.type.body * minLabelBeside {
            return donutOverLabel(share: share, figure: figure, color: color, width: width, ctx)
        }
        var label = ctx.builder
        let labelHeight = label.text(ctx.body(figure.label),
                                     x: diameter + labelGap, y: 0, width: labelWidth, lineHeight: ctx.lineHeight(t.type.body, leading: 1.4))
        var labelBottom = labelHeight
        if let reference = figure.reference {
            let gap = t.type.body * 0.3
            labelBottom += gap + referenceLine(reference, of: figure, x: diameter + labelGap, y: labelHeight + gap, width: labelWidth, into: &label, ctx)
        }
        // The ring stands at the top of its cell, level with its neighbours; a short label is
        // centred on it, a long one starts at its top.
        let height = max(diameter, labelBottom)
        var items = donut(share: share, value: figure.drawnValue, color: color, ctx, diameter: diameter).items
        let labelOffset = max(0, (diameter - labelBottom) / 2)
        items += label.items.map { $0.offset(dx: 0, dy: labelOffset) }
        return (height, items)
    }

    /// A narrow cell: the ring, then its label under it, as a number's label is under the number.
    private static func donutOverLabel(share: Double, figure: KeyFigure, color: Color, width: Double, _ ctx: LayoutContext) -> (height: Double, items: [SceneItem]) {
        let t = ctx.theme
        let diameter = min(t.type.donutValue * 4.2, width * 0.8)
        var b = ctx.builder
        b.items = donut(share: share, value: figure.drawnValue, color: color, ctx, diameter: diameter).items
        var y = diameter + t.type.body * 0.5
        y += b.text(ctx.body(figure.label), x: 0, y: y, width: width, lineHeight: ctx.lineHeight(t.type.body, leading: 1.4))
        if let reference = figure.reference {
            y += t.type.body * 0.3
            y += referenceLine(reference, of: figure, x: 0, y: y, width: width, into: &b, ctx)
        }
        return (y, b.items)
    }

    /// The ring with the share as an arc and the number inside, in a square of `diameter`
    /// (by default the size print gives it); the site draws the same one.
    static func donut(share: Double, value figureValue: FigureValue, color: Color, _ ctx: LayoutContext,
                      diameter: Double? = nil) -> (diameter: Double, items: [SceneItem]) {
        let t = ctx.theme
        let diameter = diameter ?? t.type.donutValue * 4.2
        let ring = diameter * 0.16
        let center = Point(x: diameter / 2, y: diameter / 2)
        let radius = (diameter - ring) / 2
        var items: [SceneItem] = [.stroke(.circle(center: center, radius: radius), Stroke(color: t.palette.track, width: ring))]
        if share > 0 {
            let start = -Double.pi / 2
            items.append(.stroke(.arc(center: center, radius: radius, startAngle: start, endAngle: start + 2 * .pi * share / 100),
                                 Stroke(color: color, width: ring)))
        }
        // The number inside the ring, shrunk if a long value ("12,5%") would touch it.
        var font = t.font(t.type.donutValue, .bold, role: .figures)
        let text = figureValue.formatted(language: ctx.language)
        let room = (diameter - 2 * ring) * 0.88
        let natural = ctx.measurer.width(of: [TextSpan(text: text, font: font, color: t.palette.primary)])
        if natural > room { font.size = (font.size * room / natural).rounded(toPlaces: 2) }
        var value = ctx.builder
        let lineHeight = font.size * 1.2
        value.text([TextSpan(text: text, font: font, color: t.palette.primary)], x: 0, y: center.y - lineHeight / 2,
                   width: diameter, lineHeight: lineHeight, align: .center)
        return (diameter, items + value.items)
    }

    /// A percentage as a bar of that share over a track, `width` long; the site draws the same one.
    static func shareBar(share: Double, color: Color, width: Double, _ ctx: LayoutContext) -> (height: Double, items: [SceneItem]) {
        let t = ctx.theme
        let height = (t.type.body * 0.7).rounded(toPlaces: 2)
        var items: [SceneItem] = [.fill(.rect(Rect(x: 0, y: 0, width: width, height: height), cornerRadius: height / 2), t.palette.track)]
        if share > 0 {
            items.append(.fill(.rect(Rect(x: 0, y: 0, width: max(height, width * share / 100), height: height), cornerRadius: height / 2), color))
        }
        return (height, items)
    }

    /// A large number over its label; with `bar`, a percentage also gets a bar of that share.
    private static func numberCell(figure: KeyFigure, color: Color, width: Double, bar: Double?, _ ctx: LayoutContext) -> (height: Double, items: [SceneItem]) {
        let t = ctx.theme
        var b = ctx.builder
        var font = t.font(t.type.bigNumber, .bold, role: .figures)
        let text = figure.drawn(language: ctx.language)
        let natural = ctx.measurer.width(of: [TextSpan(text: text, font: font, color: color)])
        // Rounded down: rounded to the nearest, the shrunk figure could still be a hair too wide and wrap.
        if natural > width { font.size = (font.size * width / natural * 100).rounded(.down) / 100 }
        var y = b.text([TextSpan(text: text, font: font, color: color)], x: 0, y: 0, width: width,
                       lineHeight: ctx.lineHeight(font.size, leading: 1.15))
        y += t.type.body * 0.2
        if let share = bar {
            let drawn = shareBar(share: share, color: color, width: width, ctx)
            b.items += drawn.items.map { $0.offset(dx: 0, dy: y) }
            y += drawn.height + t.type.body * 0.5
        }
        y += b.text(ctx.body(figure.label),
                    x: 0, y: y, width: width, lineHeight: ctx.lineHeight(t.type.body, leading: 1.4))
        if let reference = figure.reference {
            y += t.type.body * 0.3
            y += referenceLine(reference, of: figure, x: 0, y: y, width: width, into: &b, ctx)
        }
        return (y, b.items)
    }

    /// "↑ Nederland: 14%" under the label: the arrow's shape says which way, so it does not rest
    /// on colour; returns the height used.
    private static func referenceLine(_ reference: FigureReference, of figure: KeyFigure, x: Double, y: Double, width: Double,
                                      into b: inout BlockBuilder, _ ctx: LayoutContext) -> Double {
        let t = ctx.theme
        let size = (t.type.body * 0.9).rounded(toPlaces: 2)
        let mark = FigureReference.mark(reference.direction(of: figure.value, language: ctx.language))
        let spans = [TextSpan(text: mark + "\u{00A0}", font: t.font(size, .bold), color: t.palette.text),
                     TextSpan(text: reference.text(language: ctx.language), font: t.font(size), color: t.palette.muted)]
        return b.text(spans, x: x, y: y, width: width, lineHeight: ctx.lineHeight(size, leading: 1.35))
    }
}
