import Foundation
import PraatplaatModel
import PraatplaatScene

/// What a map's colours and circles mean: a swatch per class with its limits in the report's
/// number format, the hatching of "no data", the highlighted region with its value, and for
/// circles two sizes with their values.
struct MapLegend {
    enum Swatch {
        case colour(Color)
        case noData
        case highlight
    }

    let section: MapSection
    let ctx: LayoutContext
    var entries: [(swatch: Swatch, text: String)] = []
    /// A word unit, said once above the classes ("procentpunt").
    var heading: String?
    /// For circles: the values the two legend circles stand for.
    var circleValues: [Double] = []

    private var size: Double { ctx.theme.type.footer * 1.1 }
    private var swatch: Double { size * 1.3 }
    private var lineHeight: Double { ctx.lineHeight(size, leading: 1.6) }

    init(_ s: MapSection, _ ctx: LayoutContext, data: MapData) {
        section = s
        self.ctx = ctx
        let language = ctx.language
        if s.show == .colours {
            let colours = data.colours
            heading = s.wordUnit
            for (i, name) in s.classNames(language: language, withUnit: false, classes: data.classes).enumerated() { entries.append((.colour(colours[min(i, colours.count - 1)]), name)) }
        } else {
            let top = MapCircles.largest(s)
            // No size legend where no circle is drawn (no value joined any region or place).
            if top > 0, s.rows.contains(where: { $0.cell?.number != nil }) {
                let step = MapClasses.niceStep(top / 5)
                let big = step * (top / step).rounded(.down)
                let chosen = big > 0 ? big : top
                circleValues = [chosen, MapClasses.niceStep(chosen / 4)].filter { $0 > 0 && $0 <= top }
            }
        }
        let noData = data.cells.contains { $0?.number == nil }
        if noData, s.show == .colours || s.pointShapes == nil { entries.append((.noData, language.phrases.noData.capitalisedFirst)) }
        if let region = s.regions.regions.first(where: s.isHighlighted) {
            let cell = data.cells[s.regions.regions.firstIndex(of: region)!]
            let value = cell.map { $0.formatted(language: language, unit: s.unit) } ?? language.phrases.noData
            entries.append((.highlight, "\(InlineText.plain(s.name(of: region))): \(value)"))
        }
    }

    private func spans(_ text: String) -> [TextSpan] {
        [TextSpan(text: text, font: ctx.theme.font(size), color: ctx.theme.palette.text)]
    }

    private var circleRadius: Double { ctx.theme.type.body * 2.2 }

    /// The width the legend takes as one column.
    var naturalWidth: Double {
        let texts = entries.map { swatch + size * 0.5 + ctx.measurer.width(of: spans($0.text)) } + [heading.map { ctx.measurer.width(of: spans($0)) } ?? 0]
        let circles = circleValues.isEmpty ? 0 : circleRadius * 2 + size * 0.8 + (circleValues.map { ctx.measurer.width(of: spans(label($0))) }.max() ?? 0)
        return max(texts.max() ?? 0, circles) + 1
    }

    private func label(_ value: Double) -> String { section.limitText(value, language: ctx.language) }

    /// Draws the legend at `origin`, as a column (`vertical`) or in rows that wrap at `width`;
    /// returns its height.
    func draw(at origin: Point, width: Double, vertical: Bool, maxRadius: Double? = nil, into b: inout BlockBuilder) -> Double {
        let t = ctx.theme
        // Half a point in, so the swatches' and circles' outlines stay inside the column.
        let origin = Point(x: origin.x + 0.5, y: origin.y)
        let width = width - 0.5
        var x = origin.x, y = origin.y
        var rowEnd = y
        if !circleValues.isEmpty, let radius = maxRadius {
            let top = MapCircles.largest(section)
            let radii = circleValues.map { MapCircles.radius(of: $0, largest: top, maxRadius: radius) }
            let base = y + 2 * (radii.first ?? 0)
            let cx = x + (radii.first ?? 0)
            for (value, r) in zip(circleValues, radii) {
                let circle = Shape.circle(center: Point(x: cx, y: base - r), radius: r)
                b.add(.stroke(circle, Stroke(color: t.palette.text, width: 0.5)))
                let lineX = cx + (radii.first ?? 0) + size * 0.4
                b.add(.stroke(.line(from: Point(x: cx, y: base - 2 * r), to: Point(x: lineX, y: base - 2 * r)), Stroke(color: t.palette.text, width: 0.4)))
                b.text(spans(label(value)), x: lineX + size * 0.2, y: base - 2 * r - lineHeight / 2, width: width, lineHeight: lineHeight, hyphenate: false)
            }
            y = base + size * 0.8
            rowEnd = y
            x = origin.x
        }
        if let heading {
            y += b.text([TextSpan(text: heading, font: t.font(size), color: t.palette.muted)], x: x, y: y, width: width, lineHeight: lineHeight, hyphenate: false)
            rowEnd = y
        }
        for entry in entries {
            let textWidth = ctx.measurer.width(of: spans(entry.text))
            let entryWidth = swatch + size * 0.5 + textWidth
            if !vertical, x > origin.x, x + entryWidth > origin.x + width {
                x = origin.x
                y += lineHeight
            }
            let square = Rect(x: x, y: y + (lineHeight - swatch) / 2, width: swatch, height: swatch)
            switch entry.swatch {
            case .colour(let c):
                b.add(.group([.fill(.rect(square, cornerRadius: 0), c), .stroke(.rect(square, cornerRadius: 0), Stroke(color: t.palette.muted, width: 0.35))], clip: nil))
            case .noData:
                let corners = [Point(x: square.minX, y: square.minY), Point(x: square.maxX, y: square.minY), Point(x: square.maxX, y: square.maxY),
                               Point(x: square.minX, y: square.maxY), Point(x: square.minX, y: square.minY)]
                var items: [SceneItem] = [.fill(.rect(square, cornerRadius: 0), t.palette.background)]
                for (p, q) in MapPaths.hatch([[corners]], spacing: t.type.footer * 0.45) {
                    items.append(.stroke(.line(from: p, to: q), Stroke(color: t.palette.muted, width: 0.4)))
                }
                items.append(.stroke(.rect(square, cornerRadius: 0), Stroke(color: t.palette.muted, width: 0.35)))
                b.add(.group(items, clip: nil))
            case .highlight:
                b.add(.stroke(.rect(square.insetBy(dx: 0.9, dy: 0.9), cornerRadius: 0), Stroke(color: t.palette.text, width: 1.8, lineJoin: .round)))
            }
            let available = vertical ? width - swatch - size * 0.5 : min(textWidth, origin.x + width - x - swatch - size * 0.5)
            let used = b.text(spans(entry.text), x: x + swatch + size * 0.5, y: y, width: max(available, 1) + 0.01, lineHeight: lineHeight, hyphenate: false)
            if vertical {
                y += max(used, lineHeight)
            } else {
                x += entryWidth + size * 1.2
            }
            rowEnd = vertical ? y : y + lineHeight
        }
        return rowEnd - origin.y
    }
}

private extension String {
    var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }
}
