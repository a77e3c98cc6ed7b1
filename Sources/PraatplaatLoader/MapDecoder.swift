import Foundation
import PraatplaatData
import PraatplaatModel
import Yams

/// The map section: its shapes file read (through the cache a batch shares), its values inline
/// or from a data file, joined to the regions on a property the report names. A value for a
/// region the shapes do not have is a warning that names it; a region without a value is drawn
/// as having no data.
extension SectionDecoder {
    static let mapExtensions = ["geojson", "topojson", "json"]
    /// Regions a map can still name on paper and tell apart in a legend.
    static let manyMapRegions = 2_000

    func map(_ f: NodeReader.Fields) -> SectionContent? {
        guard let shapes = mapFile(f, "shapes", object: reader.text(f, "object")) else {
            if f.value("values") == nil, f.value("data") != nil { _ = mapValuesFromFile(f) }
            return nil
        }
        guard !shapes.shapes.regions.isEmpty else {
            reader.error("\(shapes.name) has only Point features; a map needs the regions' shapes (Polygon or MultiPolygon)",
                         at: f.value("shapes"), path: reader.join(f.path, "shapes"), hint: "name the places' file in 'points' and the regions' file in 'shapes'")
            return nil
        }
        let regions = shapes.shapes.regions
        if let object = f.value("object"), shapes.shapes.topologyObjects == nil {
            reader.warning("'object' chooses one object of a TopoJSON file; \(shapes.name) is GeoJSON, whose features are all drawn",
                           at: object, path: reader.join(f.path, "object"), hint: "remove 'object', or name the TopoJSON file in 'shapes'")
        }
        if !shapes.shapes.places.isEmpty {
            reader.warning("\(shapes.name) has \(shapes.shapes.places.count) Point feature\(shapes.shapes.places.count == 1 ? "" : "s") besides its regions; a point is not drawn as a region",
                           at: f.value("shapes"), path: reader.join(f.path, "shapes"),
                           hint: "give the region its polygon, or name a file of places in 'points' with 'show: circles'")
        }
        let properties = Set(regions.flatMap(\.properties.keys))
        var join: String
        if let given = reader.text(f, "join") {
            guard properties.contains(given) else {
                reader.error("the regions in \(shapes.name) have no property \"\(given)\"", at: f.value("join"), path: reader.join(f.path, "join"),
                             hint: Suggestions.closest(to: given, in: properties.sorted()).map { "did you mean '\($0)'?" } ?? propertyList(properties))
                return nil
            }
            join = given
        } else if let found = ["statcode", "statnaam"].first(where: properties.contains) {
            join = found
        } else {
            reader.error("the regions in \(shapes.name) have no statcode or statnaam; name the property the values are joined on",
                         at: f.node, path: reader.join(f.path, "join"), hint: "add 'join:' with one of them: " + propertyList(properties))
            return nil
        }
        var label = reader.text(f, "label")
        if let given = label, !properties.contains(given) {
            reader.error("the regions in \(shapes.name) have no property \"\(given)\"", at: f.value("label"), path: reader.join(f.path, "label"),
                         hint: Suggestions.closest(to: given, in: properties.sorted()).map { "did you mean '\($0)'?" } ?? propertyList(properties))
            return nil
        }
        if label == nil, f.value("label") == nil, properties.contains("statnaam") { label = "statnaam" }
        let missingKey = regions.filter { $0.properties[join] == nil }.count
        if missingKey > 0 {
            reader.warning("\(missingKey) of the \(regions.count) regions in \(shapes.name) have no \"\(join)\"; they are drawn as having no data",
                           at: f.value("join") ?? f.value("shapes"), path: reader.join(f.path, f.value("join") == nil ? "shapes" : "join"))
        }
        if regions.count > Self.manyMapRegions {
            reader.warning("the map has \(regions.count) regions; past \(Self.manyMapRegions) they are too small to tell apart on paper",
                           at: f.value("shapes"), path: reader.join(f.path, "shapes"), hint: "draw wijken instead of buurten, or a part of the municipality")
        }

        let values: [MapValue]?
        if f.value("data") != nil { values = mapValuesFromFile(f) } else { values = inlineMapValues(f) }
        guard let values else { return nil }

        let outline = f.value("outline") == nil ? nil : mapFile(f, "outline", object: nil)
        if f.value("outline") != nil, outline == nil { return nil }
        let show = reader.choice(f, "show", as: MapStyle.self) ?? .colours
        var points: (written: String, name: String, shapes: GeoShapes)?
        if f.value("points") != nil {
            guard let found = mapFile(f, "points", object: nil) else { return nil }
            if show != .circles {
                reader.warning("'points' is only used with 'show: circles'", at: f.value("points"), path: reader.join(f.path, "points"),
                               hint: "add 'show: circles', or leave 'points' out")
            }
            if found.shapes.places.isEmpty {
                reader.error("\(found.name) has no Point features", at: f.value("points"), path: reader.join(f.path, "points"),
                             hint: "a place for a circle is a Point feature with the '\(join)' property")
                return nil
            }
            if shapes.shapes.system != found.shapes.system {
                reader.error("\(found.name) is in \(found.shapes.system.rawValue) and \(shapes.name) in \(shapes.shapes.system.rawValue); they cannot be drawn together",
                             at: f.value("points"), path: reader.join(f.path, "points"), hint: "convert one: ogr2ogr -t_srs EPSG:28992 -f GeoJSON OUT IN")
                return nil
            }
            points = found
        }
        // Without a 'join', values that name the regions (or places) by their statnaam, as
        // 'highlight' may, are joined on it: a map of only "no data" helps no one.
        let joined = points.flatMap { show == .circles ? $0.shapes.places.map(\.properties) : nil } ?? regions.map(\.properties)
        if f.value("join") == nil, join == "statcode", properties.contains("statnaam") || points != nil {
            func matches(_ property: String) -> Int {
                let keys = Set(joined.compactMap { $0[property] }.map(MapKey.normalised))
                return values.filter { keys.contains(MapKey.normalised($0.region)) }.count
            }
            let byCode = matches("statcode")
            if byCode < values.count, matches("statnaam") > byCode { join = "statnaam" }
        }
        // With a points file the values name its places; else the regions.
        if let points, show == .circles {
            checkJoin(values, keys: points.shapes.places.compactMap { $0.properties[join] }, join: join, shapesName: points.name, f)
        } else {
            checkJoin(values, keys: regions.compactMap { $0.properties[join] }, join: join, shapesName: shapes.name, f)
        }
        if let outline, outline.shapes.system != shapes.shapes.system {
            reader.error("\(outline.name) is in \(outline.shapes.system.rawValue) and \(shapes.name) in \(shapes.shapes.system.rawValue); they cannot be drawn together",
                         at: f.value("outline"), path: reader.join(f.path, "outline"), hint: "convert one: ogr2ogr -t_srs EPSG:28992 -f GeoJSON OUT IN")
            return nil
        }
        if show == .circles, let negative = values.first(where: { ($0.cell.number ?? 0) < 0 }) {
            reader.error("a circle's area cannot show a value below zero (\(negative.region))", at: f.value("values") ?? f.value("data"),
                         path: reader.join(f.path, f.value("values") == nil ? "data" : "values"), hint: "show changes with 'show: colours' and 'scheme: diverging'")
            return nil
        }
        let kinds = Set(values.compactMap { $0.cell.value?.kindName })
        if kinds.count > 1 {
            // One scale of colours for shares and counts together gives classes such as "5% t/m 700".
            reader.error("the map mixes \(kinds.sorted().map { $0 + "s" }.joined(separator: " and ")), which cannot share one scale of colours",
                         at: f.value("values") ?? f.value("data"), path: reader.join(f.path, f.value("values") == nil ? "data" : "values"),
                         hint: "give every region the same kind of value, or draw two maps")
            return nil
        }

        let classes = reader.choice(f, "classes", as: MapClassMethod.self) ?? (f.value("breaks") == nil ? .quantiles : .breaks)
        var breaks: [Double] = []
        if let nodes = reader.list(f, "breaks") {
            for (node, path) in nodes {
                guard let raw = reader.text(node, path: path) else { return nil }
                guard let v = Double(raw.trimmingSpaces) ?? NumberText.parse(raw, language: language), v.isFinite else {
                    reader.error("expected a number, got \"\(raw)\"", at: node, path: path)
                    return nil
                }
                breaks.append(v)
            }
            if breaks != breaks.sorted() || Set(breaks).count != breaks.count {
                reader.error("the breaks must go up, each above the one before", at: f.value("breaks"), path: reader.join(f.path, "breaks"))
                return nil
            }
            if classes != .breaks {
                reader.warning("'breaks' is only used with 'classes: breaks'", at: f.value("breaks"), path: reader.join(f.path, "breaks"))
            }
        } else if classes == .breaks {
            reader.error("'classes: breaks' needs the limits in 'breaks'", at: f.value("classes"), path: reader.join(f.path, "breaks"),
                         hint: "for example breaks: [10, 20, 30]")
            return nil
        }
        if classes == .breaks, breaks.count + 1 > 7 {
            reader.warning("\(breaks.count + 1) classes are more colours than readers tell apart on a map; 7 is the most",
                           at: f.value("breaks"), path: reader.join(f.path, "breaks"))
        }
        let count = reader.number(f, "count").map { Int($0) } ?? 4
        let highlight = reader.text(f, "highlight")
        let section = MapSection(title: reader.text(f, "title"), shapes: shapes.written, regions: shapes.shapes, join: join, label: label, values: values,
                                 unit: reader.text(f, "unit"), show: show, classes: classes, count: count, breaks: breaks,
                                 scheme: reader.choice(f, "scheme", as: MapScheme.self) ?? .sequential, middle: reader.number(f, "middle"),
                                 labels: reader.choice(f, "labels", as: MapLabels.self) ?? .auto, highlight: highlight,
                                 outline: outline?.written, outlineShapes: outline?.shapes, points: points?.written, pointShapes: points?.shapes,
                                 note: reader.text(f, "note"))
        if let highlight, !section.regions.regions.contains(where: section.isHighlighted) {
            // A warning, not an error: a batch's shared map may lack some rows' regions, and the
            // map is still right without the highlight. Said alike for every row, so a batch
            // says it once; the key is in the hint.
            let names = section.regions.regions.flatMap { [section.key(of: $0), section.name(of: $0)].compactMap { $0 } }
            reader.warning("no region of \(shapes.name) has the key or name that 'highlight' gives; no region is drawn out",
                           at: f.value("highlight"), path: reader.join(f.path, "highlight"),
                           hint: "\"\(highlight)\" is not among its \(join) values or names" + (Suggestions.closest(to: highlight, in: names).map { "; did you mean '\($0)'?" } ?? ""))
        }
        if section.numbers.isEmpty, section.pointShapes == nil || show != .circles {
            reader.warning("no region of the map has a value; every region is drawn as having no data",
                           at: f.value("values") ?? f.value("data"), path: reader.join(f.path, f.value("values") == nil ? "data" : "values"),
                           hint: "check that the values name the regions by their '\(join)'")
        }
        return .map(section)
    }

