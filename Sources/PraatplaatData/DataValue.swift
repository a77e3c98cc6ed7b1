import PraatplaatModel

/// One cell of a data file. A CSV cell is text; a workbook cell is what the workbook stores:
/// the number itself (not its display text), a date read from the cell's number format, a
/// formula's error, or nothing.
public enum DataValue: Sendable, Hashable {
    case empty
    case text(String)
    case number(Double, NumberStyle)
    /// A date cell; `day` is nil when its format shows only month and year (`mmm yyyy`).
    case date(year: Int, month: Int, day: Int?)
    case bool(Bool)
    /// A formula's error value as the workbook stores it: `#DIV/0!`, `#N/A`, `#REF!`.
    case error(String)

    /// How the number format shows a number: 0,125 formatted `0%` is 12,5%.
    public enum NumberStyle: Sendable, Hashable {
        case plain, percent, euro
    }

    public var isEmpty: Bool {
        switch self {
        case .empty: true
        case .text(let t): t.trimmingSpaces.isEmpty
        default: false
        }
    }

    /// The value written as a report in `language` would write it, for a batch template's
    /// `{{column}}` and a chart's axis: numbers without digit groups and with the language's
    /// decimal mark (`6624049,93`), percentages as `12,5%`, amounts as `€ 950000`, dates as
    /// `2021-06-15` or `juni 2021`.
    public func written(language: Language) -> String {
        switch self {
        case .empty: return ""
        case .text(let t): return t.trimmingSpaces
        case .number(let v, let style):
            switch style {
            case .plain: return Self.plain(v, language: language)
            case .percent: return Self.plain(v * 100, language: language) + "%"
            case .euro: return "€ " + Self.plain(v, language: language)
            }
        case .date(let y, let m, let d):
            if let d { return "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)" }
            return ReportDate(year: y, month: m).formatted(language: language)
        case .bool(let b): return b ? "true" : "false"
        case .error(let code): return code
        }
    }

    /// Up to nine decimals (what a workbook's binary fraction means), no groups, ASCII minus.
    static func plain(_ value: Double, language: Language) -> String {
        let text = NumberText.format(abs(value), language: language, maxDecimals: 9, grouping: false)
        return value < 0 && text.contains(where: { $0 != "0" && $0.isNumber }) ? "-" + text : text
    }
}
