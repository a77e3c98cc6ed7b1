import Foundation
import PraatplaatLoader
import PraatplaatModel
import Testing

/// The map section as the loader reads it: its shapes file inside the report's folder, values
/// inline or from a data file joined on a property, and a message naming the line and field for
/// everything that does not fit.
struct MapLoaderTests {
    static let wijken = try! Data(contentsOf: Paths.examples.appendingPathComponent("lindenmeer-wijken.geojson"))

    static func load(_ section: String, files: [String: Data] = ["report/wijken.geojson": wijken]) throws -> LoadResult {
        try DataFileLoaderTests.load(section, files: files)
    }

    static func messages(_ r: LoadResult, _ severity: Severity) -> [String] {
        r.diagnostics.filter { $0.severity == severity }.map(\.description)
    }

    static func map(_ r: LoadResult) throws -> MapSection {
        let report = try #require(r.report, "\(r.diagnostics)")
        guard case .map(let s) = report.sections.first?.content else { throw CancellationError() }
        return s
    }

    @Test func inlineValuesJoinOnStatcodeByDefault() throws {
        let r = try Self.load("""
          - kind: map
            shapes: wijken.geojson
            values:
              - { region: WK900100, value: 24% }
              - { region: wk900101 , value: "15,5%" }
              - { region: WK900102, value: . }
        """)
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        let s = try Self.map(r)
        #expect(s.join == "statcode" && s.label == "statnaam")
        #expect(s.regions.system == .rdNew && s.regions.regions.count == 4)
        // Keys are compared without regard to case and spaces; "." is a value not known.
        #expect(s.rows.map(\.name) == ["Centrum", "Meerzicht", "De Linden", "Oeverland"])
        #expect(s.regionCells.map { $0?.value } == [.percent(24), .percent(15.5), nil, nil])
        #expect(s.regionCells[2]?.sign == .unknown)
        // The map file is one the report read: a batch and the preview follow it.
        #expect(try #require(r.report).dataFiles.contains { $0.path.hasSuffix("wijken.geojson") })
    }

    @Test func aValueForARegionTheShapesDoNotHaveIsAWarningNamingIt() throws {
        let r = try Self.load("""
          - kind: map
            shapes: wijken.geojson
            join: statnaam
            values:
              - { region: Centrum, value: 24% }
              - { region: Meerzigt, value: 15% }
        """)
        let warnings = Self.messages(r, .warning)
        #expect(warnings.count == 1)
        #expect(warnings.first?.contains("report.yaml:8:") == true)
        #expect(warnings.first?.contains("sections[0].values[1].region") == true)
        #expect(warnings.first?.contains("\"Meerzigt\"") == true && warnings.first?.contains("did you mean 'Meerzicht'?") == true)
        #expect(r.report != nil)
    }

    @Test func valuesFromADataFileWithTheirColumns() throws {
        let csv = Data("jaar;wijk;bereik\n2024;Centrum;22%\n2025;Centrum;24%\n2025;Oeverland;8%\n2025;De Linden;x\n".utf8)
        let r = try Self.load("""
          - kind: map
            shapes: wijken.geojson
            join: statnaam
            data: { file: wijken.csv, region: wijk, value: bereik, where: { column: jaar, is: "2025" } }
        """, files: ["report/wijken.geojson": Self.wijken, "report/wijken.csv": csv])
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        let s = try Self.map(r)
        #expect(s.regionCells.map { $0?.value } == [.percent(24), nil, nil, .percent(8)])
        #expect(s.regionCells[2]?.sign == .secret)
        // A region twice in the rows kept is an error naming both rows.
        let twice = try Self.load("""
          - kind: map
            shapes: wijken.geojson
            join: statnaam
            data: { file: wijken.csv, region: wijk, value: bereik }
        """, files: ["report/wijken.geojson": Self.wijken, "report/wijken.csv": csv])
        #expect(Self.messages(twice, .error).first?.contains("a second row for region \"Centrum\"") == true)
    }

