import Foundation
import PraatplaatModel
import PraatplaatData

/// One fuzz input through the map reader (`FUZZ_TARGET=geo`): GeoJSON or TopoJSON bytes. What it
/// reads must hold its promises: closed rings of finite points, inside the bounds it reports.
enum GeoFuzz {
    static func run(_ data: Data) {
        guard let shapes = try? GeoReader.read(data) else { return }
        for region in shapes.regions {
            for polygon in region.polygons {
                for ring in polygon {
                    precondition(ring.count >= 4 && ring.first == ring.last, "an open ring was read")
                    for p in ring {
                        precondition(p.x.isFinite && p.y.isFinite, "a point that is not finite")
                        precondition(p.x >= shapes.minX && p.x <= shapes.maxX && p.y >= shapes.minY && p.y <= shapes.maxY, "a point outside the bounds")
                    }
                }
            }
        }
    }
}
