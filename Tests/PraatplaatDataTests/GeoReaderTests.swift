import Foundation
import PraatplaatModel
@testable import PraatplaatData
import Testing

/// Map files: GeoJSON and TopoJSON, in RD New and WGS84, and what a damaged file gets.
struct GeoReaderTests {
    /// Two invented wijken near Utrecht in RD New (made up for the tests): Centrum, a square
    /// with a hole (a park), and Oeverland, a square and an island.
    static let rdWijken: [(name: String, polygons: [[[[Double]]]])] = [
        ("Centrum", [[square(140_000, 455_000, 1_000), square(140_300, 455_300, 200).reversed()]]),
        ("Oeverland", [[square(141_000, 455_000, 800)], [square(142_000, 455_200, 150)]]),
    ]

    static func square(_ x: Double, _ y: Double, _ side: Double) -> [[Double]] {
        [[x, y], [x + side, y], [x + side, y + side], [x, y + side], [x, y]]
    }

    static func geoJSON(_ wijken: [(name: String, polygons: [[[[Double]]]])], crs: String? = nil, convert: ([Double]) -> [Double] = { $0 }) -> Data {
        let features = wijken.enumerated().map { i, wijk -> [String: Any] in
            let polygons = wijk.polygons.map { $0.map { $0.map(convert) } }
            let geometry: [String: Any] = polygons.count == 1 ? ["type": "Polygon", "coordinates": polygons[0]] : ["type": "MultiPolygon", "coordinates": polygons]
            return ["type": "Feature", "properties": ["statnaam": wijk.name, "statcode": "WK09990\(i)", "inwoners": 4200 + i, "aandachtswijk": i == 0],
                    "geometry": geometry]
        }
        var root: [String: Any] = ["type": "FeatureCollection", "features": features]
        if let crs { root["crs"] = ["type": "name", "properties": ["name": crs]] }
        return try! JSONSerialization.data(withJSONObject: root)
    }

    /// RD New to WGS84 by the published approximation (Schreutelaar et al.), good to about a
    /// metre: enough to make a WGS84 file of the same shapes.
    static func wgs84(_ p: [Double]) -> [Double] {
        let dX = (p[0] - 155_000) * 1e-5, dY = (p[1] - 463_000) * 1e-5
        let n = 3235.65389 * dY - 32.58297 * dX * dX - 0.2475 * dY * dY - 0.84978 * dX * dX * dY - 0.0655 * pow(dY, 3)
            - 0.01709 * dX * dX * dY * dY - 0.00738 * dX + 0.0053 * pow(dX, 4) - 0.00039 * dX * dX * pow(dY, 3)
            + 0.00033 * pow(dX, 4) * dY - 0.00012 * dX * dY
        let e = 5260.52916 * dX + 105.94684 * dX * dY + 2.45656 * dX * dY * dY - 0.81885 * pow(dX, 3) + 0.05594 * dX * pow(dY, 3)
            - 0.05607 * pow(dX, 3) * dY + 0.01199 * dY - 0.00256 * pow(dX, 3) * dY * dY + 0.00128 * dX * pow(dY, 4)
            + 0.00022 * dY * dY - 0.00022 * dX * dX + 0.00026 * pow(dX, 5)
        return [5.38720621 + e / 3600, 52.15517440 + n / 3600]
    }

    @Test func readsRDNewWithHolesAndIslands() throws {
        let shapes = try GeoReader.read(Self.geoJSON(Self.rdWijken))
        #expect(shapes.system == .rdNew)
        #expect(shapes.regions.map { $0.properties["statnaam"] } == ["Centrum", "Oeverland"])
        #expect(shapes.regions[0].properties["inwoners"] == "4200")
        #expect(shapes.regions[0].properties["aandachtswijk"] == "true")
        #expect(shapes.regions[0].polygons.count == 1 && shapes.regions[0].polygons[0].count == 2)
        #expect(shapes.regions[1].polygons.count == 2)
        // Flat already: metres as they are, north up (y flipped).
        #expect(shapes.minX == 140_000 && shapes.maxX == 142_150)
        #expect(shapes.minY == -456_000 && shapes.maxY == -455_000)
        #expect(shapes.regions[0].polygons[0][0][0] == GeoPoint(x: 140_000, y: -455_000))
    }

