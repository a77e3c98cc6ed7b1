import Foundation
import PraatplaatModel

/// Opening a data file of any kind Praatplaat reads: CSV and TSV text, and `.xlsx` workbooks.
public enum DataFile {
    /// The extensions a report's `data:` and `batch --data` accept (`.xls` only to say it is old).
    public static let extensions = ["csv", "tsv", "txt", "xlsx", "xls"]

    enum Kind { case text, zip, compoundDocument }

    /// What the first bytes say the file is: a ZIP (an `.xlsx`), an OLE compound document (an
    /// old `.xls`, or an `.xlsx` encrypted with a password), or text.
    static func kind(ofStart data: Data) -> Kind {
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) || data.starts(with: [0x50, 0x4B, 0x05, 0x06]) { return .zip }
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .compoundDocument }
        return .text
    }

    /// Names compare without case and surrounding spaces, as a template's `{{column}}` does.
    public static func key(_ column: String) -> String { column.trimmingSpaces.lowercased() }

    /// A reader over the file's rows: streamed for text, the chosen sheet for a workbook.
    public static func rows(at url: URL, sheet: String? = nil) throws(DataFileError) -> DataFileReader {
        let start: Data
        do {
            let handle = try FileHandle(forReadingFrom: url)
            start = (try handle.read(upToCount: 8)) ?? Data()
            try? handle.close()
        } catch {
            throw DataFileError(FileManager.default.fileExists(atPath: url.path) ? "cannot read the file" : "no such file")
        }
        let ext = url.pathExtension.lowercased()
        switch kind(ofStart: start) {
        case .zip, .compoundDocument:
            let table = try XLSXWorkbook(url: url).table(named: sheet, fileName: url.lastPathComponent)
            return try DataFileReader(table: table)
        case .text:
            if ext == "xlsx" || ext == "xls" {
                throw DataFileError("the file is named .\(ext) but is not an Excel workbook (it is text, or damaged)",
                                    hint: "save it from Excel as .xlsx, or name a text file .csv")
            }
            if sheet != nil { throw DataFileError("a text file has no sheets; 'sheet' is for .xlsx workbooks") }
            return try DataFileReader(csv: CSVRows(url: url))
        }
    }

    /// A workbook's sheet from its bytes (the fuzzer's way in, and for callers that hold the file).
    public static func table(workbook data: Data, name: String, sheet: String? = nil) throws(DataFileError) -> DataTable {
        try XLSXWorkbook(data: data).table(named: sheet, fileName: name)
    }

    /// The whole file as a table (for a chart's or table's `data:`).
    public static func table(at url: URL, name: String, sheet: String? = nil, maxRows: Int = 100_000) throws(DataFileError) -> DataTable {
        let reader = try rows(at: url, sheet: sheet)
        var rows: [DataFileRow] = []
        while let row = try reader.next() {
            if let problem = row.problem { throw DataFileError(problem, line: row.line) }
            if rows.count == maxRows { throw DataFileError("the file has more than \(maxRows) rows", line: row.line) }
            rows.append(row)
        }
        if rows.isEmpty {
            throw DataFileError(reader.sheet.map { "the sheet \"\($0)\" has a header but no rows" } ?? "the file has a header but no rows", line: reader.sheet == nil ? 1 : nil)
        }
        return DataTable(name: name, sheet: reader.sheet, columns: reader.columns, rows: rows)
    }
}

/// The rows of a data file, one at a time, whatever its kind.
public final class DataFileReader {
    public let columns: [String]
    /// The sheet, for a workbook.
    public let sheet: String?
    private var csv: CSVRows?
    private var table: DataTable?
    private var position = 0

    init(csv: CSVRows) throws(DataFileError) {
        columns = csv.columns
        sheet = nil
        self.csv = csv
        try Self.checkNames(columns)
    }

    init(table: DataTable) throws(DataFileError) {
        columns = table.columns
        sheet = table.sheet
        self.table = table
        try Self.checkNames(columns)
    }

    /// Two columns whose names differ only in case cannot both be named in a report.
    static func checkNames(_ columns: [String]) throws(DataFileError) {
        var seen = Set<String>()
        if let twice = columns.first(where: { !seen.insert(DataFile.key($0)).inserted }) {
            throw DataFileError("two columns are named \"\(twice)\"", line: 1)
        }
    }

    /// The next row, or nil after the last.
    public func next() throws(DataFileError) -> DataFileRow? {
        if let csv { return try csv.next() }
        guard let table, position < table.rows.count else { return nil }
        position += 1
        return table.rows[position - 1]
    }
}
