import Foundation

// The regions of a map as plain values: read by PraatplaatData's GeoReader, drawn by the layout.

/// A point of a map in its flat plane: metres east and south of the map's origin (y grows
/// downwards, as on paper).
public struct GeoPoint: Sendable, Hashable {
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
public struct GeoRegion: Sendable, Hashable {
    /// Scalar properties as written in the file (`statcode`: "WK090101"); numbers as text.
    public var properties: [String: String]
    /// Polygons (islands), each an outer ring followed by its holes.
    public var polygons: [[GeoRing]]

    public init(properties: [String: String], polygons: [[GeoRing]]) {
        self.properties = properties
        self.polygons = polygons
    }
}

/// The two coordinate systems Dutch map files come in.
public enum CoordinateSystem: String, Sendable, Hashable {
    /// Rijksdriehoeksmeting (EPSG:28992): metres, already flat; CBS and PDOK publish in it.
    case rdNew = "RD New (EPSG:28992)"
    /// Longitude and latitude in degrees (EPSG:4326, GeoJSON's default).
    case wgs84 = "WGS84 (EPSG:4326)"
}

/// The regions of a map file, flattened into one plane in metres.
public struct GeoShapes: Sendable, Hashable {
    public var regions: [GeoRegion]
    /// The system the file was in.
    public var system: CoordinateSystem
    /// The smallest rectangle around every region, in the plane.
    public var minX: Double, minY: Double, maxX: Double, maxY: Double

    public init(regions: [GeoRegion], system: CoordinateSystem) {
        self.regions = regions
        self.system = system
        let points = regions.lazy.flatMap(\.polygons).flatMap { $0 }.flatMap { $0 }
        minX = points.map(\.x).min() ?? 0
        maxX = points.map(\.x).max() ?? 0
        minY = points.map(\.y).min() ?? 0
        maxY = points.map(\.y).max() ?? 0
    }

    public var width: Double { maxX - minX }
    public var height: Double { maxY - minY }
}
