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
    private(set) var leaders: [(spans: [TextSpan], anchor: Point, width: Double, name: String, highlighted: Bool)] = []
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
            if two.count == 2, Self.breaksBetweenWords(name, after: two[0].spans.map(\.text).joined()), let widest = two.map(\.width).max() {
                shapes.append((widest, 2))
            }
            let taken = self.taken
            let fitted = shapes.lazy.map { shape in
                (shape, Rect(x: pole.point.x - shape.width / 2 - pad, y: pole.point.y - height * Double(shape.lines) / 2,
                             width: shape.width + 2 * pad, height: height * Double(shape.lines)))
            }.first { _, rect in
                pole.distance > height / 2 && Self.inside(rect, largest) && box.contains(rect) && !taken.contains(where: { $0.intersects(rect) })
            } ?? shapes.lazy.compactMap { shape in
                // Not at the pole (an L-shaped wijk, a long one, a name already there): wherever
                // else in the region the plate has room.
                Self.roomiest(width: shape.width + 2 * pad, height: height * Double(shape.lines), in: largest, reach: pole.distance,
                              box: box, avoiding: taken).map { (shape, $0) }
            }.first
            if let (shape, rect) = fitted {
                set(spans, in: rect, pad: pad, width: shape.width, lineHeight: height)
            } else {
                misfits.append((spans, pole.point, width, name, highlighted[i]))
            }
        }
        // The highlighted region is always named, by a leader line if need be; the others get
        // leader lines when they are few, else a list under the map.
        let few = misfits.count <= MapLayout.leaderLabels
        leaders = misfits.filter { few || $0.highlighted }
        unnamed = few ? [] : misfits.filter { !$0.highlighted }.map(\.name)
    }

    /// Gives up the leader lines where their column would cost the map too much of its width:
    /// their names are listed under the map, except the highlighted region's, which the legend
    /// names with its value beside the heavy border that marks it.
    mutating func listLeaders() {
        unnamed += leaders.filter { !$0.highlighted }.map(\.name)
        leaders = []
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

    /// A first line that ends at a space or a hyphen of the name: a single word such as
    /// "Stationskwartier" is not cut where the line ran out ("Stationsk" / "wartier").
    static func breaksBetweenWords(_ name: String, after first: String) -> Bool {
        let first = first.trimmingSpaces
        guard !first.isEmpty, name.hasPrefix(first), first.count < name.count else { return false }
        return first.hasSuffix("-") || name.dropFirst(first.count).first == " "
    }

    /// Every corner and the middle of every side of `rect` inside `polygon`.
    static func inside(_ rect: Rect, _ polygon: [[Point]]) -> Bool { room(rect, polygon) > 0 }

    /// How far the nearest of `rect`'s corners and side middles lies inside `polygon`'s edges
    /// (negative when one is outside).
    static func room(_ rect: Rect, _ polygon: [[Point]]) -> Double {
        var least = Double.infinity
        for x in [rect.minX, rect.minX + rect.width / 2, rect.maxX] {
            for y in [rect.minY, rect.minY + rect.height / 2, rect.maxY] {
                least = min(least, MapLabelPoint.signedDistance(Point(x: x, y: y), polygon))
                if least <= 0 { return least }
            }
        }
        return least
    }

    /// The plate of `width` × `height` placed on a grid over the polygon where it has the most
    /// room round it, inside `box` and clear of `taken`; nil where it fits nowhere.
    /// `reach`: how far the pole lies from the edges (to 0.5 pt). No point lies farther inside,
    /// so where that is less than half the plate's height the grid is not searched at all.
    static func roomiest(width: Double, height: Double, in polygon: [[Point]], reach: Double, box: Rect, avoiding taken: [Rect]) -> Rect? {
        guard reach + 0.5 > height / 2, let outer = polygon.first, outer.count >= 4 else { return nil }
        let xs = outer.map(\.x), ys = outer.map(\.y)
        let minX = xs.min()!, maxX = xs.max()!, minY = ys.min()!, maxY = ys.max()!
        guard maxX - minX > width, maxY - minY > height else { return nil }
        // Fine enough to find a gap of the plate's height, at most some 30 × 30 places.
        let step = max(height / 3, max(maxX - minX, maxY - minY) / 30)
        var best: (rect: Rect, room: Double)?
        var y = minY + height / 2
        while y <= maxY - height / 2 {
            var x = minX + width / 2
            while x <= maxX - width / 2 {
                let rect = Rect(x: x - width / 2, y: y - height / 2, width: width, height: height)
                // The plate's middle must lie half its height inside before its edges are tried.
                if box.contains(rect), MapLabelPoint.signedDistance(Point(x: x, y: y), polygon) > height / 2,
                   !taken.contains(where: { $0.intersects(rect) }) {
                    let room = room(rect, polygon)
                    if room > 0, room > best?.room ?? 0 { best = (rect, room) }
                }
                x += step
            }
            y += step
        }
        return best?.rect
    }

    static func area(_ polygons: [[[Point]]]) -> Double {
        polygons.reduce(0) { $0 + abs(MapPaths.area($1.first ?? [])) }
    }
}