    private func propertyList(_ properties: Set<String>) -> String {
        "its properties are " + properties.sorted().prefix(12).map { "\"\($0)\"" }.joined(separator: ", ")
    }

    /// A map file named by `key`: resolved inside the report's folder and read through the cache.
    private func mapFile(_ f: NodeReader.Fields, _ key: String, object: String?) -> (written: String, name: String, shapes: GeoShapes)? {
        let path = reader.join(f.path, key)
        guard let node = f.value(key), let name = reader.text(node, path: path) else { return nil }
        var resolver = files
        resolver.builtInIcons = []
        let url: URL
        switch resolver.resolve(name, extensions: Self.mapExtensions) {
        case .success(.file(let found)): url = found
        case .success(.builtInIcon): return nil
        case .failure(let error):
            let message = if case .format = error { "\"\(name)\" is not a map file: name a .geojson, .topojson or .json file" } else { error.message }
            // A shapefile or GeoPackage is what most colleagues have: say how to turn it into GeoJSON.
            let file = (name as NSString).lastPathComponent, stem = (file as NSString).deletingPathExtension
            let convert = ["shp", "gpkg"].contains((name as NSString).pathExtension.lowercased())
                ? "turn it into GeoJSON: ogr2ogr -f GeoJSON -t_srs EPSG:28992 \(stem).geojson \(file) (docs/maps.md)" : nil
            reader.error(message, at: node, path: path, hint: convert ?? error.hint ?? (message.hasPrefix("no file") ? "see docs/maps.md for turning CBS's wijk- en buurtkaart into GeoJSON" : nil))
            return nil
        }
        switch files.dataFiles.shapes(at: url, object: object) {
        case .success(let shapes):
            let version = FileLedger.version(of: url.path)
            ledger.recordData(DataFileUse(path: url.path, digest: "map:\(version?.size ?? 0):\(version?.modified ?? 0)"))
            return (name, (name as NSString).lastPathComponent, shapes)
        case .failure(let error):
            reader.error("\(name): \(error.message)", at: node, path: path, hint: error.hint)
            return nil
        }
    }

