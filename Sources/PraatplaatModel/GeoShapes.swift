import Foundation

// The regions of a map as plain values: read by PraatplaatData's GeoReader, drawn by the layout.

/// A point of a map in its flat plane: metres east and south of the map's origin (y grows
/// downwards, as on paper).
public struct GeoPoint: Sendable, Hashable, Codable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// One closed ring: its first point again at its end.
public typealias GeoRing = [GeoPoint]

/// One region of a map (a wijk, a buurt): its properties as text and its shape.
public struct GeoRegion: Sendable, Hashable, Codable {
    /// Scalar properties as written in the file (`statcode`: "WK090101"); numbers as text.
    public var properties: [String: String]
    /// Polygons (islands), each an outer ring followed by its holes.
    public var polygons: [[GeoRing]]

    public init(properties: [String: String], polygons: [[GeoRing]]) {
        self.properties = properties
        self.polygons = polygons
    }
}

/// A place on a map (a school, a playground): its properties and where it is.
public struct GeoPlace: Sendable, Hashable, Codable {
    public var properties: [String: String]
    public var point: GeoPoint

    public init(properties: [String: String], point: GeoPoint) {
        self.properties = properties
        self.point = point
    }
}

/// The two coordinate systems Dutch map files come in.
public enum CoordinateSystem: String, Sendable, Hashable, Codable {
    /// Rijksdriehoeksmeting (EPSG:28992): metres, already flat; CBS and PDOK publish in it.
    case rdNew = "RD New (EPSG:28992)"
    /// Longitude and latitude in degrees (EPSG:4326, GeoJSON's default).
    case wgs84 = "WGS84 (EPSG:4326)"
}

/// The regions of a map file, flattened into one plane in metres.
public struct GeoShapes: Sendable, Hashable, Codable {
    public var regions: [GeoRegion]
    /// The file's Point features (a MultiPoint counts as its first point).
    public var places: [GeoPlace]
    /// The system the file was in.
    public var system: CoordinateSystem
    /// The smallest rectangle around every region, in the plane.
    public var minX: Double, minY: Double, maxX: Double, maxY: Double
    /// A TopoJSON file's objects by name; nil for GeoJSON, which has no objects to choose from.
    public var topologyObjects: [String]?

    public init(regions: [GeoRegion], places: [GeoPlace] = [], system: CoordinateSystem, topologyObjects: [String]? = nil) {
        self.regions = regions
        self.places = places
        self.system = system
        self.topologyObjects = topologyObjects
        var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
        func take(_ p: GeoPoint) {
            minX = Swift.min(minX, p.x); maxX = Swift.max(maxX, p.x); minY = Swift.min(minY, p.y); maxY = Swift.max(maxY, p.y)
        }
        for region in regions { for polygon in region.polygons { for ring in polygon { ring.forEach(take) } } }
        places.map(\.point).forEach(take)
        if minX > maxX { (minX, minY, maxX, maxY) = (0, 0, 0, 0) }
        (self.minX, self.minY, self.maxX, self.maxY) = (minX, minY, maxX, maxY)
    }

    public var width: Double { maxX - minX }
    public var height: Double { maxY - minY }
}
