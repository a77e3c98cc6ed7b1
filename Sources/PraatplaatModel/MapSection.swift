import Foundation

/// A map: the regions of a shapes file (wijken, buurten) coloured by a value each, or the values
/// as circles at places or region centres. The loader reads the files and joins the values; the
/// section holds what it found, so later stages never open a file.
public struct MapSection: Sendable, Hashable, Codable {
    public var title: String?
    /// The shapes file as the report names it, and the regions read from it.
    public var shapes: String
    public var regions: GeoShapes
    /// The property the values are joined on (`statcode`, `statnaam`).
    public var join: String
    /// The property that names a region on the map and in the legend (default: `join`).
    public var label: String?
    /// One value per region key, in the order they were given; a region without one has no data.
    public var values: [MapValue]
    public var unit: String?
    public var show: MapStyle
    public var classes: MapClassMethod
    /// How many classes (2 to 7); with `breaks`, one more than there are breaks.
    public var count: Int
    /// Class limits by hand, ascending (`classes: breaks`).
    public var breaks: [Double]
    public var scheme: MapScheme
    /// Where a diverging scheme turns from one colour to the other (default 0).
    public var middle: Double?
    public var labels: MapLabels
    /// The key (or name) of the region drawn out: the one a batch row is about.
    public var highlight: String?
    /// The surrounding area (the municipality's border), drawn as a line around the regions.
    public var outline: String?
    public var outlineShapes: GeoShapes?
    /// Places for circles (`show: circles`), joined on `join` like regions; without it the
    /// circles stand at the regions' centres.
    public var points: String?
    public var pointShapes: GeoShapes?
    public var note: String?

    public init(title: String? = nil, shapes: String, regions: GeoShapes, join: String, label: String? = nil, values: [MapValue],
                unit: String? = nil, show: MapStyle = .colours, classes: MapClassMethod = .quantiles, count: Int = 4, breaks: [Double] = [],
                scheme: MapScheme = .sequential, middle: Double? = nil, labels: MapLabels = .auto, highlight: String? = nil,
                outline: String? = nil, outlineShapes: GeoShapes? = nil, points: String? = nil, pointShapes: GeoShapes? = nil,
                note: String? = nil) {
        self.title = title; self.shapes = shapes; self.regions = regions; self.join = join; self.label = label; self.values = values
        self.unit = unit; self.show = show; self.classes = classes; self.count = count; self.breaks = breaks; self.scheme = scheme
        self.middle = middle; self.labels = labels; self.highlight = highlight; self.outline = outline; self.outlineShapes = outlineShapes
        self.points = points; self.pointShapes = pointShapes; self.note = note
    }

    /// A region's key (its `join` property), or nil when it has none.
    public func key(of region: GeoRegion) -> String? { region.properties[join] }

    /// A region's name as the map writes it.
    public func name(of region: GeoRegion) -> String {
        region.properties[label ?? join] ?? region.properties[join] ?? ""
    }

    /// The value of each region, in the order of the shapes file (nil: no data).
    public var regionCells: [DataCell?] {
        let byKey = Dictionary(values.map { (MapKey.normalised($0.region), $0.cell) }, uniquingKeysWith: { first, _ in first })
        return regions.regions.map { region in key(of: region).flatMap { byKey[MapKey.normalised($0)] } }
    }

    /// Whether `region` is the one `highlight` names, by key or by name.
    public func isHighlighted(_ region: GeoRegion) -> Bool {
        guard let highlight else { return false }
        let wanted = MapKey.normalised(highlight)
        return key(of: region).map(MapKey.normalised) == wanted || MapKey.normalised(name(of: region)) == wanted
    }

    /// Circles at the places of a points file: the values name places, not regions.
    public var atPlaces: Bool { show == .circles && pointShapes != nil }

    /// The regions (or, for circles at places, the places) with their names and values, for
    /// alt text, the site's table and the layout.
    public var rows: [(name: String, cell: DataCell?)] {
        if atPlaces, let places = pointShapes?.places {
            let byKey = Dictionary(values.map { (MapKey.normalised($0.region), $0.cell) }, uniquingKeysWith: { first, _ in first })
            return places.map { place in
                let key = place.properties[join]
                return (place.properties[label ?? join] ?? key ?? "", key.flatMap { byKey[MapKey.normalised($0)] })
            }
        }
        return zip(regions.regions, regionCells).map { (name(of: $0), $1) }
    }
}

/// The value given for one region key.
public struct MapValue: Sendable, Hashable, Codable {
    public var region: String
    public var cell: DataCell

    public init(region: String, cell: DataCell) {
        self.region = region
        self.cell = cell
    }
}

/// How keys are compared: without regard to case or surrounding spaces (`WK090101`, `wk090101 `).
public enum MapKey {
    public static func normalised(_ key: String) -> String {
        // Codes are ASCII (WK034401): lower-cased byte by byte, and not copied when already so.
        let utf8 = key.utf8
        if let first = utf8.first, let last = utf8.last, first != 0x20, first != 0x09, last != 0x20, last != 0x09,
           !utf8.contains(where: { $0 >= 0x80 }) {
            guard utf8.contains(where: isUpper) else { return key }
            let lowered: [UInt8] = utf8.map(lower)
            return String(decoding: lowered, as: UTF8.self)
        }
        return key.trimmingSpaces.lowercased()
    }

    private static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    private static func lower(_ byte: UInt8) -> UInt8 { isUpper(byte) ? byte + 0x20 : byte }
}

public enum MapStyle: String, Sendable, Hashable, Codable, CaseIterable {
    /// Each region filled in the colour of its value's class (a choropleth).
    case colours
    /// A circle per value whose area is in proportion to it, on the regions in a quiet grey.
    case circles
}

