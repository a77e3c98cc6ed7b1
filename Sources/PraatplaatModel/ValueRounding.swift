import Foundation

/// How a figure or chart rounds the numbers it draws (`round: thousands`). The drawing shows
/// the rounded value and says the rule under it; alt text, the site's data tables and tables
/// keep the exact value.
public enum ValueRounding: String, Sendable, Hashable, Codable, CaseIterable {
    /// 12,5 -> 13; 441.950,75 -> 441.951.
    case whole
    /// 441.950 -> 442.000.
    case thousands
    /// To a tenth of a million: € 6.624.049 -> € 6,6 miljoen; below a million, to 100.000.
    case millions

    public func round(_ v: Double) -> Double {
        switch self {
        case .whole: v.rounded()
        case .thousands: (v / 1000).rounded() * 1000
        case .millions: (v / 100_000).rounded() * 100_000
        }
    }

    /// The line under the drawing: "Afgerond op duizendtallen."
    public func note(_ language: Language) -> String {
        let dutch = language.isDutch
        switch self {
        case .whole: return dutch ? "Afgerond op hele getallen." : "Rounded to whole numbers."
        case .thousands: return dutch ? "Afgerond op duizendtallen." : "Rounded to thousands."
        case .millions: return dutch ? "Afgerond op 0,1 miljoen." : "Rounded to 0.1 million."
        }
    }
}

extension FigureValue {
    /// The value as `rule` draws it. A percentage is a share, not an amount: only `whole`
    /// rounds it.
    public func rounded(_ rule: ValueRounding?) -> FigureValue {
        guard let rule else { return self }
        switch self {
        case .percent(let v): return rule == .whole ? .percent(v.rounded()) : self
        case .count(let v, let atLeast): return .count(rule.round(v), atLeast: atLeast)
        case .range(let lo, let hi): return .range(rule.round(lo), rule.round(hi))
        case .money(let v): return .money(rule.round(v))
        }
    }
}

extension DataCell {
    public func rounded(_ rule: ValueRounding?) -> DataCell {
        var copy = self
        copy.value = value?.rounded(rule)
        return copy
    }
}

extension ValueRounding {
    /// The rule's note when it changes at least one of `values`; nil when every value is
    /// already round (then there is nothing to say).
    public static func note(_ rule: ValueRounding?, for values: [FigureValue], language: Language) -> String? {
        guard let rule, values.contains(where: { $0.rounded(rule) != $0 }) else { return nil }
        return rule.note(language)
    }
}

/// Sections that round what they draw, set once after decoding.
public protocol RoundedSection {
    var round: ValueRounding? { get set }
}

extension RoundedSection {
    public func rounded(_ rule: ValueRounding?) -> Self {
        var copy = self
        copy.round = rule
        return copy
    }
}

extension LineChartSection: RoundedSection {}
extension ColumnChartSection: RoundedSection {}
extension StackedBarSection: RoundedSection {}
extension BarChartSection: RoundedSection {}

extension KeyFigure {
    /// The value as the page draws it: rounded by the figure's rule.
    public var drawnValue: FigureValue { value.rounded(round) }

    /// What the page writes: the words shown instead of the number, or the drawn value.
    public func drawn(language: Language) -> String { shown ?? drawnValue.formatted(language: language) }

    /// The exact value when the page shows something else (words, or a rounded number).
    public func exactIfDiffers(language: Language) -> String? {
        let exact = value.exact(language: language)
        return drawn(language: language) == exact ? nil : exact
    }
}

extension FigureValue {
    /// How many decimals a set of values shown together (a table column, a chart's labels) is
    /// written with: as many as the most precise needs, up to 1, and for amounts cents (2) or
    /// none, so decimal marks line up and `4,0` is not written `4` beside `3,5`.
    public static func decimals(_ values: [FigureValue]) -> Int {
        values.map { v -> Int in
            switch v {
            case .money(let m): decimals(of: m, upTo: 2) > 0 ? 2 : 0
            case .percent(let n), .count(let n, _): decimals(of: n, upTo: 1)
            case .range: 0
            }
        }.max() ?? 0
    }

    static func decimals(of v: Double, upTo cap: Int) -> Int {
        (0...cap).first { d in
            let scaled = abs(v) * pow(10, Double(d))
            return abs(scaled - scaled.rounded()) < 1e-6
        } ?? cap
    }
}
