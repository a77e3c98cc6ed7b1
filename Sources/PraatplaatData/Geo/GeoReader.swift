import Foundation
import PraatplaatModel

/// Reads the regions of a map file: GeoJSON (a FeatureCollection, a Feature or a bare
/// geometry) or TopoJSON (a Topology; its arcs shared between neighbouring regions). Polygons and
/// MultiPolygons are kept, with their holes and islands; points and lines are not regions and are
/// left out. The coordinate system is the one the file's `crs` names, else the one its
/// coordinates fit.
public enum GeoReader {
    /// A polygon in the file's own coordinates: rings of positions.
    typealias RawPolygon = [[GeoPoint]]
    struct RawRegion {
        var properties: [String: String]
        var polygons: [RawPolygon]
        /// A Point feature has a position and no polygons.
        var point: GeoPoint? = nil
    }

    /// `object` names the TopoJSON object to read (default: the only one, or the first by name).
    public static func read(_ data: Data, object: String? = nil, limits: GeoLimits = GeoLimits()) throws(GeoError) -> GeoShapes {
        if let tooLarge = tooLarge(bytes: data.count, limits: limits) { throw tooLarge }
        try checkDepth(data, limit: limits.maxDepth)
        let root: Any
        do {
            root = try MapJSON.parse(data)
        } catch {
            throw GeoError("the map file is not JSON: \(error.message) at \(MapJSON.place(of: error.offset, in: data))",
                           hint: "a GeoJSON or TopoJSON file is JSON text; export it again (ogr2ogr -f GeoJSON)")
        }
        guard let top = root as? [String: Any], let type = top["type"] as? String else {
            throw GeoError("the map file has no \"type\"; expected a GeoJSON FeatureCollection or a TopoJSON Topology")
        }
        var budget = PointBudget(limit: limits.maxPoints)
        var regions: [RawRegion] = []
        if type == "Topology" {
            regions = try TopoJSON.regions(top, object: object, budget: &budget)
        } else {
            try collect(top, into: &regions, budget: &budget, path: "")
        }
        guard !regions.isEmpty else {
            throw GeoError("the map file has no Polygon, MultiPolygon or Point features", hint: "a map needs areas (wijken, buurten) or places, not only lines")
        }
        guard regions.count <= limits.maxRegions else { throw GeoError("the map file has \(regions.count) regions; at most \(limits.maxRegions) are drawn") }
        var shapes = try flatten(regions, crs: top["crs"])
        if type == "Topology" { shapes.topologyObjects = ((top["objects"] as? [String: Any])?.keys).map { $0.sorted() } }
        return shapes
    }

    /// The message for a file over the size limit, nil for one within it.
    public static func tooLarge(bytes: Int, limits: GeoLimits) -> GeoError? {
        guard bytes > limits.maxFileBytes else { return nil }
        return GeoError("the map file is \(bytes / 1_048_576) MB; at most \(limits.maxFileBytes / 1_048_576) MB is read",
                        hint: "simplify the shapes first, e.g. ogr2ogr -simplify 2 (metres in RD New)")
    }

    /// Finds every region of a GeoJSON object, with its properties.
    static func collect(_ object: [String: Any], into regions: inout [RawRegion], budget: inout PointBudget, path: String,
                        properties: [String: String] = [:]) throws(GeoError) {
        let type = object["type"] as? String ?? ""
        switch type {
        case "FeatureCollection":
            guard let features = object["features"] as? [Any] else { throw GeoError("\(path)features: a FeatureCollection needs a list of features") }
            for (i, feature) in features.enumerated() {
                guard let feature = feature as? [String: Any] else { throw GeoError("\(path)features[\(i)]: not a feature") }
                try collect(feature, into: &regions, budget: &budget, path: "\(path)features[\(i)].")
            }
        case "Feature":
            guard let geometry = object["geometry"] as? [String: Any] else { return }  // a feature without a shape draws nothing
            try collect(geometry, into: &regions, budget: &budget, path: path + "geometry.", properties: texts(object["properties"]))
        case "GeometryCollection":
            var all = RawRegion(properties: properties, polygons: [])
            var inner: [RawRegion] = []
            for (i, geometry) in ((object["geometries"] as? [Any]) ?? []).enumerated() {
                guard let geometry = geometry as? [String: Any] else { continue }
                try collect(geometry, into: &inner, budget: &budget, path: "\(path)geometries[\(i)].", properties: properties)
            }
            all.polygons = inner.flatMap(\.polygons)
            if !all.polygons.isEmpty { regions.append(all) }
        case "Polygon":
            regions.append(RawRegion(properties: properties, polygons: [try polygon(object["coordinates"], budget: &budget, path: path + "coordinates")]))
        case "MultiPolygon":
            guard let list = object["coordinates"] as? [Any] else { throw GeoError("\(path)coordinates: a MultiPolygon needs a list of polygons") }
            var polygons: [RawPolygon] = []
            for (i, item) in list.enumerated() { polygons.append(try polygon(item, budget: &budget, path: "\(path)coordinates[\(i)]")) }
            regions.append(RawRegion(properties: properties, polygons: polygons))
        case "Point", "MultiPoint":
            // A place for a symbol; a MultiPoint stands at its first point.
            var position = object["coordinates"]
            if type == "MultiPoint" { position = MapJSON.lists(position)?.first }
            guard let (x, y) = position.flatMap(xy) else {
                throw GeoError("\(path)coordinates: a position is [x, y] with two numbers")
            }
            try budget.spend(1)
            regions.append(RawRegion(properties: properties, polygons: [], point: GeoPoint(x: x, y: y)))
        case "LineString", "MultiLineString":
            return
        default:
            throw GeoError("\(path)type: \"\(type)\" is not a GeoJSON type", hint: "expected FeatureCollection, Feature, Polygon or MultiPolygon")
        }
    }

