import PraatplaatModel
import PraatplaatScene

/// A map's regions placed in a box on the page: scaled alike in both directions to the largest
/// size that fits, at the box's left edge (where the heading and the text start) and centred
/// from top to bottom, and simplified for that size.
struct MapFrame {
    let scale: Double
    let origin: Point
    let offset: Point
    /// The size the map takes in the box.
    let size: Size

    /// The frame that fits `shapes` into `box`.
    init(_ shapes: GeoShapes, in box: Rect) {
        let width = max(shapes.width, 1e-9), height = max(shapes.height, 1e-9)
        scale = min(box.width / width, box.height / height)
        origin = Point(x: shapes.minX, y: shapes.minY)
        offset = Point(x: box.minX, y: box.minY + (box.height - height * scale) / 2)
        size = Size(width: width * scale, height: height * scale)
    }

    /// The size the map takes at `width` points wide, keeping its proportions.
    static func height(of shapes: GeoShapes, width: Double) -> Double {
        shapes.width > 0 ? width * shapes.height / shapes.width : width
    }

    func place(_ p: GeoPoint) -> Point {
        Point(x: offset.x + (p.x - origin.x) * scale, y: offset.y + (p.y - origin.y) * scale)
    }

    /// Every region's polygons on the page, simplified for the paper; a ring too small to see
    /// is left out, an island with it.
    func regions(_ shapes: GeoShapes) -> [[[[Point]]]] {
        shapes.regions.map { region in
            region.polygons.compactMap { polygon -> [[Point]]? in
                // Without its outer ring a polygon's holes mean nothing.
                guard let first = polygon.first, let outer = MapSimplify.ring(first.map(place)) else { return nil }
                return [outer] + polygon.dropFirst().compactMap { MapSimplify.ring($0.map(place)) }
            }
        }
    }
}
