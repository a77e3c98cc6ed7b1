/// The outlines a scene can fill or stroke, in page points.
public enum Shape: Sendable, Hashable, Codable {
    case rect(Rect, cornerRadius: Double)
    case circle(center: Point, radius: Double)
    /// A circular arc, angles in radians clockwise from three o'clock (as on a y-down page).
    case arc(center: Point, radius: Double, startAngle: Double, endAngle: Double)
    case line(from: Point, to: Point)
    case path([PathElement])

    /// The box the outline occupies (for strokes, without the stroke's width).
    public var bounds: Rect {
        switch self {
        case .rect(let r, _): return r
        case .circle(let c, let radius), .arc(let c, let radius, _, _):
            return Rect(x: c.x - radius, y: c.y - radius, width: 2 * radius, height: 2 * radius)
        case .line(let a, let b):
            return Rect(x: min(a.x, b.x), y: min(a.y, b.y), width: abs(a.x - b.x), height: abs(a.y - b.y))
        case .path(let elements):
            let points = elements.flatMap(\.points)
            guard let first = points.first else { return Rect(x: 0, y: 0, width: 0, height: 0) }
            return points.reduce(Rect(x: first.x, y: first.y, width: 0, height: 0)) {
                $0.union(Rect(x: $1.x, y: $1.y, width: 0, height: 0))
            }
        }
    }
}

public enum PathElement: Sendable, Hashable, Codable {
    case move(Point)
    case line(Point)
    case curve(Point, Point, Point)
    case close

    var points: [Point] {
        switch self {
        case .move(let p), .line(let p): [p]
        case .curve(let a, let b, let c): [a, b, c]
        case .close: []
        }
    }
}
