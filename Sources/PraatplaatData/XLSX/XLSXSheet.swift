import Foundation

/// Reads one worksheet part's cells (`<row r="7"><c r="C7" s="3" t="s"><v>12</v></c>`) and
/// makes them a table: the first row with anything in it names the columns, the rows below it
/// are the data. A cell's `t` says what its `v` holds; its style `s` says whether a number is
/// a date, a percentage or an amount.
final class XLSXSheet {
    static let maxCells = 2_000_000
    static let maxColumn = 16_384

    private let workbook: XLSXWorkbook
    let events = XMLEvents()
    private(set) var problem: DataFileError?
    /// Row number -> column number -> value.
    private var rows: [Int: [Int: DataValue]] = [:]
    private var count = 0

    private var row = 0, column = 0
    private var type = "n", style = 0
    private var value = "", inline = ""
    private var inValue = false, inInline = false, inCell = false

    init(workbook: XLSXWorkbook) {
        self.workbook = workbook
        events.start = { [unowned self] name, attributes in start(name, attributes) }
        events.end = { [unowned self] name in end(name) }
        events.text = { [unowned self] text in
            if inValue { value += text } else if inInline { inline += text }
        }
    }

    private func fail(_ message: String, row: Int? = nil, column: Int? = nil) {
        guard problem == nil else { return }
        problem = DataFileError(message, line: row, column: column)
        events.stop(nil, message)
    }

    private func start(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "row":
            if let r = attributes["r"] {
                guard let n = Int(r), n >= 1, n <= 1_048_576 else { return fail("the workbook is damaged: a row is numbered \"\(r)\"") }
                row = n
            } else {
                row += 1
            }
            column = 0
        case "c":
            inCell = true
            if let ref = attributes["r"] {
                guard let (c, r) = Self.reference(ref) else { return fail("the workbook is damaged: a cell is named \"\(ref)\"", row: row) }
                column = c
                row = r
            } else {
                column += 1
            }
            type = attributes["t"] ?? "n"
            style = attributes["s"].flatMap(Int.init) ?? 0
            value = ""; inline = ""
        case "v" where inCell: inValue = true
        case "t" where inCell && type == "inlineStr": inInline = true
        default: break
        }
    }

    private func end(_ name: String) {
        switch name {
        case "v": inValue = false
        case "t": inInline = false
        case "c":
            inCell = false
            guard let v = cellValue() else { return }
            if v != .empty {
                count += 1
                if count > Self.maxCells { return fail("the sheet has more than \(Self.maxCells) cells") }
                rows[row, default: [:]][column] = v
            }
        default: break
        }
    }

    /// The cell just read, or nil after a failure.
    private func cellValue() -> DataValue? {
        let v = value.trimmingCharacters(in: .whitespacesAndNewlines)
        switch type {
        case "s":
            guard !v.isEmpty else { return .empty }
            guard let i = Int(v), i >= 0, i < workbook.sharedStrings.count else {
                fail("the workbook is damaged: cell \(DataTable.columnLetters(column))\(row) names a shared text that is not there", row: row, column: column)
                return nil
            }
            return Self.text(workbook.sharedStrings[i])
        case "inlineStr": return Self.text(inline)
        case "str": return Self.text(value)
        case "e": return .error(v)
        case "b": return .bool(v == "1" || v.lowercased() == "true")
        case "d":
            // An ISO 8601 date written out (strict OOXML).
            let parts = v.prefix(10).split(separator: "-").compactMap { Int($0) }
            guard parts.count == 3 else { return .text(v) }
            return .date(year: parts[0], month: parts[1], day: parts[2])
        default:
            guard !v.isEmpty else { return .empty }
            guard let number = Double(v), number.isFinite else {
                fail("the workbook is damaged: cell \(DataTable.columnLetters(column))\(row) holds \"\(v.prefix(40))\" as a number", row: row, column: column)
                return nil
            }
            let format = style < workbook.styles.count ? workbook.styles[style] : .plain
            switch format {
            case .plain: return .number(number, .plain)
            case .percent: return .number(number, .percent)
            case .euro: return .number(number, .euro)
            case .date(let monthOnly):
                guard let d = XLSXNumberFormat.date(serial: number, system1904: workbook.system1904) else { return .number(number, .plain) }
                return .date(year: d.year, month: d.month, day: monthOnly ? nil : d.day)
            }
        }
    }

    private static func text(_ s: String) -> DataValue {
        let t = s.trimmingCharacters(in: .whitespacesAndNewlines)
        return t.isEmpty ? .empty : .text(s)
    }

    /// `C7` -> (3, 7); `$C$7` too.
    static func reference(_ ref: String) -> (Int, Int)? {
        var column = 0, digits = "", letters = 0
        for ch in ref.uppercased() where ch != "$" {
            if let a = ch.asciiValue, (65...90).contains(a), digits.isEmpty {
                column = column * 26 + Int(a - 64)
                letters += 1
                if letters > 3 { return nil }
            } else if ch.isASCII, ch.isNumber {
                digits.append(ch)
            } else {
                return nil
            }
        }
        guard column >= 1, column <= maxColumn, let row = Int(digits), row >= 1, row <= 1_048_576 else { return nil }
        return (column, row)
    }

    /// The header row and the data rows below it.
    func table(name: String, sheet: String) throws(DataFileError) -> DataTable {
        let numbers = rows.keys.sorted()
        guard let headerRow = numbers.first, let header = rows[headerRow] else {
            throw DataFileError("the sheet \"\(sheet)\" is empty", hint: "name the sheet that holds the numbers with 'sheet'")
        }
        let first = header.keys.min()!, last = header.keys.max()!
        var columns: [String] = []
        for c in first...last {
            let title = header[c].map { cell -> String in
                if case .number(let v, _) = cell, v == v.rounded(), abs(v) < 1e15 { return String(Int(v)) }
                return cell.written(language: .dutch)
            } ?? ""
            if title.isEmpty {
                throw DataFileError("column \(DataTable.columnLetters(c)) of the header row (\(headerRow)) has no name", line: headerRow, column: c)
            }
            columns.append(title.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        var data: [DataFileRow] = []
        for number in numbers.dropFirst() {
            let cells = (first...last).map { rows[number]?[$0] ?? .empty }
            if cells.allSatisfy(\.isEmpty) { continue }
            data.append(DataFileRow(line: number, index: data.count, cells: cells, firstColumn: first))
        }
        return DataTable(name: name, sheet: sheet, columns: columns, rows: data)
    }
}