    @Test func wgs84GivesTheSameShapesAsRDNew() throws {
        let rd = try GeoReader.read(Self.geoJSON(Self.rdWijken))
        let wgs = try GeoReader.read(Self.geoJSON(Self.rdWijken, convert: Self.wgs84))
        #expect(wgs.system == .wgs84)
        // Same proportions: the map is as wide for its height in both.
        #expect(abs(wgs.width / wgs.height - rd.width / rd.height) < 0.01 * rd.width / rd.height)
        // Point by point, in the map's own size: within half a per cent of its width.
        func normalised(_ s: GeoShapes) -> [GeoPoint] {
            s.regions.flatMap(\.polygons).flatMap { $0 }.flatMap { $0 }.map { GeoPoint(x: ($0.x - s.minX) / s.width, y: ($0.y - s.minY) / s.width) }
        }
        for (a, b) in zip(normalised(rd), normalised(wgs)) {
            #expect(abs(a.x - b.x) < 0.005 && abs(a.y - b.y) < 0.005, "\(a) against \(b)")
        }
    }

    @Test func theCRSMemberDecides() throws {
        #expect(try GeoReader.read(Self.geoJSON(Self.rdWijken, crs: "urn:ogc:def:crs:EPSG::28992")).system == .rdNew)
        #expect(try GeoReader.read(Self.geoJSON(Self.rdWijken, crs: "urn:ogc:def:crs:OGC:1.3:CRS84", convert: Self.wgs84)).system == .wgs84)
        #expect(throws: GeoError.self) { try GeoReader.read(Self.geoJSON(Self.rdWijken, crs: "EPSG:3857")) }
        do {
            _ = try GeoReader.read(Self.geoJSON(Self.rdWijken, crs: "EPSG:3857"))
        } catch {
            #expect(error.message.contains("not RD New (EPSG:28992) or WGS84"))
            #expect(error.hint?.contains("ogr2ogr -t_srs EPSG:28992") == true)
        }
    }