    @Test(arguments: [
        ("shapes: kaart.geojson", "no file \"kaart.geojson\" next to the report"),
        ("shapes: ../wijken.geojson", "leaves the report's folder"),
        ("shapes: wijken.csv", "is not a map file"),
        ("shapes: kapot.geojson", "kapot.geojson: coordinates[0]: the ring is not closed"),
        ("shapes: wijken.geojson\n    join: wijkcode", "have no property \"wijkcode\""),
        ("shapes: wijken.geojson\n    classes: breaks", "'classes: breaks' needs the limits in 'breaks'"),
        ("shapes: wijken.geojson\n    breaks: [20, 10]", "the breaks must go up"),
        ("shapes: wijken.geojson\n    count: 9", "expected a number from 2 to 7"),
        ("shapes: wijken.geojson\n    show: circles\n    outline: wgs.geojson", "is in WGS84 (EPSG:4326) and wijken.geojson in RD New"),
    ])
    func problemsNameTheField(_ field: String, _ expected: String) throws {
        let broken = Data("{\"type\": \"Polygon\", \"coordinates\": [[[140000, 455000], [141000, 455000], [141000, 456000], [140000, 456000]]]}".utf8)
        let wgs = Data("{\"type\": \"Polygon\", \"coordinates\": [[[5, 52], [5.1, 52], [5.1, 52.1], [5, 52]]]}".utf8)
        let r = try Self.load("""
          - kind: map
            \(field)
            values: [{ region: WK900100, value: 24% }]
        """, files: ["report/wijken.geojson": Self.wijken, "report/kapot.geojson": broken, "report/wgs.geojson": wgs, "report/wijken.csv": Data("a;b\n".utf8), "wijken.geojson": Self.wijken])
        let errors = Self.messages(r, .error)
        #expect(r.report == nil)
        #expect(errors.count == 1 && errors[0].contains(expected), "\(errors)")
        #expect(errors.first?.hasPrefix("report.yaml:") == true)
    }

    /// A region to highlight that the map lacks is a warning (a batch's shared map may not hold
    /// every row's municipality), said alike for every key so a batch says it once.
    @Test func anUnknownHighlightIsAWarningWithTheKeyInItsHint() throws {
        let r = try Self.load("""
          - kind: map
            shapes: wijken.geojson
            highlight: Meerzigt
            values: [{ region: WK900100, value: 24% }]
        """)
        let warnings = r.diagnostics.filter { $0.severity == .warning }
        #expect(r.report != nil && warnings.count == 1)
        #expect(warnings.first?.message == "no region of wijken.geojson has the key or name that 'highlight' gives; no region is drawn out")
        #expect(warnings.first?.hint?.contains("\"Meerzigt\" is not among its statcode values or names; did you mean 'Meerzicht'?") == true)
        #expect(warnings.first?.path == "sections[0].highlight")
    }

    /// `object` chooses among a TopoJSON file's objects; on GeoJSON it would do nothing, so say so.
    @Test func objectOnAGeoJSONFileIsAWarning() throws {
        let r = try Self.load("""
          - kind: map
            shapes: wijken.geojson
            object: wijken
            values: [{ region: WK900100, value: 24% }]
        """)
        let warnings = r.diagnostics.filter { $0.severity == .warning }
        #expect(r.report != nil && warnings.count == 1, "\(r.diagnostics)")
        #expect(warnings.first?.message.contains("wijken.geojson is GeoJSON, whose features are all drawn") == true)
        #expect(warnings.first?.path == "sections[0].object" && warnings.first?.location?.line == 6)
        // On a TopoJSON file it chooses, without a word.
        let topo = #"{"type": "Topology", "objects": {"wijken": {"type": "GeometryCollection", "geometries": [{"type": "Polygon", "arcs": [[0]], "properties": {"statcode": "WK900100"}}]}}, "arcs": [[[150000, 450000], [151000, 450000], [151000, 451000], [150000, 450000]]]}"#
        let t = try Self.load("""
          - kind: map
            shapes: wijken.topojson
            object: wijken
            values: [{ region: WK900100, value: 24% }]
        """, files: ["report/wijken.topojson": Data(topo.utf8)])
        #expect(t.report != nil && t.diagnostics.isEmpty, "\(t.diagnostics)")
    }

