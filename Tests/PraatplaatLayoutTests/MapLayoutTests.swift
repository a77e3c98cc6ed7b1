import Foundation
@testable import PraatplaatLayout
import PraatplaatLoader
import PraatplaatModel
import PraatplaatScene
import PropertyBased
import Testing

/// The map section as layout draws it: colours by class, hatching for no data, holes left open,
/// names inside their regions, circles in proportion, the legend and the words for it.
struct MapLayoutTests {
    static func items(_ section: MapSection, width: SectionWidth = .full) -> [SceneItem] {
        let report = Report(title: "Kaart", sections: [Section(.map(section), width: width)])
        return ReportLayout(measurer: FixedAdvanceMeasurer()).layout(report).document.pages.flatMap(\.items)
    }

    /// The regions as drawn: the map's fills are one path per class, so each is cut into its
    /// polygons (an outer ring, which turns clockwise, and the holes after it), with the colour.
    static func regionFills(_ items: [SceneItem]) -> [(Shape, Color)] {
        let areas = items.flatMap(\.leavesAndGroups).compactMap { item -> [SceneItem]? in
            if case .group(let inner, _, .fast) = item { inner } else { nil }
        }.flatMap { $0 }
        return areas.flatMap { item -> [(Shape, Color)] in
            guard case .fill(.path(let elements), let colour) = item else { return [] }
            var polygons: [[PathElement]] = []
            var ring: [PathElement] = []
            for element in elements {
                ring.append(element)
                guard case .close = element else { continue }
                let points = ring.compactMap { e -> Point? in if case .move(let p) = e { p } else if case .line(let p) = e { p } else { nil } }
                if MapPaths.area(points + [points[0]]) > 0 || polygons.isEmpty { polygons.append(ring) } else { polygons[polygons.count - 1] += ring }
                ring = []
            }
            return polygons.map { (Shape.path($0), colour) }
        }
    }

    /// The drawn region (and its colour) under a point: the polygon whose rings wind round it.
    static func region(at point: Point, _ items: [SceneItem]) -> (Shape, Color)? {
        regionFills(items).last { shape, _ in
            guard case .path(let elements) = shape else { return false }
            var winding = 0
            var ring: [Point] = []
            for element in elements {
                switch element {
                case .move(let p), .line(let p): ring.append(p)
                case .curve: break
                case .close:
                    for (a, b) in zip(ring, ring.dropFirst() + ring.prefix(1)) where (a.y <= point.y) != (b.y <= point.y) {
                        let x = a.x + (point.y - a.y) / (b.y - a.y) * (b.x - a.x)
                        if x > point.x { winding += b.y > a.y ? 1 : -1 }
                    }
                    ring = []
                }
            }
            return winding != 0
        }
    }

    /// The middle of the line naming `name` on the map.
    static func label(_ name: String, _ items: [SceneItem]) throws -> TextLine {
        try #require(items.flatMap(\.textLines).first { $0.text == name }, "\(name) is named")
    }

