/// One value of a series or a table, as statistics offices publish them: a number (which may be
/// negative, a change written `+3,2%`, or provisional, `12*`) or one of the CBS signs for what is
/// not there. The sign is kept so a table prints it and explains it.
public struct DataCell: Sendable, Hashable {
    public var value: FigureValue?
    /// Why there is no value (`value == nil`), or `.nihil` for a written `-`.
    public var sign: MissingSign?
    /// `12*`: a provisional figure, drawn as an estimate (dashed) and marked in tables.
    public var provisional: Bool
    /// Written with a `+` (`+3,2%`): a change, so positive values keep their sign on the page.
    public var signed: Bool

    public init(_ value: FigureValue?, sign: MissingSign? = nil, provisional: Bool = false, signed: Bool = false) {
        self.value = value; self.sign = sign; self.provisional = provisional; self.signed = signed
    }

    public static func missing(_ sign: MissingSign) -> DataCell { DataCell(nil, sign: sign) }

    /// What a chart plots: the number, 0 for nihil, nil for a gap.
    public var number: Double? {
        if sign == .nihil { return 0 }
        return value?.magnitude
    }

    public enum Problem: Error, Equatable, Sendable {
        case notAValue
        /// A range or an open count where one number is needed (a point on a line).
        case notSingle
    }

    /// Reads a cell in `language`'s conventions. `single` refuses ranges and open counts.
    public static func parse(_ raw: String, language: Language, single: Bool) -> Result<DataCell, Problem> {
        // Most cells of a series are small whole numbers: read those without the general rules.
        let utf8 = raw.utf8
        if utf8.count <= 4, !utf8.isEmpty, utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let n = Int(raw) {
            return .success(DataCell(.count(Double(n), atLeast: false)))
        }
        var t = raw.trimmingSpaces
        if t.utf8.count <= 1, let sign = MissingSign(rawValue: t.lowercased()) { return .success(.missing(sign)) }
        // A Unicode minus or en dash alone is nihil as well, as typeset tables write it.
        if t == "\u{2212}" || t == "\u{2013}" { return .success(.missing(.nihil)) }
        var provisional = false
        if t.hasSuffix("*") {
            provisional = true
            t = String(t.dropLast()).trimmingSpaces
        }
        var negative = false, signed = false
        if let first = t.first, first == "-" || first == "\u{2212}" || first == "+" {
            negative = first != "+"
            signed = true
            t = String(t.dropFirst()).trimmingSpaces
        }
        if let first = t.first, first == "-" || first == "+" || first == "\u{2212}" { return .failure(.notAValue) }
        guard var value = FigureValue.parse(t, language: language) else { return .failure(.notAValue) }
        // `€ -5` is read by Money itself; a sign before the euro sign is ours.
        if negative { value = value.negated }
        if single {
            switch value {
            case .range, .count(_, atLeast: true): return .failure(.notSingle)
            default: break
            }
        }
        return .success(DataCell(value, provisional: provisional, signed: signed))
    }

    /// How the cell reads on the page: the value in the report's language with the chart's or
    /// column's unit, a `+` kept on a change, `*` on a provisional figure, or its sign.
    public func formatted(language: Language, unit: String?, exact: Bool = false, provisionalMark: String = "*", decimals: Int? = nil) -> String {
        guard let value else { return (sign ?? .empty).printed }
        var text = value.formatted(language: language, unit: unit, exact: exact, decimals: decimals)
        if signed, value.magnitude > 0 { text = "+" + text }
        return provisional ? text + provisionalMark : text
    }
}

/// The signs CBS uses where a table has no number (Statline's "verklaring van tekens").
public enum MissingSign: String, Sendable, Hashable, Codable, CaseIterable {
    /// An empty cell: nothing was given.
    case empty = ""
    /// `.`: the figure is unknown, too unreliable or not yet known.
    case unknown = "."
    /// `x`: the figure is kept secret.
    case secret = "x"
    /// `-`: nil, nothing (zero).
    case nihil = "-"

    /// What a table prints for it: an empty cell stays a blank-looking dot, as CBS prints it.
    public var printed: String {
        switch self {
        case .empty: "\u{00B7}"
        case .unknown: "."
        case .secret: "x"
        case .nihil: "\u{2013}"
        }
    }

    /// The explanation of the sign, for the note under a table or chart.
    public func meaning(_ language: Language) -> String {
        let words = language.phrases
        switch self {
        case .empty: return words.noData
        case .unknown: return words.notKnown
        case .secret: return words.secret
        case .nihil: return words.nihil
        }
    }
}

extension FigureValue {
    /// The value below zero: a decrease or a deficit.
    public var negated: FigureValue {
        switch self {
        case .percent(let v): .percent(-v)
        case .money(let v): .money(-v)
        case .count(let v, let atLeast): .count(-v, atLeast: atLeast)
        case .range(let lo, let hi): .range(-hi, -lo)
        }
    }
}
