import Foundation
import PraatplaatModel

/// TopoJSON: regions whose rings are made of shared arcs (a border between two wijken is
/// stored once), optionally quantized (whole numbers, each a step from the one before, scaled
/// and moved by `transform`).
enum TopoJSON {
    static func regions(_ top: [String: Any], object name: String?, budget: inout PointBudget) throws(GeoError) -> [GeoReader.RawRegion] {
        guard let objects = top["objects"] as? [String: Any], !objects.isEmpty else {
            throw GeoError("objects: a TopoJSON Topology needs at least one object")
        }
        let chosen: String
        if let name {
            guard objects[name] != nil else {
                throw GeoError("objects: the file has no object \"\(name)\"", hint: "its objects are: " + objects.keys.sorted().joined(separator: ", "))
            }
            chosen = name
        } else {
            chosen = objects.keys.sorted()[0]
        }
        let arcs = try decodeArcs(top["arcs"], transform: top["transform"], budget: &budget)
        guard let object = objects[chosen] as? [String: Any] else { throw GeoError("objects.\(chosen): not an object") }
        let geometries: [Any] = (object["type"] as? String) == "GeometryCollection" ? (object["geometries"] as? [Any] ?? []) : [object]
        var regions: [GeoReader.RawRegion] = []
        for (i, geometry) in geometries.enumerated() {
            guard let geometry = geometry as? [String: Any] else { continue }
            let path = "objects.\(chosen).geometries[\(i)]"
            let properties = GeoReader.texts(geometry["properties"])
            switch geometry["type"] as? String ?? "" {
            case "Polygon":
                regions.append(.init(properties: properties, polygons: [try polygon(geometry["arcs"], arcs: arcs, path: path + ".arcs")]))
            case "MultiPolygon":
                guard let list = geometry["arcs"] as? [Any] else { throw GeoError("\(path).arcs: a MultiPolygon needs a list of polygons") }
                var polygons: [GeoReader.RawPolygon] = []
                for (p, item) in list.enumerated() { polygons.append(try polygon(item, arcs: arcs, path: "\(path).arcs[\(p)]")) }
                regions.append(.init(properties: properties, polygons: polygons))
            default:
                continue
            }
        }
        return regions
    }

    /// Every arc as positions in the file's coordinates.
    static func decodeArcs(_ value: Any?, transform: Any?, budget: inout PointBudget) throws(GeoError) -> [[GeoPoint]] {
        guard let list = value as? [Any] else { throw GeoError("arcs: a TopoJSON Topology needs a list of arcs") }
        var scale = [1.0, 1.0], translate = [0.0, 0.0], quantized = false
        if let transform = transform as? [String: Any] {
            guard let s = transform["scale"] as? [Any], let t = transform["translate"] as? [Any], s.count == 2, t.count == 2,
                  let sx = GeoReader.number(s[0]), let sy = GeoReader.number(s[1]), let tx = GeoReader.number(t[0]), let ty = GeoReader.number(t[1]) else {
                throw GeoError("transform: needs scale [x, y] and translate [x, y]")
            }
            scale = [sx, sy]; translate = [tx, ty]; quantized = true
        }
        var arcs: [[GeoPoint]] = []
        arcs.reserveCapacity(list.count)
        for (a, arc) in list.enumerated() {
            // Positions as the reader gives them: flat rows, or lists of any shape.
            let rows = arc as? MapJSON.NumberRows
            let positions = rows == nil ? arc as? [Any] : nil
            let count = rows?.count ?? positions?.count ?? 0
            guard count >= 2 else { throw GeoError("arcs[\(a)]: an arc needs at least two positions") }
            try budget.spend(count)
            var x = 0.0, y = 0.0
            var points: [GeoPoint] = []
            points.reserveCapacity(count)
            for p in 0..<count {
                let pair: (Double, Double)?
                if let rows {
                    let row = rows.row(p)
                    pair = rows.width >= 2 && row[row.startIndex].isFinite && row[row.startIndex + 1].isFinite ? (row[row.startIndex], row[row.startIndex + 1]) : nil
                } else {
                    pair = GeoReader.xy(positions![p])
                }
                guard let (px, py) = pair else {
                    throw GeoError("arcs[\(a)][\(p)]: a position is [x, y] with two numbers")
                }
                if quantized { x += px; y += py } else { x = px; y = py }
                let point = quantized ? GeoPoint(x: x * scale[0] + translate[0], y: y * scale[1] + translate[1]) : GeoPoint(x: x, y: y)
                guard point.x.isFinite, point.y.isFinite else { throw GeoError("arcs[\(a)][\(p)]: the position is out of range") }
                points.append(point)
            }
            arcs.append(points)
        }
        return arcs
    }

    /// Rings of arc numbers (~i, that is -i-1, is arc i backwards) joined into closed rings.
    static func polygon(_ value: Any?, arcs: [[GeoPoint]], path: String) throws(GeoError) -> GeoReader.RawPolygon {
        // Rings of arc numbers of one length come from the reader as rows.
        let rings: [Any]? = (value as? MapJSON.NumberRows).map { $0.lists as [Any] } ?? value as? [Any]
        guard let rings, !rings.isEmpty else { throw GeoError("\(path): a polygon needs at least one ring of arcs") }
        var out: GeoReader.RawPolygon = []
        for (r, ring) in rings.enumerated() {
            guard let indexes = ring as? [Any], !indexes.isEmpty else { throw GeoError("\(path)[\(r)]: a ring is a list of arc numbers") }
            var points: [GeoPoint] = []
            for (k, item) in indexes.enumerated() {
                guard let n = GeoReader.number(item), n.rounded() == n, abs(n) < Double(Int32.max) else {
                    throw GeoError("\(path)[\(r)][\(k)]: an arc number is a whole number")
                }
                let index = Int(n)
                let arcIndex = index >= 0 ? index : -index - 1
                guard arcIndex < arcs.count else { throw GeoError("\(path)[\(r)][\(k)]: there is no arc \(arcIndex); the file has \(arcs.count)") }
                var arc = arcs[arcIndex]
                if index < 0 { arc.reverse() }
                // Each arc starts where the one before ended.
                points += points.isEmpty ? arc : Array(arc.dropFirst())
            }
            try GeoReader.checkRing(points, path: "\(path)[\(r)]")
            out.append(points)
        }
        return out
    }
}