    @Test func coordinatesThatFitNeitherSystemAreNamed() {
        let data = Self.geoJSON([("Ver weg", [[Self.square(600_000, 5_000_000, 100)]])])
        #expect { try GeoReader.read(data) } throws: { error in
            let e = error as! GeoError
            return e.message.contains("fit neither RD New") && e.message.contains("600000")
        }
    }

    @Test func topoJSONSharesItsBorders() throws {
        // Two squares side by side; the border between them is arc 1, walked one way by each.
        let topology: [String: Any] = [
            "type": "Topology",
            "transform": ["scale": [1, 1], "translate": [140_000, 455_000]],
            "arcs": [
                [[1000, 0], [-1000, 0], [0, 1000], [1000, 0]],          // Centrum's west, south and north sides
                [[1000, 0], [0, 1000]],                                  // the shared border, south to north
                [[1000, 1000], [1000, 0], [0, -1000], [-1000, 0]],       // Oeverland's north, east and south sides
            ],
            "objects": ["wijken": ["type": "GeometryCollection", "geometries": [
                ["type": "Polygon", "arcs": [[0, -2]], "properties": ["statnaam": "Centrum"]],
                ["type": "Polygon", "arcs": [[2, 1]], "properties": ["statnaam": "Oeverland"]],
                ["type": "Point", "coordinates": [0, 0]],
            ]]],
        ]
        let shapes = try GeoReader.read(try JSONSerialization.data(withJSONObject: topology))
        #expect(shapes.system == .rdNew)
        #expect(shapes.regions.map { $0.properties["statnaam"] } == ["Centrum", "Oeverland"])
        let centrum = Set(shapes.regions[0].polygons[0][0]), oeverland = Set(shapes.regions[1].polygons[0][0])
        #expect(centrum.intersection(oeverland) == [GeoPoint(x: 141_000, y: -455_000), GeoPoint(x: 141_000, y: -456_000)])
        #expect(shapes.minX == 140_000 && shapes.maxX == 142_000)
        #expect { try GeoReader.read(try JSONSerialization.data(withJSONObject: topology), object: "buurten") } throws: { error in
            (error as! GeoError).hint == "its objects are: wijken"
        }
    }

    @Test(arguments: [
        ("{", "not JSON"),
        ("[]", "has no \"type\""),
        ("{\"type\": \"Kaart\"}", "\"Kaart\" is not a GeoJSON type"),
        ("{\"type\": \"FeatureCollection\", \"features\": []}", "no Polygon, MultiPolygon or Point features"),
        ("{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"geometry\": {\"type\": \"LineString\", \"coordinates\": [[5, 52], [6, 52]]}}]}", "no Polygon, MultiPolygon or Point features"),
        ("{\"type\": \"Point\", \"coordinates\": [5]}", "coordinates: a position is [x, y]"),
        ("{\"type\": \"Polygon\", \"coordinates\": [[[5, 52], [6, 52], [6, 53], [5, 53]]]}", "coordinates[0]: the ring is not closed"),
        ("{\"type\": \"Polygon\", \"coordinates\": [[[5, 52], [6, 52], [5, 52]]]}", "at least 4 positions"),
        ("{\"type\": \"Polygon\", \"coordinates\": [[[5, 52], [6, \"x\"], [6, 53], [5, 52]]]}", "coordinates[0][1]: a position is [x, y]"),
        ("{\"type\": \"Polygon\", \"coordinates\": [[[5, 52], [true, 52], [6, 53], [5, 52]]]}", "a position is [x, y]"),
        ("{\"type\": \"Polygon\", \"coordinates\": [[[1e308, 52], [1e308, 53], [-1e308, 53], [1e308, 52]]]}", "fit neither"),
        ("{\"type\": \"Topology\", \"objects\": {\"w\": {\"type\": \"Polygon\", \"arcs\": [[7]]}}, \"arcs\": [[[0, 0], [1, 1]]]}", "there is no arc 7"),
    ])
    func damagedFilesGetAMessage(_ text: String, _ expected: String) {
        #expect { try GeoReader.read(Data(text.utf8)) } throws: { error in
            (error as! GeoError).description.contains(expected) ? true : { Issue.record("\((error as! GeoError).description)"); return false }()
        }
    }

    @Test func deepNestingAndHugeFilesEndInAMessage() {
        let deep = Data(("{\"type\": \"Polygon\", \"coordinates\": " + String(repeating: "[", count: 100_000)).utf8)
        #expect { try GeoReader.read(deep) } throws: { ($0 as! GeoError).message.contains("nests lists deeper than 32") }
        var limits = GeoLimits()
        limits.maxPoints = 9
        #expect { try GeoReader.read(Self.geoJSON(Self.rdWijken), limits: limits) } throws: { ($0 as! GeoError).message.contains("more than 9 positions") }
        limits = GeoLimits()
        limits.maxFileBytes = 100
        #expect { try GeoReader.read(Self.geoJSON(Self.rdWijken), limits: limits) } throws: { ($0 as! GeoError).message.contains("at most") }
    }

    /// 342 regions of 400 points each (a generated buurtkaart, about 10 MB of GeoJSON) read whole.
    @Test func aGeneratedBuurtkaartReads() throws {
        var features: [String] = []
        for i in 0..<342 {
            let x0 = 120_000 + Double(i % 19) * 2_000, y0 = 440_000 + Double(i / 19) * 2_000
            var ring: [String] = []
            for k in 0..<400 {
                let a = Double(k) / 400 * 2 * .pi
                ring.append(String(format: "[%.3f,%.3f]", x0 + 1_000 + 900 * cos(a), y0 + 1_000 + 900 * sin(a)))
            }
            ring.append(ring[0])
            features.append("{\"type\":\"Feature\",\"properties\":{\"statcode\":\"BU\(i)\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[\(ring.joined(separator: ","))]]}}")
        }
        let data = Data(("{\"type\":\"FeatureCollection\",\"features\":[" + features.joined(separator: ",") + "]}").utf8)
        let shapes = try GeoReader.read(data)
        #expect(shapes.regions.count == 342)
        #expect(shapes.regions.allSatisfy { $0.polygons[0][0].count == 401 })
    }

    /// The fuzzer's seeds are good files: they read, in RD New.
    @Test(arguments: ["lindenmeer-rd.geojson", "twee-wijken.topojson"])
    func theSeedFilesRead(_ name: String) throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let shapes = try GeoReader.read(try Data(contentsOf: root.appendingPathComponent("Tests/Fixtures/geo/\(name)")))
        #expect(shapes.system == .rdNew)
        #expect(shapes.regions.map { $0.properties["statnaam"] } == ["Centrum", "Oeverland"])
    }
}