    private func inlineMapValues(_ f: NodeReader.Fields) -> [MapValue]? {
        entries(f, "values", what: "a value with 'region' and 'value'") { g -> MapValue? in
            guard let region = reader.text(g, "region") else { _ = reader.text(g, "value"); return nil }
            guard let node = g.value("value") else {
                reader.error("missing required field 'value'", at: g.node, path: reader.join(g.path, "value"))
                return nil
            }
            let path = reader.join(g.path, "value")
            guard let raw = rawCell(node, path: path) else { return nil }
            switch DataCell.parse(raw, language: language, single: true) {
            case .success(let cell): return MapValue(region: region, cell: cell)
            case .failure:
                reportCell(raw, at: node, path: path, single: true)
                return nil
            }
        }
    }

    private func mapValuesFromFile(_ f: NodeReader.Fields) -> [MapValue]? {
        guard let data = openData(f, shape: ReportFormat.mapData) else { return nil }
        let table = data.table
        func column(_ key: String, default index: Int) -> Int? {
            guard let g = data.fields, let name = reader.text(g, key) else {
                guard index < table.columns.count else {
                    reader.error("\(table.name) has \(table.columns.count) column\(table.columns.count == 1 ? "" : "s"); a map needs a column of regions and one of values",
                                 at: data.node, path: data.path)
                    return nil
                }
                return index
            }
            if let i = table.column(named: name, key: DataFile.key) { return i }
            reader.error("\(table.name) has no column \"\(name)\"", at: g.value(key), path: reader.join(data.path, key),
                         hint: Suggestions.closest(to: name, in: table.columns).map { "did you mean '\($0)'?" }
                            ?? "its columns are " + table.columns.prefix(12).map { "\"\($0)\"" }.joined(separator: ", "))
            return nil
        }
        guard let regionColumn = column("region", default: 0), let valueColumn = column("value", default: regionColumn == 1 ? 0 : 1) else { return nil }
        var values: [MapValue] = []
        var seen: [String: DataFileRow] = [:]
        var digest = DataDigest()
        for row in data.rows {
            guard let region = regionText(row[regionColumn], place: table.place(of: row, column: regionColumn), data: data) else { return nil }
            if let earlier = seen[MapKey.normalised(region)] {
                reader.error("\(table.place(of: row)): a second row for region \"\(region)\" (the first is \(table.place(of: earlier)))",
                             at: data.node, path: data.path, hint: "give each region one row, or keep one group of rows with 'where'")
                return nil
            }
            seen[MapKey.normalised(region)] = row
            guard let cell = dataCell(row[valueColumn], place: table.place(of: row, column: valueColumn), single: true, data: data) else { return nil }
            digest.add(region, row[valueColumn])
            values.append(MapValue(region: region, cell: cell))
        }
        ledger.recordData(DataFileUse(path: data.url.path, digest: digest.hex))
        if values.isEmpty {
            reader.error("\(table.name) has no rows of values", at: data.node, path: data.path)
            return nil
        }
        return values
    }

