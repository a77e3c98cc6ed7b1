/// A font as layout asks for it. Sizes are in points on the page.
public struct FontSpec: Sendable, Hashable, Codable, CustomStringConvertible {
    public var family: String
    public var size: Double
    public var weight: Weight
    public var italic: Bool
    /// Figures of one width (OpenType `tnum`), so numbers in a column line up digit under digit.
    public var tabular: Bool

    public init(family: String, size: Double, weight: Weight = .regular, italic: Bool = false, tabular: Bool = false) {
        self.family = family; self.size = size; self.weight = weight; self.italic = italic; self.tabular = tabular
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        family = try c.decode(String.self, forKey: .family)
        size = try c.decode(Double.self, forKey: .size)
        weight = try c.decode(Weight.self, forKey: .weight)
        italic = try c.decode(Bool.self, forKey: .italic)
        tabular = try c.decodeIfPresent(Bool.self, forKey: .tabular) ?? false
    }

    /// CSS/OpenType weights, so every renderer maps them the same way.
    public enum Weight: Int, Sendable, Hashable, Codable, CaseIterable {
        case regular = 400, medium = 500, semibold = 600, bold = 700
    }

    public func with(weight: Weight? = nil, italic: Bool? = nil, size: Double? = nil) -> FontSpec {
        FontSpec(family: family, size: size ?? self.size, weight: weight ?? self.weight, italic: italic ?? self.italic, tabular: tabular)
    }

    public var description: String {
        "\(family) \(Dump.number(size)) w\(weight.rawValue)\(italic ? " italic" : "")\(tabular ? " tnum" : "")"
    }
}

/// A piece of a text line in one font and colour.
public struct TextSpan: Sendable, Hashable, Codable {
    public var text: String
    public var font: FontSpec
    public var color: Color
    /// Where the span links to; layout adds a `.link` item over it, renderers draw it as text.
    public var link: String?

    public init(text: String, font: FontSpec, color: Color, link: String? = nil) {
        self.text = text; self.font = font; self.color = color; self.link = link
    }

    /// Whether two spans can be set as one (same look, same link).
    public func sameStyle(as other: TextSpan) -> Bool {
        font == other.font && color == other.color && link == other.link
    }

    /// Text, size and weight only: spans are the keys of the measuring and shaping caches,
    /// looked up for every word, and hashing the family, colour and link as well cost a tenth
    /// of layout. Equal spans still hash alike; the rest is told apart by `==`.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(font.size)
        hasher.combine(font.weight)
    }
}

/// One line of text, already broken and placed by layout; renderers draw it as is and never re-wrap.
public struct TextLine: Sendable, Hashable, Codable {
    /// The left end of the baseline.
    public var origin: Point
    public var spans: [TextSpan]
    /// The advance width layout measured; renderers use it only for alignment checks and bounds.
    public var width: Double
    /// Height above and below the baseline, from the fonts' metrics.
    public var ascent: Double
    public var descent: Double
    /// How layout broke the text into this line, for the layout report; renderers ignore it.
    public var setting: LineSetting?

    public init(origin: Point, spans: [TextSpan], width: Double, ascent: Double, descent: Double, setting: LineSetting? = nil) {
        self.origin = origin; self.spans = spans; self.width = width; self.ascent = ascent; self.descent = descent; self.setting = setting
    }

    public var text: String { spans.map(\.text).joined() }

    public var bounds: Rect {
        Rect(x: origin.x, y: origin.y - ascent, width: width, height: ascent + descent)
    }
}

/// What layout knew when it set a line: the width it had, whether it ended the line at a hyphen
/// of its own (a dictionary or soft hyphen, not one the text had), and whether it is the last
/// line of a text of several lines. The layout report counts hyphenations and short last lines
/// from these, on the lines that reached the page.
public struct LineSetting: Sendable, Hashable, Codable {
    public var measure: Double
    public var hyphenated: Bool
    public var endsText: Bool

    public init(measure: Double, hyphenated: Bool = false, endsText: Bool = false) {
        self.measure = measure; self.hyphenated = hyphenated; self.endsText = endsText
    }
}

/// Vertical metrics of a font, in points.
public struct FontMetrics: Sendable, Hashable {
    public var ascent: Double
    public var descent: Double

    public init(ascent: Double, descent: Double) { self.ascent = ascent; self.descent = descent }
}

/// How layout learns the size of text without knowing what draws it. The Cairo target implements
/// it with Pango; tests use `FixedAdvanceMeasurer`, so layout tests need no fonts.
public protocol TextMeasurer {
    /// The advance width of the spans set on one line, in points.
    func width(of spans: [TextSpan]) -> Double
    func metrics(of font: FontSpec) -> FontMetrics
}

/// A measurer where every character is `advance` ems wide: platform-free and predictable.
public struct FixedAdvanceMeasurer: TextMeasurer, Sendable {
    public var advance: Double

    public init(advance: Double = 0.55) { self.advance = advance }

    public func width(of spans: [TextSpan]) -> Double {
        spans.reduce(0) { $0 + Double($1.text.count) * $1.font.size * advance }
    }

    public func metrics(of font: FontSpec) -> FontMetrics {
        FontMetrics(ascent: font.size * 0.8, descent: font.size * 0.2)
    }
}

/// A place where a word may be hyphenated: after `after` characters. `next` is the letter after
/// the break as the next line writes it, when spelling changes it there (Dutch drops the trema:
/// ge-ëvenaard is set "ge-" / "evenaard").
public struct HyphenBreak: Sendable, Hashable {
    public var after: Int
    public var next: Character?
    /// Where words of a compound meet, the break a reader follows most easily: 2 where both
    /// sides are words (onderwijs-achterstand), 1 where what follows is one (onderwijsachter-
    /// stand), 0 inside a word (onderwijsach-terstand).
    public var seam: Int

    public init(after: Int, next: Character? = nil, seam: Int = 0) {
        self.after = after
        self.next = next
        self.seam = seam
    }
}

/// Where a word may be hyphenated, in the report's language: from a dictionary of patterns,
/// with at least two letters before a break and three after.
public protocol Hyphenator: Sendable {
    func breaks(in word: String) -> [HyphenBreak]
}