extension GeoReaderTests {
    /// Point features are places for a symbol map, in the same plane as the regions.
    @Test func pointsArePlaces() throws {
        let json = """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "properties": {"naam": "De Speeltuin", "kinderen": 120}, "geometry": {"type": "Point", "coordinates": [140500, 455500]}},
          {"type": "Feature", "properties": {"naam": "Het Buurthuis"}, "geometry": {"type": "MultiPoint", "coordinates": [[141500, 455200], [0, 0]]}},
          {"type": "Feature", "properties": {"statnaam": "Centrum"}, "geometry": {"type": "Polygon", "coordinates": [[[140000, 455000], [141000, 455000], [141000, 456000], [140000, 455000]]]}}
        ]}
        """
        let shapes = try GeoReader.read(Data(json.utf8))
        #expect(shapes.system == .rdNew)
        #expect(shapes.regions.count == 1)
        #expect(shapes.places.map { $0.properties["naam"] } == ["De Speeltuin", "Het Buurthuis"])
        #expect(shapes.places[0].properties["kinderen"] == "120")
        #expect(shapes.places[0].point == GeoPoint(x: 140_500, y: -455_500))
        #expect(shapes.places[1].point == GeoPoint(x: 141_500, y: -455_200))
        #expect(shapes.maxX == 141_500)
    }
}

extension GeoReaderTests {
    /// A file whose `crs` names one system while its numbers are in the other, or whose
    /// longitude and latitude are swapped, is refused instead of drawn mirrored or squashed.
    @Test(arguments: [
        ("{\"type\": \"Polygon\", \"crs\": {\"type\": \"name\", \"properties\": {\"name\": \"EPSG:28992\"}}, \"coordinates\": [[[5, 52], [5.1, 52], [5.1, 52.1], [5, 52]]]}", "crs says RD New"),
        ("{\"type\": \"Polygon\", \"crs\": {\"type\": \"name\", \"properties\": {\"name\": \"urn:ogc:def:crs:OGC:1.3:CRS84\"}}, \"coordinates\": [[[140000, 455000], [141000, 455000], [141000, 456000], [140000, 455000]]]}", "crs says WGS84"),
        ("{\"type\": \"Polygon\", \"coordinates\": [[[52, 5], [52.1, 5], [52.1, 5.1], [52, 5]]]}", "longitude and latitude look swapped: the first coordinate runs from 52.00 to 52.10"),
        ("{\"type\": \"Polygon\", \"crs\": {\"type\": \"name\", \"properties\": {\"name\": \"EPSG:4326\"}}, \"coordinates\": [[[51.87, 5.85], [51.93, 5.85], [51.93, 5.98], [51.87, 5.85]]]}", "from 5.85 to 5.98, a longitude"),
        ("{\"type\": \"Polygon\", \"coordinates\": [[[400, 5], [401, 5], [401, 6], [400, 5]]]}", "(x from 400.00 to 401.00, y from 5.00 to 6.00) fit neither"),
    ])
    func theDeclaredSystemMustFitTheNumbers(_ json: String, _ expected: String) {
        #expect { try GeoReader.read(Data(json.utf8)) } throws: { error in
            (error as? GeoError)?.message.contains(expected) == true
        }
    }
}

