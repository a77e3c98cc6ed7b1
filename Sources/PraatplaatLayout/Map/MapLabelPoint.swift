import Foundation
import PraatplaatScene

/// Where a region's name goes: the point inside it farthest from its edges (the "pole of
/// inaccessibility"), not its centre of mass, which for a crescent or a region with a lake lies
/// outside it. Found by halving square cells and keeping those that could still hold a farther
/// point, to within `precision`; with the distance, so a label is only set where it fits.
enum MapLabelPoint {
    /// `polygon`: an outer ring and its holes, each closed.
    static func find(in polygon: [[Point]], precision: Double = 0.5) -> (point: Point, distance: Double)? {
        guard let outer = polygon.first, outer.count >= 4 else { return nil }
        let xs = outer.map(\.x), ys = outer.map(\.y)
        let minX = xs.min()!, maxX = xs.max()!, minY = ys.min()!, maxY = ys.max()!
        let size = min(maxX - minX, maxY - minY)
        guard size > 0 else { return (Point(x: minX, y: minY), 0) }

        struct Cell {
            var x: Double, y: Double, half: Double, distance: Double
            /// The farthest any point in the cell could be from an edge.
            var potential: Double { distance + half * 2.squareRoot() }
        }
        func cell(_ x: Double, _ y: Double, _ half: Double) -> Cell {
            Cell(x: x, y: y, half: half, distance: signedDistance(Point(x: x, y: y), polygon))
        }
        // Start from the bounding box's centre and from a cover of cells the size of the shorter side.
        var best = cell((minX + maxX) / 2, (minY + maxY) / 2, 0)
        var queue = Heap<Cell> { $0.potential > $1.potential }
        let half = size / 2
        var x = minX
        while x < maxX {
            var y = minY
            while y < maxY {
                queue.push(cell(x + half, y + half, half))
                y += size
            }
            x += size
        }
        var steps = 0
        while steps < 10_000, let next = queue.pop() {
            steps += 1
            if next.distance > best.distance { best = next }
            // No point in this cell can beat the best by more than the precision asked.
            if next.potential - best.distance <= precision { continue }
            let h = next.half / 2
            for (dx, dy) in [(-h, -h), (h, -h), (-h, h), (h, h)] { queue.push(cell(next.x + dx, next.y + dy, h)) }
        }
        return (Point(x: best.x, y: best.y), best.distance)
    }

    /// Distance from `p` to the polygon's nearest edge: positive inside, negative outside
    /// (inside the outer ring and outside every hole, by the even-odd rule).
    static func signedDistance(_ p: Point, _ polygon: [[Point]]) -> Double {
        var inside = false
        var nearest = Double.infinity
        for ring in polygon {
            for i in 0..<(ring.count - 1) {
                let a = ring[i], b = ring[i + 1]
                if (a.y > p.y) != (b.y > p.y), p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x { inside.toggle() }
                nearest = min(nearest, segmentDistance(p, a, b))
            }
        }
        return inside ? nearest : -nearest
    }

    static func segmentDistance(_ p: Point, _ a: Point, _ b: Point) -> Double {
        let dx = b.x - a.x, dy = b.y - a.y
        let length = dx * dx + dy * dy
        var t = length > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / length : 0
        t = max(0, min(1, t))
        let x = a.x + t * dx - p.x, y = a.y + t * dy - p.y
        return (x * x + y * y).squareRoot()
    }
}

/// A binary heap: the element `first` ranks highest comes out first.
struct Heap<Element> {
    private var items: [Element] = []
    let first: (Element, Element) -> Bool

    init(first: @escaping (Element, Element) -> Bool) { self.first = first }

    mutating func push(_ item: Element) {
        items.append(item)
        var i = items.count - 1
        while i > 0, first(items[i], items[(i - 1) / 2]) {
            items.swapAt(i, (i - 1) / 2)
            i = (i - 1) / 2
        }
    }

    mutating func pop() -> Element? {
        guard !items.isEmpty else { return nil }
        items.swapAt(0, items.count - 1)
        let top = items.removeLast()
        var i = 0
        while true {
            let l = 2 * i + 1, r = l + 1
            var pick = i
            if l < items.count, first(items[l], items[pick]) { pick = l }
            if r < items.count, first(items[r], items[pick]) { pick = r }
            if pick == i { return top }
            items.swapAt(i, pick)
            i = pick
        }
    }
}
