import Foundation

/// Rows and columns of text and numbers. The first column names the rows; numbers are set
/// right-aligned in the report's language, with the column's unit in a units row.
public struct TableSection: Sendable, Hashable, Codable {
    public var title: String?
    public var columns: [TableColumn]
    public var rows: [TableRow]
    /// The first cell of the row to highlight (the municipality).
    public var highlight: String?
    public var note: String?

    public init(title: String? = nil, columns: [TableColumn], rows: [TableRow], highlight: String? = nil, note: String? = nil) {
        self.title = title; self.columns = columns; self.rows = rows; self.highlight = highlight; self.note = note
    }

    /// Whether column `index` holds numbers (all its cells are values or signs): set right-aligned.
    public func isNumeric(_ index: Int) -> Bool {
        let cells = rows.map { $0.cells[index] }
        return cells.contains { if case .data = $0 { true } else { false } }
            && cells.allSatisfy { if case .data = $0 { true } else { false } }
    }

    /// How many decimals the numbers of column `index` are written with: as many as its most
    /// precise value needs (up to 2 for amounts, 1 otherwise), so decimal marks line up.
    public func decimals(_ index: Int) -> Int {
        FigureValue.decimals(rows.compactMap { row -> FigureValue? in
            guard index < row.cells.count, case .data(let c) = row.cells[index] else { return nil }
            return c.value
        })
    }

    /// The signs used in the table, for the note that explains them.
    public var missingSigns: [MissingSign] {
        let used = Set(rows.flatMap(\.cells).compactMap { if case .data(let c) = $0 { c.sign } else { nil } })
        return MissingSign.allCases.filter(used.contains)
    }

    public var hasProvisional: Bool {
        rows.contains { $0.cells.contains { if case .data(let c) = $0 { c.provisional } else { false } } }
    }

    /// Whether any column has a unit: the table then has a units row under its header.
    public var hasUnits: Bool { columns.contains { $0.unit != nil } }
}

public struct TableColumn: Sendable, Hashable, Codable {
    public var label: String
    /// Said once, in the units row (`€`, `%`, `kinderen`), instead of in every cell.
    public var unit: String?
    /// Small bars beside the numbers of this column, to the column's largest value.
    public var bars: Bool

    public init(label: String, unit: String? = nil, bars: Bool = false) {
        self.label = label; self.unit = unit; self.bars = bars
    }
}

public struct TableRow: Sendable, Hashable, Codable {
    public var cells: [TableCell]
    /// A totals row: set in bold under a rule.
    public var total: Bool

    public init(cells: [TableCell], total: Bool = false) {
        self.cells = cells; self.total = total
    }

    /// The row's name: its first cell as plain text.
    public var name: String {
        guard let first = cells.first else { return "" }
        return first.plain(language: .dutch, unit: nil)
    }
}

public enum TableCell: Sendable, Hashable, Codable {
    case text(String)
    case data(DataCell)

    /// The cell as a reader sees it. In a column with a unit the number stands alone (the units
    /// row says it), except amounts, whose euro sign is part of how they are written.
    /// `decimals`: the column's number of decimals, written out (`4,0`).
    public func plain(language: Language, unit: String?, exact: Bool = true, decimals: Int = 0) -> String {
        // `%` in the units row: the shares below it are written without their sign, as amounts
        // under `€` are.
        if unit?.trimmingSpaces == "%", case .data(let c) = self, case .percent? = c.value {
            let text = TableCell.data(c).plain(language: language, unit: nil, exact: exact, decimals: decimals)
            return text.replacingOccurrences(of: "%", with: "")
        }
        switch self {
        case .text(let t): return InlineText.plain(t)
        case .data(let c) where decimals > 0 && c.value != nil:
            var lang = language
            lang.groupsFourDigits = true
            let mark = (c.signed && (c.value?.magnitude ?? 0) > 0 ? "+" : "")
            let star = c.provisional ? "*" : ""
            let minus = (c.value?.magnitude ?? 0) < 0 ? "\u{2212}" : ""
            switch c.value! {
            case .money(let m):
                let bare = unit.map(Money.isCurrency) ?? false
                let euro = bare ? "" : (language.isDutch ? "€ " : "€")
                return mark + minus + euro + NumberText.fixed(abs(m), language: lang, decimals: decimals) + star
            case .percent, .count:
                return c.formatted(language: language, unit: nil, exact: exact, decimals: decimals)
            case .range:
                return c.formatted(language: language, unit: nil, exact: exact)
            }
        case .data(let c):
            // `€` in the units row: the amounts below it are written without their sign.
            if let unit, Money.isCurrency(unit), let v = c.value, case .money = v {
                let text = Money.format(v.magnitude, language: language, rounding: exact ? .exact : .shown, sign: false)
                return (c.signed && v.magnitude > 0 ? "+" : "") + text + (c.provisional ? "*" : "")
            }
            return c.formatted(language: language, unit: nil, exact: exact)
        }
    }
}
