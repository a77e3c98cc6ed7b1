import Foundation
import PraatplaatScene

/// A region's polygons as one path for the scene, and the hatching that marks "no data", both
/// pure geometry so print, SVG and the site draw them alike.
enum MapPaths {
    /// Outer rings one way round and holes the other, so the non-zero fill rule every renderer
    /// uses by default leaves the holes open whatever order the file wrote them in.
    static func path(_ polygons: [[[Point]]]) -> Shape {
        var elements: [PathElement] = []
        for polygon in polygons {
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
