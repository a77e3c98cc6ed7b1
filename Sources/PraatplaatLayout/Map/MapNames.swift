import Foundation
import PraatplaatModel
import PraatplaatScene

/// The regions' names on a map: each at the point of its region farthest from the edges, on a
/// pale plate, where the whole name fits inside the region and clear of the others. The
/// highlighted region is named first. A few names that do not fit stand in a column beside the
/// map with a leader line; more are listed under it.
struct MapNames {
    private(set) var items: [SceneItem] = []
    private(set) var unnamed: [String] = []
    private(set) var leaders: [(spans: [TextSpan], anchor: Point, width: Double)] = []
    private var taken: [Rect] = []
    private let ctx: LayoutContext

    var leaderWidth: Double { (leaders.map(\.width).max() ?? 0) + ctx.theme.type.footer * 0.6 }

    init(_ s: MapSection, _ ctx: LayoutContext, polygons: [[[[Point]]]], box: Rect) {
        self.ctx = ctx
        // Circles at places are named by their places (MapDrawing), not by the regions under them.
        guard s.labels == .auto, !s.atPlaces else { return }
        let t = ctx.theme
        let many = s.regions.regions.count > MapLayout.namedRegions
        let highlighted = s.regions.regions.map(s.isHighlighted)
        let areas = polygons.map(Self.area)
        let order = s.regions.regions.indices.sorted { a, b in
            if highlighted[a] != highlighted[b] { return highlighted[a] }
            return areas[a] > areas[b]
        }
        var misfits: [(spans: [TextSpan], anchor: Point, width: Double, name: String, highlighted: Bool)] = []
        let height = ctx.lineHeight(t.type.footer * 1.05, leading: 1.25)
        let pad = t.type.footer * 0.25
        for i in order {
            guard !many || highlighted[i] else { continue }
            let region = s.regions.regions[i]
            let name = InlineText.plain(s.name(of: region))
            guard !name.isEmpty, !polygons[i].isEmpty else { continue }
            let largest = polygons[i].max { Self.area([$0]) < Self.area([$1]) }!
            guard let pole = MapLabelPoint.find(in: largest, precision: 0.5) else { continue }
            let spans = [TextSpan(text: name, font: t.font(t.type.footer * 1.05, highlighted[i] ? .bold : .regular), color: t.palette.text)]
            let width = ctx.measurer.width(of: spans)
            // On one line, else (a name of several words, "Bedrijventerrein Hoogveld-Noord") on
            // two balanced lines, which fit a region that is taller than it is wide.
            var shapes = [(width: width, lines: 1)]
            let two = ctx.wrapper.wrap(spans, width: width * 0.62, hyphenate: false, balanced: true)
            if two.count == 2, let widest = two.map(\.width).max() { shapes.append((widest, 2)) }
            let fitted = shapes.lazy.map { shape in
                (shape, Rect(x: pole.point.x - shape.width / 2 - pad, y: pole.point.y - height * Double(shape.lines) / 2,
                             width: shape.width + 2 * pad, height: height * Double(shape.lines)))
            }.first { _, rect in
                pole.distance > height / 2 && Self.inside(rect, largest) && box.contains(rect) && !taken.contains(where: { $0.intersects(rect) })
            }
            if let (shape, rect) = fitted {
                set(spans, in: rect, pad: pad, width: shape.width, lineHeight: height)
            } else {
                misfits.append((spans, pole.point, width, name, highlighted[i]))
            }
        }
        // The highlighted region is always named, by a leader line if need be; the others get
        // leader lines when they are few, else a list under the map.
        let few = misfits.count <= MapLayout.leaderLabels
        leaders = misfits.filter { few || $0.highlighted }.map { ($0.spans, $0.anchor, $0.width) }
        unnamed = few ? [] : misfits.filter { !$0.highlighted }.map(\.name)
    }

    /// Sets the names that did not fit in a column from `x`, each level with its region as far as
    /// the others allow, joined to it by a thin line.
    mutating func placeLeaders(column x: Double, box: Rect) {
        let t = ctx.theme
        let height = ctx.lineHeight(t.type.footer * 1.05, leading: 1.25)
        let sorted = leaders.sorted { $0.anchor.y < $1.anchor.y }
        var tops: [Double] = []
        for leader in sorted { tops.append(max(leader.anchor.y - height / 2, (tops.last.map { $0 + height } ?? box.minY))) }
        // Pushed past the box's foot: move the column up as far as it overran.
        if let last = tops.last, last + height > box.maxY {
            let over = last + height - box.maxY
            tops = tops.map { max(box.minY, $0 - over) }
        }
        let pad = t.type.footer * 0.25
        for (leader, top) in zip(sorted, tops) {
            let middle = top + height / 2
            items.append(.fill(.circle(center: leader.anchor, radius: 1.1), t.palette.text))
            items.append(.stroke(.path([.move(leader.anchor), .line(Point(x: x - pad * 2, y: middle)), .line(Point(x: x - pad, y: middle))]),
                                 Stroke(color: t.palette.text, width: 0.45, lineJoin: .round)))
            set(leader.spans, in: Rect(x: x - pad, y: top, width: leader.width + 2 * pad, height: height), pad: pad, width: leader.width, lineHeight: height)
        }
        leaders = []
    }

    private mutating func set(_ spans: [TextSpan], in rect: Rect, pad: Double, width: Double, lineHeight: Double) {
        var b = ctx.builder
        // A plate of the page's colour: dark text reads on every class colour and circle.
        b.add(.fill(.rect(rect, cornerRadius: pad), ctx.theme.palette.background))
        b.text(spans, x: rect.minX + pad, y: rect.minY, width: width + 0.01, lineHeight: lineHeight, align: .center, hyphenate: false, balanced: true)
        items += b.items
        taken.append(rect)
    }

    /// Every corner and the middle of every side of `rect` inside `polygon`.
    static func inside(_ rect: Rect, _ polygon: [[Point]]) -> Bool {
        let xs = [rect.minX, rect.minX + rect.width / 2, rect.maxX], ys = [rect.minY, rect.minY + rect.height / 2, rect.maxY]
        return xs.allSatisfy { x in ys.allSatisfy { y in MapLabelPoint.signedDistance(Point(x: x, y: y), polygon) > 0 } }
    }

    static func area(_ polygons: [[[Point]]]) -> Double {
        polygons.reduce(0) { $0 + abs(MapPaths.area($1.first ?? [])) }
    }
}
