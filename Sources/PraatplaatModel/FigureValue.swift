/// The value of a key figure as written in the file: `40%`, `1.500`, `400-500`, `30.000+`.
public enum FigureValue: Sendable, Hashable {
    /// A share from 0 to 100, drawn as a donut.
    case percent(Double)
    /// A count; `atLeast` is true for "more than" values written with a trailing `+`.
    case count(Double, atLeast: Bool)
    /// An estimate between two counts.
    case range(Double, Double)
    /// An amount in euros, as written (`€ 6.624.049,93`, `€ 1,2 miljoen`).
    case money(Double)

    /// How the value reads on the page in `language` (`nl`: `30.000+`, `400–500`, `12,5%`).
    /// `decimals` writes a percentage or count with exactly that many (`11,0%` beside `12,5%`
    /// in one chart or column); amounts and ranges keep their own rules.
    public func formatted(language: Language, decimals: Int? = nil) -> String {
        switch self {
        case .percent(let v) where decimals != nil:
            return NumberText.fixed(v, language: language, decimals: decimals!) + "%"
        case .count(let v, let atLeast) where decimals != nil && abs(v) < 1e6:
            return NumberText.fixed(v, language: language, decimals: decimals!) + (atLeast ? "+" : "")
        case .percent(let v):
            return NumberText.format(v, language: language) + "%"
        case .count(let v, let atLeast):
            return NumberText.formatLarge(v, language: language) + (atLeast ? "+" : "")
        case .range(let lo, let hi):
            // An en dash, as typesetting asks for number ranges.
            return NumberText.formatLarge(lo, language: language) + "\u{2013}" + NumberText.formatLarge(hi, language: language)
        case .money(let v):
            return Money.format(v, language: language, rounding: .shown)
        }
    }

    /// The value as written, unrounded: what alt text and tables give (`€ 6.624.049,93`).
    public func exact(language: Language) -> String {
        if case .money(let v) = self { return Money.format(v, language: language, rounding: .exact) }
        return formatted(language: language)
    }

    /// The value with a chart's unit after it, one way for every output (the drawing, its alt
    /// text, the site's table): `140 kinderen`; a `%` unit is not written twice after a percentage.
    /// `exact` keeps every cent of an amount (alt text, the site's tables).
    public func formatted(language: Language, unit: String?, exact: Bool = false, decimals: Int? = nil) -> String {
        let number: String
        if exact, case .money = self { number = self.exact(language: language) } else { number = formatted(language: language, decimals: decimals) }
        guard let unit = unit.map(InlineText.plain), !unit.isEmpty else { return number }
        if unit == "%" { return number.hasSuffix("%") ? number : number + "%" }
        // A currency unit goes before the number, as the euro sign does: `€ 950.000`, not `950.000 €`.
        if Money.isCurrency(unit) {
            // A share stays a share (the loader warns about the mix); an amount is written once.
            let rounding: Money.Rounding = exact ? .exact : .shown
            switch self {
            case .percent, .money: return number
            case .count(let v, let atLeast): return Money.format(v, language: language, rounding: rounding) + (atLeast ? "+" : "")
            case .range(let lo, let hi):
                // `€ 400–500`: the sign once, before the range.
                return Money.format(lo, language: language, rounding: rounding) + "\u{2013}" + Money.format(hi, language: language, rounding: rounding, sign: false)
            }
        }
        return number + " " + unit
    }

    /// Reads a value in the conventions of `language`; nil if it is not one of the forms above.
    /// Range checks (0 to 100, not negative) are the loader's, so it can say what was wrong.
    public static func parse(_ text: String, language: Language) -> FigureValue? {
        let t = text.trimmingSpaces
        if let amount = Money.parse(t, language: language) { return .money(amount) }
        if t.hasSuffix("%") {
            // `12 %` is read as `12%` (a space before the sign is common in Dutch text).
            return NumberText.parse(String(t.dropLast()).trimmingSpaces, language: language).map(FigureValue.percent)
        }
        if t.hasSuffix("+") {
            return NumberText.parse(String(t.dropLast()), language: language).map { .count($0, atLeast: true) }
        }
        // A range: two numbers around a hyphen or en dash, with or without spaces.
        for dash in ["\u{2013}", "-"] {
            let parts = t.components(separatedBy: dash)
            if parts.count == 2, !parts[0].trimmingSpaces.isEmpty,
               let lo = NumberText.parse(parts[0], language: language),
               let hi = NumberText.parse(parts[1], language: language) {
                return .range(lo, hi)
            }
        }
        return NumberText.parse(t, language: language).map { .count($0, atLeast: false) }
    }

    /// The language-neutral spelling used in JSON encodings.
    var canonical: String {
        switch self {
        case .percent(let v): return NumberText.format(v, language: .english, grouping: false) + "%"
        case .count(let v, let atLeast): return NumberText.format(v, language: .english, grouping: false) + (atLeast ? "+" : "")
        case .range(let lo, let hi):
            return NumberText.format(lo, language: .english, grouping: false) + "-" + NumberText.format(hi, language: .english, grouping: false)
        case .money(let v): return "€" + NumberText.format(v, language: .english, maxDecimals: 2, grouping: false)
        }
    }
}

extension FigureValue: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = FigureValue.parse(text, language: .english) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a figure value: \(text)")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(canonical)
    }
}
