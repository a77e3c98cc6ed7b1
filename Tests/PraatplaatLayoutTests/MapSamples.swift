import PraatplaatModel

/// Made-up wijken for the map tests: four squares of a kilometre in RD New, Noord with a pond
/// (a hole) and Oost with an island, neighbours sharing their borders.
enum MapSamples {
    static func square(_ x: Double, _ y: Double, _ side: Double) -> GeoRing {
        [GeoPoint(x: x, y: y), GeoPoint(x: x + side, y: y), GeoPoint(x: x + side, y: y + side), GeoPoint(x: x, y: y + side), GeoPoint(x: x, y: y)]
    }

    static let wijken = GeoShapes(regions: [
        GeoRegion(properties: ["statcode": "WK999901", "statnaam": "Noord"], polygons: [[square(0, 0, 1000), Array(square(300, 300, 200).reversed())]]),
        GeoRegion(properties: ["statcode": "WK999902", "statnaam": "Oost"], polygons: [[square(1000, 0, 1000)], [square(2100, 200, 150)]]),
        GeoRegion(properties: ["statcode": "WK999903", "statnaam": "Zuid"], polygons: [[square(0, 1000, 1000)]]),
        GeoRegion(properties: ["statcode": "WK999904", "statnaam": "West"], polygons: [[square(1000, 1000, 1000)]]),
    ], system: .rdNew)

    static func section(values: [(String, DataCell)] = [("Noord", DataCell(.percent(24))), ("Oost", DataCell(.percent(15))), ("West", DataCell(.percent(8)))],
                        show: MapStyle = .colours, highlight: String? = "Noord") -> MapSection {
        MapSection(title: "Bereik per wijk", shapes: "wijken.geojson", regions: wijken, join: "statnaam", values: values.map { MapValue(region: $0.0, cell: $0.1) },
                   unit: "%", show: show, classes: .rounded, count: 3, highlight: highlight, note: "Kaart: verzonnen.")
    }
}