public enum MapClassMethod: String, Sendable, Hashable, Codable, CaseIterable {
    /// About as many regions in every class.
    case quantiles
    /// Classes of equal width from the lowest value to the highest.
    case equal
    /// Equal classes with round limits.
    case rounded
    /// The limits given in `breaks`.
    case breaks
}

public enum MapScheme: String, Sendable, Hashable, Codable, CaseIterable {
    /// Light to dark in one colour: more is darker.
    case sequential
    /// Two colours away from a middle value: for changes, and for values above and below a norm.
    case diverging
}

public enum MapLabels: String, Sendable, Hashable, Codable, CaseIterable {
    /// Every region's name where it fits inside it, with a leader line where a few do not.
    case auto
    case none
}

extension MapSection {
    /// The numbers the map shows (regions without data left out), in the order of the shapes.
    public var numbers: [Double] { regionCells.compactMap { $0?.number } }

    /// Decimals the values are written with (0 to 2): class limits are shown to the same.
    public var decimals: Int {
        let numbers = values.compactMap(\.cell.number)
        func places(_ v: Double) -> Int {
            for d in 0...1 {
                let scaled = v * pow(10, Double(d))
                if abs(scaled - scaled.rounded()) < 1e-6 { return d }
            }
            return 2
        }
        return numbers.map(places).max() ?? 0
    }

    /// The classes the colours stand for. Inner limits are cut to the values' decimals, so the
    /// legend's "t/m 18" holds every value drawn in that class; a diverging scheme has its
    /// middle as a limit, so no class holds values on both sides of it.
    public var classLimits: MapClasses { classLimits(numbers: numbers) }

    /// The classes of `numbers` (the map's, found once by a caller that needs them again).
    public func classLimits(numbers: [Double]) -> MapClasses {
        let method: ClassMethod = switch classes {
        case .quantiles: .quantiles(count)
        case .equal: .equal(count)
        case .rounded: .rounded(count)
        case .breaks: .breaks(breaks)
        }
        var limits = MapClasses.make(numbers, method: method).limits
        guard limits.count > 2 || scheme == .diverging else { return MapClasses(limits: limits) }
        let scale = pow(10, Double(decimals))
        if limits.count > 2 {
            for i in 1..<(limits.count - 1) where classes != .breaks { limits[i] = (limits[i] * scale + 1e-9).rounded(.down) / scale }
        }
        if scheme == .diverging, let low = limits.first, let high = limits.last {
            let middle = self.middle ?? 0
            if low < middle, middle < high, !limits.contains(middle) { limits.append(middle) }
        }
        var distinct: [Double] = []
        for limit in limits.sorted() where distinct.last.map({ limit > $0 }) ?? true { distinct.append(limit) }
        return MapClasses(limits: distinct)
    }

    /// The unit when it is a word (`kinderen`, `procentpunt`): the legend says it once, above
    /// its classes, rather than after every limit.
    public var wordUnit: String? {
        guard let unit = unit.map(InlineText.plain), !unit.isEmpty, unit != "%", !Money.isCurrency(unit) else { return nil }
        return unit
    }

    /// A number as the map's values are written: `12%`, `€ 1.200`, `340 kinderen`; with a `+`
    /// above zero when the values are changes (`+3,2%`). `withUnit: false` leaves a word unit off.
    public func limitText(_ v: Double, language: Language, withUnit: Bool = true) -> String {
        limitText(v, language: language, withUnit: withUnit, style: LimitStyle(self))
    }

    /// What every limit of one map is written with, found once.
    struct LimitStyle {
        var kind: FigureValue?
        var decimals: Int
        var signed: Bool

        init(_ s: MapSection) {
            kind = s.values.lazy.compactMap(\.cell.value).first
            decimals = s.decimals
            signed = s.values.contains(where: \.cell.signed)
        }
    }

    func limitText(_ v: Double, language: Language, withUnit: Bool, style: LimitStyle) -> String {
        let value: FigureValue = switch style.kind {
        case .percent?: .percent(v)
        case .money?: .money(v)
        default: .count(v, atLeast: false)
        }
        // Cut to the values' decimals, written without trailing zeros: "10%" beside "12,5%".
        let scale = pow(10, Double(style.decimals))
        let rounded: FigureValue = switch value {
        case .percent(let x): .percent((x * scale).rounded() / scale)
        case .count(let x, let a): .count((x * scale).rounded() / scale, atLeast: a)
        default: value
        }
        let text = rounded.formatted(language: language, unit: withUnit ? unit : (wordUnit == nil ? unit : nil))
        return style.signed && v > 0 ? "+" + text : text
    }

    /// Each class as the legend names it: "4% t/m 12%", then "meer dan 12% t/m 20%".
    /// `withUnit: false` leaves a word unit off (the legend says it once above them).
    public func classNames(language: Language, withUnit: Bool = true, classes: MapClasses? = nil) -> [String] {
        let limits = (classes ?? classLimits).limits
        let words = language.phrases
        let style = LimitStyle(self)
        func text(_ v: Double) -> String { limitText(v, language: language, withUnit: withUnit, style: style) }
        guard limits.count >= 2 else { return limits.map(text) }
        if limits[0] == limits[1] { return [text(limits[0])] }
        return (0..<(limits.count - 1)).map { i in
            let upper = "\(words.upTo) \(text(limits[i + 1]))"
            return i == 0 ? "\(text(limits[0])) \(upper)" : "\(words.over) \(text(limits[i])) \(upper)"
        }
    }
}

extension FigureValue {
    var isMoney: Bool { if case .money = self { true } else { false } }
}
