import Foundation
import PraatplaatScene

/// A region's polygons as one path for the scene, and the hatching that marks "no data", both
/// pure geometry so print, SVG and the site draw them alike.
enum MapPaths {
    /// Outer rings one way round and holes the other, so the non-zero fill rule every renderer
    /// uses by default leaves the holes open whatever order the file wrote them in.
    static func path(_ polygons: [[[Point]]]) -> Shape { path(regions: [polygons]) }

    /// Several regions as one path: regions do not overlap, so one fill paints them all.
    static func path(regions: [[[[Point]]]]) -> Shape {
        var elements: [PathElement] = []
        for polygon in regions.joined() {
            for (i, ring) in polygon.enumerated() where ring.count >= 4 {
                let clockwise = area(ring) > 0
                let wanted = i == 0
                let points = clockwise == wanted ? ring : ring.reversed()
                elements.append(.move(points[0]))
                for p in points.dropFirst().dropLast() { elements.append(.line(p)) }
                elements.append(.close)
            }
        }
        return .path(elements)
    }

    /// The borders of the regions as lines, each border two regions share drawn once: runs of
    /// ring edges not drawn before, a closed ring where none of its edges was.
    static func borders(_ regions: [[[[Point]]]]) -> Shape {
        struct Edge: Hashable { let ax, ay, bx, by: Double }
        func edge(_ a: Point, _ b: Point) -> Edge {
            (a.x, a.y) < (b.x, b.y) ? Edge(ax: a.x, ay: a.y, bx: b.x, by: b.y) : Edge(ax: b.x, ay: b.y, bx: a.x, by: a.y)
        }
        var drawn = Set<Edge>()
        drawn.reserveCapacity(regions.joined().joined().reduce(0) { $0 + $1.count })
        var elements: [PathElement] = []
        for ring in regions.joined().joined() where ring.count >= 4 {
            var fresh = (0..<(ring.count - 1)).map { drawn.insert(edge(ring[$0], ring[$0 + 1])).inserted }
            if fresh.allSatisfy({ $0 }) {
                elements.append(.move(ring[0]))
                for p in ring.dropFirst().dropLast() { elements.append(.line(p)) }
                elements.append(.close)
                continue
            }
            // Start after an edge already drawn, so a run that wraps round the ring's start stays one line.
            let start = fresh.firstIndex(of: false)! + 1
            var open = false
            for step in 0..<fresh.count {
                let i = (start + step) % fresh.count
                if fresh[i] {
                    if !open { elements.append(.move(ring[i])); open = true }
                    elements.append(.line(ring[i + 1]))
                } else {
                    open = false
                }
            }
            fresh.removeAll()
        }
        return .path(elements)
    }

    /// Twice the signed area (shoelace); positive for a ring that turns clockwise on a y-down page.
    static func area(_ ring: [Point]) -> Double {
        guard ring.count >= 2 else { return 0 }
        var sum = 0.0
        for i in 0..<(ring.count - 1) { sum += ring[i].x * ring[i + 1].y - ring[i + 1].x * ring[i].y }
        return sum
    }

    /// Diagonal lines `spacing` apart across the polygons, cut to their inside (holes left out):
    /// the segments where each line lies within an odd number of rings.
    static func hatch(_ polygons: [[[Point]]], spacing: Double) -> [(Point, Point)] {
        let rings = polygons.flatMap { $0 }.filter { $0.count >= 2 }
        guard spacing > 0, !rings.isEmpty else { return [] }
        let k = 1 / 2.squareRoot()
        // u runs along the hatching, v across it.
        func uv(_ p: Point) -> (u: Double, v: Double) { ((p.x + p.y) * k, (p.x - p.y) * k) }
        let all = rings.flatMap { $0 }.map(uv)
        guard let vMin = all.map(\.v).min(), let vMax = all.map(\.v).max() else { return [] }
        var segments: [(Point, Point)] = []
        var v = (vMin / spacing).rounded(.down) * spacing + spacing / 2
        while v < vMax {
            var crossings: [Double] = []
            for ring in rings {
                for i in 0..<(ring.count - 1) {
                    let a = uv(ring[i]), b = uv(ring[i + 1])
                    if (a.v > v) != (b.v > v) { crossings.append(a.u + (v - a.v) / (b.v - a.v) * (b.u - a.u)) }
                }
            }
            crossings.sort()
            var i = 0
            while i + 1 < crossings.count {
                let (u0, u1) = (crossings[i], crossings[i + 1])
                segments.append((Point(x: (u0 + v) * k, y: (u0 - v) * k), Point(x: (u1 + v) * k, y: (u1 - v) * k)))
                i += 2
            }
            v += spacing
        }
        return segments
    }
}
