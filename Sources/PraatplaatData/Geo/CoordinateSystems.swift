import Foundation
import PraatplaatModel

/// Which system a file's coordinates are in, and how each becomes a point of the flat map.
enum CoordinateSystems {
    /// What the file's `crs` member names, if it names one of ours.
    static func named(_ crs: Any?) -> CoordinateSystem?? {
        guard let crs = crs as? [String: Any] else { return .none }
        let name = ((crs["properties"] as? [String: Any])?["name"] as? String ?? "").uppercased()
        if name.contains("28992") { return .some(.rdNew) }
        if name.contains("4326") || name.contains("CRS84") { return .some(.wgs84) }
        // Named, but not a system we read.
        return .some(nil)
    }

    /// RD New covers the Netherlands with x from about 0 to 300 km and y from 289 to 629 km;
    /// longitude and latitude stay within ±180 and ±90 degrees.
    static func guess(minX: Double, minY: Double, maxX: Double, maxY: Double) -> CoordinateSystem? {
        [.rdNew, .wgs84].first { fits($0, minX: minX, minY: minY, maxX: maxX, maxY: maxY) }
    }

    /// Whether coordinates can be in `system`. Longitude and latitude swapped (a common export
    /// slip) put the Netherlands at 52° east and 5° north: refused as well when the map lies
    /// there, as Dutch wijken do not.
    static func fits(_ system: CoordinateSystem, minX: Double, minY: Double, maxX: Double, maxY: Double) -> Bool {
        switch system {
        case .rdNew: return minX >= -7_000 && maxX <= 300_000 && minY >= 289_000 && maxY <= 629_000
        case .wgs84:
            guard minX >= -180, maxX <= 180, minY >= -90, maxY <= 90 else { return false }
            return !swapped(minX: minX, minY: minY, maxX: maxX, maxY: maxY)
        }
    }

    /// Longitude and latitude swapped: x where Dutch latitudes lie and y where its longitudes do.
    static func swapped(minX: Double, minY: Double, maxX: Double, maxY: Double) -> Bool {
        minX >= 50 && maxX <= 54 && minY >= 3 && maxY <= 8
    }

    /// A coordinate for a message: degrees with two decimals ("51.87"), metres whole.
    static func written(_ v: Double) -> String {
        String(format: abs(v) < 1_000 ? "%.2f" : abs(v) < 1e9 ? "%.0f" : "%g", v)
    }

    /// A function from the file's coordinates to the plane: RD New as it is with y flipped;
    /// longitude and latitude projected for the map's middle latitude (equirectangular), so
    /// shapes at 52° north keep their proportions.
    static func projection(_ system: CoordinateSystem, middleLatitude: Double) -> (Double, Double) -> GeoPoint {
        switch system {
        case .rdNew:
            return { x, y in GeoPoint(x: x, y: -y) }
        case .wgs84:
            let radius = 6_371_000.0, degree = Double.pi / 180
            let stretch = cos(middleLatitude * degree)
            return { lon, lat in GeoPoint(x: radius * lon * degree * stretch, y: -radius * lat * degree) }
        }
    }
}