    /// A region key from a cell: a code or a name as written (a number as the report writes it).
    private func regionText(_ value: DataValue, place: String, data: OpenedData) -> String? {
        switch value {
        case .empty:
            reader.error("\(place): the region cell is empty", at: data.node, path: data.path, hint: "give every row the key of its region")
            return nil
        case .error(let code):
            formulaError(code, place: place, data: data)
            return nil
        default:
            return checkedText(value.written(language: language), place: place, data: data)?.trimmingSpaces
        }
    }

    /// Values whose region is not in the shapes (a typo, last year's buurtcode) are named;
    /// a region named twice is an error.
    private func checkJoin(_ values: [MapValue], keys: [String], join: String, shapesName: String, _ f: NodeReader.Fields) {
        let known = Set(keys.map(MapKey.normalised))
        let at = f.value("values") ?? f.value("data")
        let path = reader.join(f.path, f.value("values") == nil ? "data" : "values")
        var counted: [String: Int] = [:]
        for (i, value) in values.enumerated() {
            let key = MapKey.normalised(value.region)
            counted[key, default: 0] += 1
            if counted[key] == 2 {
                reader.warning("region \"\(value.region)\" has more than one value; the first is drawn", at: at, path: f.value("values") == nil ? path : path + "[\(i)]")
            }
        }
        let unknown = values.filter { !known.contains(MapKey.normalised($0.region)) }
        guard !unknown.isEmpty else { return }
        let shown = unknown.prefix(5).map { "\"\($0.region)\"" }.joined(separator: ", ") + (unknown.count > 5 ? " and \(unknown.count - 5) more" : "")
        let index = values.firstIndex { !known.contains(MapKey.normalised($0.region)) } ?? 0
        reader.warning("\(unknown.count == 1 ? "a value names region" : "\(unknown.count) values name regions") \(shown) that \(shapesName) does not have (by \(join)); \(unknown.count == 1 ? "it is" : "they are") not drawn",
                       at: at, path: f.value("values") == nil ? path : path + "[\(index)].region",
                       hint: Suggestions.closest(to: unknown[0].region, in: keys).map { "did you mean '\($0)'?" } ?? "the regions' \(join) values are like \"\(keys.first ?? "")\"")
    }
}