    @Test func regionsTakeTheColoursOfTheirClassesAndNoDataIsHatched() throws {
        let section = MapSamples.section()
        let items = Self.items(section)
        let theme = Theme.default
        let colours = MapColours.classes(section, theme: theme)
        #expect(section.classLimits.limits == [0, 10, 20, 30])
        // Every polygon of every region is painted (Oost has an island).
        #expect(Self.regionFills(items).count == section.regions.regions.map(\.polygons.count).reduce(0, +))
        // Noord 24% (third class), Oost 15% (second), Zuid no data, West 8% (first): the
        // colour under each region's name.
        for (name, colour) in [("Noord", colours[2]), ("Oost", colours[1]), ("Zuid", theme.palette.background), ("West", colours[0])] {
            let centre = try Self.label(name, items).bounds.centre
            #expect(Self.region(at: centre, items)?.1 == colour, "\(name) is painted in its class's colour")
        }
        // The three shades get darker, from a pale tint to the primary colour itself.
        let lightness = colours.map(ContrastCheck.luminance)
        #expect(lightness == lightness.sorted(by: >))
        #expect(colours.last == theme.palette.primary)
        // Zuid is hatched: lines, all inside its square.
        let lines = items.flatMap(\.leaves).flatMap { item -> [(Point, Point)] in
            guard case .stroke(.path(let elements), let stroke) = item, stroke.width == 0.4 else { return [] }
            return stride(from: 0, to: elements.count - 1, by: 2).compactMap { i in
                if case .move(let a) = elements[i], case .line(let b) = elements[i + 1] { (a, b) } else { nil }
            }
        }
        #expect(lines.count > 5)
        let square = try #require(Self.region(at: try Self.label("Zuid", items).bounds.centre, items)).0.bounds
        for (a, b) in lines {
            #expect(square.insetBy(dx: -0.01, dy: -0.01).contains(Rect(x: min(a.x, b.x), y: min(a.y, b.y), width: abs(a.x - b.x), height: abs(a.y - b.y))))
        }
        // Every border is drawn once: no edge twice in the network of lines.
        let borders = items.flatMap(\.leaves).compactMap { item -> [PathElement]? in
            if case .stroke(.path(let e), let s) = item, s.width == 0.35 { e } else { nil }
        }
        #expect(borders.count == 1)
        var edges = Set<[Double]>(), last: Point?, first: Point?, twice = 0
        for e in borders.first ?? [] {
            switch e {
            case .move(let p): last = p; first = p
            case .line(let p), .curve(_, _, let p):
                if let a = last { twice += edges.insert([min(a.x, p.x), min(a.y, p.y), max(a.x, p.x), max(a.y, p.y)]).inserted ? 0 : 1 }
                last = p
            case .close:
                if let a = last, let p = first { twice += edges.insert([min(a.x, p.x), min(a.y, p.y), max(a.x, p.x), max(a.y, p.y)]).inserted ? 0 : 1 }
            }
        }
        #expect(twice == 0 && edges.count > 8)
        // The legend names the classes, the hatching and the highlighted region with its value.
        let texts = items.flatMap(\.textLines).map(\.text)
        for expected in ["0% t/m 10%", "meer dan 10% t/m 20%", "meer dan 20% t/m 30%", "Geen gegevens", "Noord: 24%"] {
            #expect(texts.contains(expected), "legend has \(expected): \(texts)")
        }
        // The highlighted region is drawn out with a heavy line.
        #expect(items.flatMap(\.leaves).contains { if case .stroke(.path, let s) = $0 { s.width == 1.8 } else { false } })
    }

    @Test func holesWindTheOtherWaySoTheyStayOpen() throws {
        let items = Self.items(MapSamples.section())
        guard case .path(let elements)? = Self.region(at: try Self.label("Noord", items).bounds.centre, items)?.0 else { Issue.record("Noord is not a path"); return }
        var rings: [[Point]] = [[]]
        for e in elements {
            switch e {
            case .move(let p), .line(let p): rings[rings.count - 1].append(p)
            case .close: rings.append([])
            case .curve: break
            }
        }
        rings = rings.filter { !$0.isEmpty }.map { $0 + [$0[0]] }
        #expect(rings.count == 2)
        #expect(MapPaths.area(rings[0]) > 0 && MapPaths.area(rings[1]) < 0)
    }

    @Test func namesStandInsideTheirRegions() throws {
        let items = Self.items(MapSamples.section())
        for name in ["Noord", "Oost", "Zuid", "West"] {
            let label = try Self.label(name, items)
            let region = try #require(Self.region(at: label.bounds.centre, items), "\(name) is on the map")
            #expect(region.0.bounds.contains(label.bounds), "\(name) lies in its region")
        }
        #expect(Self.regionFills(items).count == MapSamples.wijken.regions.map(\.polygons.count).reduce(0, +))
    }