    /// Values that name the regions by their statnaam, without a 'join', are joined on it, as
    /// 'highlight' finds a region by its name too; a shapefile gets the command that converts it.
    @Test func valuesByNameJoinOnNamesAndAShapefileGetsTheCommand() throws {
        let r = try Self.load("""
          - kind: map
            shapes: wijken.geojson
            values: [{ region: Centrum, value: 24% }, { region: meerzicht, value: 15% }]
        """)
        let s = try Self.map(r)
        #expect(s.join == "statnaam" && r.diagnostics.isEmpty, "\(r.diagnostics)")
        #expect(s.numbers.sorted() == [15, 24])
        // By code, as before.
        let codes = try Self.map(try Self.load("""
          - kind: map
            shapes: wijken.geojson
            values: [{ region: WK900100, value: 24% }]
        """))
        #expect(codes.join == "statcode")
        let shp = try Self.load("""
          - kind: map
            shapes: buurten.shp
            values: [{ region: WK900100, value: 24% }]
        """, files: ["report/buurten.shp": Data([0, 0, 0x27, 0x0A])])
        #expect(shp.report == nil)
        #expect(shp.diagnostics.first?.hint == "turn it into GeoJSON: ogr2ogr -f GeoJSON -t_srs EPSG:28992 buurten.geojson buurten.shp (docs/maps.md)", "\(shp.diagnostics)")
    }

    @Test func sharesAndCountsCannotShareAMap() throws {
        let r = try Self.load("""
          - kind: map
            shapes: wijken.geojson
            values: [{ region: WK900100, value: 24% }, { region: WK900101, value: 700 }]
        """)
        #expect(r.report == nil)
        #expect(Self.messages(r, .error).first?.contains("mixes numbers and percentages") == true, "\(r.diagnostics)")
    }

    @Test func pointsInTheShapesFileAreNamed() throws {
        var json = try #require(try JSONSerialization.jsonObject(with: Self.wijken) as? [String: Any])
        var features = try #require(json["features"] as? [[String: Any]])
        features.append(["type": "Feature", "properties": ["statcode": "WK900104"], "geometry": ["type": "Point", "coordinates": [151000, 451000]]])
        json["features"] = features
        let r = try Self.load("""
          - kind: map
            shapes: wijken.geojson
            values: [{ region: WK900100, value: 24% }]
        """, files: ["report/wijken.geojson": try JSONSerialization.data(withJSONObject: json)])
        #expect(Self.messages(r, .warning).first?.contains("has 1 Point feature besides its regions") == true, "\(r.diagnostics)")
    }

    @Test func circlesCannotShowNegativeValues() throws {
        let r = try Self.load("""
          - kind: map
            shapes: wijken.geojson
            show: circles
            values: [{ region: WK900100, value: "-3" }]
        """)
        #expect(Self.messages(r, .error).first?.contains("cannot show a value below zero") == true)
    }

    @Test func pointsAreJoinedLikeRegions() throws {
        let points = Data("""
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "properties": {"statnaam": "Speeltuin De Eik"}, "geometry": {"type": "Point", "coordinates": [151000, 452000]}},
          {"type": "Feature", "properties": {"statnaam": "Buurthuis Oever"}, "geometry": {"type": "Point", "coordinates": [152000, 450500]}}
        ]}
        """.utf8)
        let r = try Self.load("""
          - kind: map
            shapes: wijken.geojson
            show: circles
            points: plekken.geojson
            join: statnaam
            values: [{ region: Speeltuin De Eik, value: 120 }, { region: Buurthuis Oever, value: 45 }]
        """, files: ["report/wijken.geojson": Self.wijken, "report/plekken.geojson": points])
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        let s = try Self.map(r)
        #expect(s.pointShapes?.places.count == 2)
        // The site's table and the alt text name the places, not the wijken under them.
        #expect(s.rows.map(\.name) == ["Speeltuin De Eik", "Buurthuis Oever"])
        #expect(s.rows.map { $0.cell?.value } == [.count(120, atLeast: false), .count(45, atLeast: false)])
        #expect(ChartText.alt(.map(s), language: .dutch)?.contains("2 plekken; Speeltuin De Eik 120, Buurthuis Oever 45") == true)
    }
}
