/// The vocabulary of the format's definition. The loader reads every mapping through one of these
/// shapes (which keys exist, which are required, ranges, choices, list bounds), and `JSONSchema`
/// writes the schema from the same values, so the file format and the schema cannot drift.
public indirect enum ValueShape: Sendable {
    /// Text as written; `kind` narrows what is accepted.
    case text(TextKind)
    /// A plain number within `range`, in `unit` for messages and documentation.
    case number(ClosedRange<Double>, unit: String?)
    case bool
    /// One of a fixed set of words (matched without regard to case).
    case choice([String])
    /// A key-figure value: `40%`, `1.500`, `400-500`, `30.000+`; percentages only where `percent`.
    case figure(percent: Bool)
    /// A value of a series or a table: a number of any sign, a percentage, an amount, a change
    /// (`+3,2%`), a provisional figure (`12*`), a CBS sign (`.`, `x`, `-`) or nothing; in a
    /// table also text.
    case cell
    /// A built-in icon name or a PNG/SVG file in the report's folder.
    case file
    /// A PNG or SVG file in the folder of the file that names it (a theme's logo).
    case imageFile
    /// A CSV, TSV or `.xlsx` file in the report's folder.
    case dataFile
    /// A GeoJSON or TopoJSON file in the report's folder.
    case mapFile
    /// A colour as `#RRGGBB` (or `#RGB`).
    case color
    /// A font family, or a list of families of which the first installed one is used.
    case families
    /// A built-in theme's name or a theme file (.yaml, .yml, .json) next to the report.
    case theme
    case list(of: ValueShape, minItems: Int, limit: ListLimit)
    case object(ObjectShape)
    /// Short form and long form: plain text, or the full mapping whose `text` field it stands for.
    case textOr(ObjectShape)
}

public enum TextKind: Sendable {
    /// May hold `**bold**`, `*italic*` and `[label](https://…)` links.
    case inline
    /// Text drawn as is.
    case plain
    /// An http, https or mailto address.
    case url
    /// A BCP 47 language tag such as `nl` or `en-GB`.
    case language
}

/// Which of `LoaderLimits` bounds a list.
public enum ListLimit: Sendable {
    case items, sections

    public func value(in limits: LoaderLimits) -> Int {
        switch self {
        case .items: limits.maxItems
        case .sections: limits.maxSections
        }
    }
}

public struct FieldSpec: Sendable {
    public var name: String
    public var shape: ValueShape
    public var required: Bool
    public var doc: String

    public init(_ name: String, _ shape: ValueShape, required: Bool = false, _ doc: String) {
        self.name = name
        self.shape = shape
        self.required = required
        self.doc = doc
    }
}

/// A mapping: its fields, and rules between fields that one field alone cannot state.
public struct ObjectShape: Sendable {
    /// The name under `$defs` in the schema.
    public var id: String
    public var doc: String
    public var fields: [FieldSpec]
    /// Groups of fields of which exactly one must be given.
    public var exactlyOne: [[String]] = []
    /// Groups of fields that must be given together or not at all.
    public var together: [[String]] = []
    /// Groups of fields of which at least one must be given.
    public var atLeastOne: [[String]] = []

    public init(id: String, doc: String, fields: [FieldSpec], exactlyOne: [[String]] = [], together: [[String]] = [],
                atLeastOne: [[String]] = []) {
        self.id = id
        self.doc = doc
        self.fields = fields
        self.exactlyOne = exactlyOne
        self.together = together
        self.atLeastOne = atLeastOne
    }

    public var keys: [String] { fields.map(\.name) }

    public func field(_ name: String) -> FieldSpec? { fields.first { $0.name == name } }
}

extension ValueShape {
    /// The words of a choice built from an enum, so its cases and the format agree.
    static func choice<T: RawRepresentable & CaseIterable>(_ type: T.Type) -> ValueShape where T.RawValue == String {
        .choice(T.allCases.map(\.rawValue))
    }
}