    @Test func smallRegionsGetLeaderLinesOrAreListed() throws {
        // A big region and tiny ones beside it: their names cannot fit inside.
        func tiny(_ i: Int) -> GeoRegion {
            GeoRegion(properties: ["statnaam": "Buurtje \(i)"], polygons: [[MapSamples.square(2000 + Double(i) * 30, Double(i) * 300, 25)]])
        }
        var shapes = MapSamples.wijken
        shapes = GeoShapes(regions: shapes.regions + (0..<3).map(tiny), system: .rdNew)
        var section = MapSamples.section()
        section.regions = shapes
        let items = Self.items(section)
        let names = items.flatMap(\.textLines).map(\.text)
        for i in 0..<3 { #expect(names.contains("Buurtje \(i)")) }
        // One leader line per tiny region, from a dot in it.
        let leaders = items.flatMap(\.leaves).filter { if case .stroke(.path(let e), let s) = $0 { s.width == 0.45 && e.count == 3 } else { false } }
        #expect(leaders.count == 3)

        section.regions = GeoShapes(regions: MapSamples.wijken.regions + (0..<9).map(tiny), system: .rdNew)
        let listed = Self.items(section).flatMap(\.textLines).map(\.text).joined(separator: " ")
        #expect(listed.contains("Niet benoemd op de kaart:"))
        #expect(listed.contains("Buurtje 8"))
    }

    /// A name of two words in a region taller than wide goes on two lines inside it; the
    /// highlighted region is named by a leader line even among many that are only listed.
    @Test func twoLineNamesAndTheHighlightIsAlwaysNamed() throws {
        func region(_ name: String, _ ring: GeoRing) -> GeoRegion { GeoRegion(properties: ["statnaam": name], polygons: [[ring]]) }
        let tall: GeoRing = [GeoPoint(x: 0, y: 0), GeoPoint(x: 500, y: 0), GeoPoint(x: 500, y: 2000), GeoPoint(x: 0, y: 2000), GeoPoint(x: 0, y: 0)]
        var section = MapSamples.section(highlight: "Buurtje 4")
        section.regions = GeoShapes(regions: [region("Bedrijventerrein Hoogveld-Noord", tall)]
            + (0..<9).map { region("Buurtje \($0)", MapSamples.square(1100 + Double($0) * 30, Double($0) * 200, 25)) }, system: .rdNew)
        let items = Self.items(section)
        let lines = items.flatMap(\.textLines)
        let parts = lines.filter { ["Bedrijventerrein", "Hoogveld-Noord"].contains($0.text) }
        #expect(parts.count == 2, "\(lines.map(\.text))")
        let fill = try #require(Self.region(at: parts[0].bounds.centre, items)?.0)
        #expect(fill.bounds.width > 20 && fill.bounds.height > 40, "the tall region")
        for part in parts { #expect(fill.bounds.contains(part.bounds)) }
        // Buurtje 4 by a leader line, the other eight listed under the map.
        #expect(lines.contains { $0.text == "Buurtje 4" })
        let listed = lines.map(\.text).joined(separator: " ")
        #expect(listed.contains("Niet benoemd op de kaart:") && !listed.contains("Buurtje 4,") && listed.contains("Buurtje 8"))
    }

    /// An L-shaped region: its point farthest from the edges is in the corner, where a long name
    /// pokes out; the name goes where the region has room for it.
    @Test func aNameThatDoesNotFitAtThePoleGoesWhereThereIsRoom() throws {
        let l: GeoRing = [GeoPoint(x: 0, y: 0), GeoPoint(x: 3000, y: 0), GeoPoint(x: 3000, y: 400), GeoPoint(x: 400, y: 400),
                          GeoPoint(x: 400, y: 3000), GeoPoint(x: 0, y: 3000), GeoPoint(x: 0, y: 0)]
        var section = MapSamples.section(highlight: nil)
        section.regions = GeoShapes(regions: [GeoRegion(properties: ["statnaam": "Industrieterreinen"], polygons: [[l]])], system: .rdNew)
        let items = Self.items(section)
        let label = try Self.label("Industrieterreinen", items)
        let region = try #require(Self.region(at: label.bounds.centre, items), "the name lies on the region")
        #expect(region.0.bounds.contains(label.bounds))
        // Named on the map, not by a leader line (where a name that does not fit its pole went).
        #expect(!items.flatMap(\.leaves).contains { if case .stroke(.path(let e), let s) = $0 { s.width == 0.45 && e.count == 3 } else { false } })
    }

    /// Two lines only break between words: a one-word name is not cut where a line ran out.
    @Test func aOneWordNameIsNotCut() {
        #expect(MapNames.breaksBetweenWords("Bedrijventerrein Hoogveld-Noord", after: "Bedrijventerrein "))
        #expect(MapNames.breaksBetweenWords("Vogelwijk-Zuidoost", after: "Vogelwijk-"))
        #expect(!MapNames.breaksBetweenWords("Stationskwartier", after: "Stationsk"))
        #expect(!MapNames.breaksBetweenWords("Stationskwartier", after: "Stationskwartier"))
    }

    /// A full-width map grows with the paper, and its legend stands right beside the map as
    /// drawn, not at the column's far edge.
    @Test func aMapGrowsWithThePaperAndKeepsItsLegendBesideIt() throws {
        var section = MapSamples.section()
        // Wider than tall, as most municipalities are: on wide paper the height bounds it.
        section.regions = GeoShapes(regions: MapSamples.wijken.regions.map { region in
            GeoRegion(properties: region.properties, polygons: region.polygons.map { $0.map { $0.map { GeoPoint(x: $0.x * 1.6, y: $0.y) } } })
        }, system: .rdNew)
        func drawn(_ size: PaperSize) throws -> (map: Rect, legendX: Double) {
            let report = Report(title: "Kaart", page: PageSpec(size: size), sections: [Section(.map(section), width: .full)])
            let items = ReportLayout(measurer: FixedAdvanceMeasurer()).layout(report).document.pages[0].items
            let map = try #require(Self.regionFills(items).map(\.0.bounds).reduce(nil as Rect?) { $0?.union($1) ?? $1 })
            let legend = try #require(items.flatMap(\.textLines).first { $0.text == "0% t/m 10%" })
            return (map, legend.origin.x)
        }
        let a5 = try drawn(.a5), a4 = try drawn(.a4), a3 = try drawn(.a3)
        #expect(a5.map.height < a4.map.height && a4.map.height < a3.map.height, "\(a5.map.height) \(a4.map.height) \(a3.map.height)")
        // On A4 most of the width the legend leaves.
        #expect(a4.map.width > 499 * 0.6, "\(a4.map.width)")
        for (map, legendX) in [a5, a4, a3] {
            #expect(legendX > map.maxX && legendX - map.maxX < 40, "the legend \(legendX - map.maxX) pt from the map")
        }
    }

    /// A circle map none of whose values found a region draws no size legend for circles
    /// that are not there.
    @Test func noCirclesNoSizeLegend() {
        let section = MapSamples.section(values: [("Nergens", DataCell(.count(400, atLeast: false)))], show: .circles, highlight: nil)
        let texts = Self.items(section).flatMap(\.textLines).map(\.text)
        #expect(!texts.contains { $0.hasSuffix("400") || $0.contains("400 ") }, "\(texts)")
        #expect(texts.contains("Geen gegevens"))
        // Circles at the places of a points file, which the values name: the sizes are there.
        var places = MapSamples.section(values: [("Speeltuin", DataCell(.count(400, atLeast: false)))], show: .circles, highlight: nil)
        places.unit = "kinderen"
        places.pointShapes = GeoShapes(regions: [], places: [GeoPlace(properties: ["statnaam": "Speeltuin"], point: GeoPoint(x: 500, y: 500))], system: .rdNew)
        let sized = Self.items(places).flatMap(\.textLines).map(\.text)
        #expect(sized.contains("400 kinderen"), "\(sized)")
    }

    @Test func circleAreasAreInProportion() throws {
        var section = MapSamples.section(values: [("Noord", DataCell(.count(400, atLeast: false))), ("Oost", DataCell(.count(100, atLeast: false))),
                                                  ("West", DataCell(.count(25, atLeast: false)))], show: .circles, highlight: nil)
        section.unit = "kinderen"
        let circles = Self.items(section).flatMap(\.leaves).compactMap { item -> Double? in
            if case .fill(.circle(_, let r), let c) = item, c == Theme.default.palette.accent { r } else { nil }
        }
        #expect(circles.count == 3)
        let sorted = circles.sorted(by: >)
        #expect(abs(sorted[0] * sorted[0] / (sorted[1] * sorted[1]) - 4) < 0.01)
        #expect(abs(sorted[1] * sorted[1] / (sorted[2] * sorted[2]) - 4) < 0.01)
        // The size legend: values in the report's format, and Zuid hatched for its missing value.
        let texts = Self.items(section).flatMap(\.textLines).map(\.text)
        #expect(texts.contains("400 kinderen") && texts.contains("100 kinderen") && texts.contains("Geen gegevens"), "\(texts)")
    }

    @Test func aDivergingSchemeTurnsAtItsMiddle() {
        var section = MapSamples.section(values: [("Noord", DataCell(.percent(-6), signed: true)), ("Oost", DataCell(.percent(-1), signed: true)),
                                                  ("Zuid", DataCell(.percent(3), signed: true)), ("West", DataCell(.percent(9), signed: true))])
        section.scheme = .diverging
        section.classes = .equal
        section.count = 3
        let limits = section.classLimits.limits
        #expect(limits.contains(0))
        let colours = MapColours.classes(section, theme: .default)
        #expect(colours.count == section.classLimits.count)
        let below = (0..<section.classLimits.count).filter { limits[$0 + 1] <= 0 }.count
        // Below the middle the accent's shades, darkest at the lowest; above it the primary's.
        #expect(colours[0] == Theme.default.palette.accent || ContrastCheck.luminance(colours[0]) < ContrastCheck.luminance(colours[below - 1]))
        #expect(colours.last == Theme.default.palette.primary)
    }

    @Test func theAltTextNamesClassesEndsAndGaps() throws {
        let alt = try #require(ChartText.alt(.map(MapSamples.section()), language: .dutch))
        #expect(alt.hasPrefix("Kaart, Bereik per wijk: 4 gebieden, 3 klassen: 0% t/m 10%"))
        #expect(alt.contains("Noord 24%, Oost 15%, West 8%"))
        #expect(alt.contains("geen gegevens: Zuid"))
        // The section is a Figure in the tagged PDF with those words.
        let alts = Self.items(MapSamples.section()).flatMap(\.figureAlts)
        #expect(alts == [alt])
        // Many regions: the highest and lowest three.
        var many = MapSamples.section()
        many.regions = GeoShapes(regions: (0..<20).map { GeoRegion(properties: ["statnaam": "B\($0)"], polygons: [[MapSamples.square(Double($0) * 100, 0, 100)]]) }, system: .rdNew)
        many.values = (0..<20).map { MapValue(region: "B\($0)", cell: DataCell(.count(Double($0), atLeast: false))) }
        let summed = try #require(ChartText.alt(.map(many), language: .dutch))
        #expect(summed.contains("hoogst: B19 19%, B18 18%, B17 17%; laagst: B0 0%, B1 1%, B2 2%"))
    }

    /// The same wijken from an RD New file and from a WGS84 file draw the same map, point for
    /// point within half a point on the page.
    @Test func rdNewAndWGS84DrawTheSameMap() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("praatplaat-map-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let rd = try Data(contentsOf: SectionKindTests.root.appendingPathComponent("examples/lindenmeer-wijken.geojson"))
        var json = try #require(try JSONSerialization.jsonObject(with: rd) as? [String: Any])
        try rd.write(to: folder.appendingPathComponent("rd.geojson"))
        json["crs"] = nil
        var features = try #require(json["features"] as? [[String: Any]])
        for i in features.indices {
            var geometry = try #require(features[i]["geometry"] as? [String: Any])
            geometry["coordinates"] = Self.toWGS84(geometry["coordinates"]!)
            features[i]["geometry"] = geometry
        }
        json["features"] = features
        try JSONSerialization.data(withJSONObject: json).write(to: folder.appendingPathComponent("wgs84.geojson"))
        func drawn(_ file: String) throws -> [[Point]] {
            let yaml = """
            title: Kaart
            sections:
              - kind: map
                shapes: \(file)
                labels: none
                values: [{ region: WK900100, value: 24% }, { region: WK900101, value: 15% }, { region: WK900102, value: 19% }, { region: WK900103, value: 8% }]
            """
            let url = folder.appendingPathComponent("\(file).yaml")
            try yaml.write(to: url, atomically: true, encoding: .utf8)
            let result = ReportLoader.load(contentsOf: url)
            let report = try #require(result.report, "\(result.diagnostics)")
            guard case .map(let s) = report.sections[0].content else { throw CancellationError() }
            #expect(s.regions.system == (file.hasPrefix("rd") ? .rdNew : .wgs84))
            return Self.regionFills(ReportLayout(measurer: FixedAdvanceMeasurer()).layout(report).document.pages.flatMap(\.items)).map { shape, _ in
                guard case .path(let elements) = shape else { return [] }
                return elements.compactMap { if case .move(let p) = $0 { p } else if case .line(let p) = $0 { p } else { nil } }
            }
        }
        let a = try drawn("rd.geojson"), b = try drawn("wgs84.geojson")
        #expect(a.count >= 4 && b.count == a.count)
        // Both are simplified for the paper, each to within a 0.2 mm grid step (0.57 pt) of the
        // true outline, and the RD New to WGS84 formula is good to about a metre: every point of
        // each lies within two steps (and a little) of the other's outline, half a millimetre.
        func distance(_ p: Point, to outline: [Point]) -> Double {
            zip(outline, outline.dropFirst() + outline.prefix(1)).map { MapLabelPoint.segmentDistance(p, $0, $1) }.min() ?? .infinity
        }
        // Each region of one against the region of the other that lies where it lies.
        func middle(_ r: [Point]) -> Point { Point(x: r.map(\.x).reduce(0, +) / Double(r.count), y: r.map(\.y).reduce(0, +) / Double(r.count)) }
        func apart(_ p: Point, _ q: Point) -> Double { hypot(p.x - q.x, p.y - q.y) }
        let matched = a.compactMap { ra in b.min { apart(middle($0), middle(ra)) < apart(middle($1), middle(ra)) } }
        for (ra, rb) in zip(a, matched) {
            for p in ra { #expect(distance(p, to: rb) < 1.4, "\(p) is off the WGS84 outline") }
            for q in rb { #expect(distance(q, to: ra) < 1.4, "\(q) is off the RD New outline") }
        }
    }

    /// RD New to WGS84 by the published approximation (Schreutelaar et al.), to about a metre.
    static func toWGS84(_ value: Any) -> Any {
        if let pair = value as? [Double], pair.count == 2 {
            let dX = (pair[0] - 155_000) * 1e-5, dY = (pair[1] - 463_000) * 1e-5
            let n = 3235.65389 * dY - 32.58297 * dX * dX - 0.2475 * dY * dY - 0.84978 * dX * dX * dY - 0.0655 * pow(dY, 3)
                - 0.01709 * dX * dX * dY * dY - 0.00738 * dX + 0.0053 * pow(dX, 4) - 0.00039 * dX * dX * pow(dY, 3)
                + 0.00033 * pow(dX, 4) * dY - 0.00012 * dX * dY
            let e = 5260.52916 * dX + 105.94684 * dX * dY + 2.45656 * dX * dY * dY - 0.81885 * pow(dX, 3) + 0.05594 * dX * pow(dY, 3)
                - 0.05607 * pow(dX, 3) * dY + 0.01199 * dY - 0.00256 * pow(dX, 3) * dY * dY + 0.00128 * dX * pow(dY, 4)
                + 0.00022 * dY * dY - 0.00022 * dX * dX + 0.00026 * pow(dX, 5)
            return [5.38720621 + e / 3600, 52.15517440 + n / 3600]
        }
        return (value as? [Any] ?? []).map(toWGS84)
    }

    /// Hatching never leaves its shape: every line's middle is inside the ring.
    @Test func hatchingStaysInside() async {
        await propertyCheck(input: Gen.int(in: 3...12), Gen.int(in: 1...1000)) { corners, seed in
            var rng = seed
            func next() -> Double { rng = (rng &* 1103515245 &+ 12345) & 0x7fffffff; return Double(rng % 1000) / 10 }
            // A star-shaped ring around (50, 50): never crosses itself.
            let ring = (0..<corners).map { i -> Point in
                let angle = Double(i) / Double(corners) * 2 * .pi, r = 10 + next() / 2.5
                return Point(x: 50 + r * cos(angle), y: 50 + r * sin(angle))
            }
            let closed = ring + [ring[0]]
            for (a, b) in MapPaths.hatch([[closed]], spacing: 3) {
                let middle = Point(x: (a.x + b.x) / 2, y: (a.y + b.y) / 2)
                #expect(MapLabelPoint.signedDistance(middle, [closed]) > -1e-6)
            }
        }
    }
}

extension SceneItem {
    /// Every item, groups and tags opened, groups kept as well.
    var leavesAndGroups: [SceneItem] {
        switch self {
        case .group(let items, _, _): [self] + items.flatMap(\.leavesAndGroups)
        case .tagged(_, let items): items.flatMap(\.leavesAndGroups)
        default: [self]
        }
    }
}

extension Rect {
    var centre: Point { Point(x: x + width / 2, y: y + height / 2) }
}
