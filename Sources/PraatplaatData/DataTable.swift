/// A data file read whole: its columns (the header row's names as written) and its rows, each
/// cell in the place of its column. Where a row is in the file is kept for messages.
public struct DataTable: Sendable, Hashable {
    /// The file as messages name it: `bereik.xlsx`.
    public var name: String
    /// The workbook sheet the table comes from; nil for CSV and TSV.
    public var sheet: String?
    public var columns: [String]
    public var rows: [DataFileRow]

    public init(name: String, sheet: String?, columns: [String], rows: [DataFileRow]) {
        self.name = name; self.sheet = sheet; self.columns = columns; self.rows = rows
    }

    /// Where a cell is, as a person finds it: `bereik.xlsx:Blad1!C7` in a workbook,
    /// `bereik.csv:7:3` (line and field) in a text file. `column` counts from 0.
    public func place(of row: DataFileRow, column: Int) -> String {
        guard let sheet else { return "\(name):\(row.line):\(row.columnNumber(column))" }
        return "\(name):\(Self.sheetReference(sheet))!\(Self.columnLetters(row.columnNumber(column)))\(row.line)"
    }

    /// The row's place as a whole: `bereik.xlsx:Blad1!7`, `bereik.csv:7`.
    public func place(of row: DataFileRow) -> String {
        guard let sheet else { return "\(name):\(row.line)" }
        return "\(name):\(Self.sheetReference(sheet))!\(row.line)"
    }

    /// The index of the column named `name`, compared as `key` makes names comparable.
    public func column(named name: String, key: (String) -> String) -> Int? {
        let wanted = key(name)
        return columns.firstIndex { key($0) == wanted }
    }

    /// A sheet name with spaces or punctuation is quoted as Excel quotes it: `'Blad 1'!C7`.
    static func sheetReference(_ sheet: String) -> String {
        sheet.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) ? sheet : "'" + sheet.replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// 1 -> A, 27 -> AA.
    public static func columnLetters(_ number: Int) -> String {
        var n = max(1, number), letters = ""
        while n > 0 {
            let r = (n - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + r))) + letters
            n = (n - 1) / 26
        }
        return letters
    }
}

/// One data row: its line in a text file or its row number in a sheet, its place among the
/// data rows, and its cells in the order of the table's columns.
public struct DataFileRow: Sendable, Hashable {
    public var line: Int
    public var index: Int
    public var cells: [DataValue]
    /// Set when the row itself is malformed (a text row with too many or too few cells).
    public var problem: String?
    /// The sheet column of the table's first column (1 for A), so places name real cells.
    public var firstColumn: Int = 1

    public init(line: Int, index: Int, cells: [DataValue], problem: String? = nil, firstColumn: Int = 1) {
        self.line = line; self.index = index; self.cells = cells; self.problem = problem; self.firstColumn = firstColumn
    }

    public func columnNumber(_ column: Int) -> Int { firstColumn + column }

    public subscript(column: Int) -> DataValue { column < cells.count ? cells[column] : .empty }
}

/// Why a data file cannot be read, or what is wrong in one place of it.
public struct DataFileError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    /// The line (text) or row (sheet) it is about; nil for the file as a whole.
    public var line: Int?
    /// The column number it is about (from 1), when there is one.
    public var column: Int?
    public var hint: String?

    public init(_ message: String, line: Int? = nil, column: Int? = nil, hint: String? = nil) {
        self.message = message; self.line = line; self.column = column; self.hint = hint
    }

    public var description: String { message + (hint.map { "; " + $0 } ?? "") }
}