    /// A polygon's rings, each checked: four positions or more, closed, numbers.
    static func polygon(_ value: Any?, budget: inout PointBudget, path: String) throws(GeoError) -> RawPolygon {
        guard let rings = value as? [Any], !rings.isEmpty else { throw GeoError("\(path): a polygon needs at least one ring of positions") }
        var out: RawPolygon = []
        for (r, ring) in rings.enumerated() {
            var points: [GeoPoint] = []
            if let rows = ring as? MapJSON.NumberRows {
                points.reserveCapacity(rows.count)
                for p in 0..<rows.count {
                    let row = rows.row(p)
                    guard rows.width >= 2, row[row.startIndex].isFinite, row[row.startIndex + 1].isFinite else {
                        throw GeoError("\(path)[\(r)][\(p)]: a position is [x, y] with two numbers")
                    }
                    points.append(GeoPoint(x: row[row.startIndex], y: row[row.startIndex + 1]))
                }
            } else {
                guard let positions = ring as? [Any] else { throw GeoError("\(path)[\(r)]: a ring is a list of positions") }
                points.reserveCapacity(positions.count)
                for (p, position) in positions.enumerated() {
                    guard let (x, y) = xy(position) else {
                        throw GeoError("\(path)[\(r)][\(p)]: a position is [x, y] with two numbers")
                    }
                    points.append(GeoPoint(x: x, y: y))
                }
            }
            try budget.spend(points.count)
            try checkRing(points, path: "\(path)[\(r)]")
            out.append(points)
        }
        return out
    }

    static func checkRing(_ points: [GeoPoint], path: String) throws(GeoError) {
        guard points.count >= 4 else { throw GeoError("\(path): a ring needs at least 4 positions (a triangle and its first point again), this one has \(points.count)") }
        guard points.first == points.last else {
            throw GeoError("\(path): the ring is not closed: its last position must be its first again",
                           hint: "repair the file, e.g. ogr2ogr -makevalid")
        }
    }

    /// A position's x and y: a list of two numbers or more (a third, the height, is ignored).
    static func xy(_ value: Any) -> (Double, Double)? {
        if let pair = value as? [Double] {
            guard pair.count >= 2, pair[0].isFinite, pair[1].isFinite else { return nil }
            return (pair[0], pair[1])
        }
        guard let pair = value as? [Any], pair.count >= 2, let x = number(pair[0]), let y = number(pair[1]) else { return nil }
        return (x, y)
    }

    static func number(_ value: Any) -> Double? {
        guard let d = value as? Double else { return nil }
        return d.isFinite ? d : nil
    }

    /// Scalar properties as text: strings as they are, whole numbers without ".0".
    static func texts(_ value: Any?) -> [String: String] {
        guard let object = value as? [String: Any] else { return [:] }
        var out: [String: String] = [:]
        for (key, value) in object {
            if let s = value as? String { out[key] = s }
            else if let b = value as? Bool { out[key] = b ? "true" : "false" }
            else if let d = value as? Double, d.isFinite {
                out[key] = d.rounded() == d && abs(d) < 1e15 ? String(Int64(d)) : String(d)
            }
        }
        return out
    }

    /// The regions in the plane, in the system the file names or its coordinates fit.
    static func flatten(_ regions: [RawRegion], crs: Any?) throws(GeoError) -> GeoShapes {
        var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
        for region in regions {
            for p in region.polygons.joined().joined() + (region.point.map { [$0] } ?? []) {
                minX = min(minX, p.x); maxX = max(maxX, p.x); minY = min(minY, p.y); maxY = max(maxY, p.y)
            }
        }
        let system: CoordinateSystem
        switch CoordinateSystems.named(crs) {
        case .some(.some(let named)):
            // A file that names one system while its numbers are in the other draws a map
            // mirrored or squashed without a word: say it.
            guard CoordinateSystems.fits(named, minX: minX, minY: minY, maxX: maxX, maxY: maxY) else {
                if named == .wgs84, CoordinateSystems.swapped(minX: minX, minY: minY, maxX: maxX, maxY: maxY) { throw swappedError(minX, minY, maxX, maxY) }
                let n = CoordinateSystems.written
                throw GeoError("the map file's crs says \(named.rawValue), but its coordinates (x from \(n(minX)) to \(n(maxX)), y from \(n(minY)) to \(n(maxY))) do not fit it",
                               hint: "convert the file again, e.g. ogr2ogr -t_srs EPSG:28992 -f GeoJSON wijken.geojson INPUT")
            }
            system = named
        case .some(.none):
            throw GeoError("the map file's crs is not RD New (EPSG:28992) or WGS84 (EPSG:4326)",
                           hint: "convert it: ogr2ogr -t_srs EPSG:28992 -f GeoJSON wijken.geojson INPUT")
        case .none:
            if CoordinateSystems.swapped(minX: minX, minY: minY, maxX: maxX, maxY: maxY) { throw swappedError(minX, minY, maxX, maxY) }
            guard let guessed = CoordinateSystems.guess(minX: minX, minY: minY, maxX: maxX, maxY: maxY) else {
                let n = CoordinateSystems.written
                throw GeoError("the coordinates (x from \(n(minX)) to \(n(maxX)), y from \(n(minY)) to \(n(maxY))) fit neither RD New (x 0 to 300,000 m, y 289,000 to 629,000 m) nor WGS84 (longitude and latitude in degrees)",
                               hint: "convert the file to one of them: ogr2ogr -t_srs EPSG:28992 -f GeoJSON wijken.geojson INPUT")
            }
            system = guessed
        }
        let project = CoordinateSystems.projection(system, middleLatitude: (minY + maxY) / 2)
        let flat = regions.filter { $0.point == nil }.map { region in
            GeoRegion(properties: region.properties, polygons: region.polygons.map { $0.map { $0.map { project($0.x, $0.y) } } })
        }
        let places = regions.compactMap { raw in raw.point.map { GeoPlace(properties: raw.properties, point: project($0.x, $0.y)) } }
        return GeoShapes(regions: flat, places: places, system: system)
    }

    /// Longitude and latitude the wrong way round, said as such, with the ranges found.
    static func swappedError(_ minX: Double, _ minY: Double, _ maxX: Double, _ maxY: Double) -> GeoError {
        let n = CoordinateSystems.written
        return GeoError("longitude and latitude look swapped: the first coordinate runs from \(n(minX)) to \(n(maxX)), a latitude in the Netherlands, and the second from \(n(minY)) to \(n(maxY)), a longitude; GeoJSON writes longitude first",
                        hint: "export the file again with longitude first, e.g. ogr2ogr -f GeoJSON -t_srs EPSG:28992 wijken.geojson ORIGINAL from the file it came from")
    }

    /// Refuses nesting deeper than `limit` before the parser sees it (a file of a million `[`
    /// would otherwise take the parser's stack).
    static func checkDepth(_ data: Data, limit: Int) throws(GeoError) {
        let deepest = data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Bool in
            var depth = 0, inString = false, escaped = false
            for byte in bytes {
                if inString {
                    if escaped { escaped = false } else if byte == 0x5C { escaped = true } else if byte == 0x22 { inString = false }
                    continue
                }
                switch byte {
                case 0x22: inString = true
                case 0x5B, 0x7B:
                    depth += 1
                    if depth > limit { return true }
                case 0x5D, 0x7D: depth -= 1
                default: break
                }
            }
            return false
        }
        if deepest { throw GeoError("the map file nests lists deeper than \(limit) levels; GeoJSON needs about 8") }
    }
}

/// Counts the positions read, so a huge file ends in a message, not in all the memory.
struct PointBudget {
    let limit: Int
    var used = 0

    mutating func spend(_ n: Int) throws(GeoError) {
        used += n
        if used > limit { throw GeoError("the map file has more than \(limit) positions", hint: "simplify the shapes first, e.g. ogr2ogr -simplify 2") }
    }
}
