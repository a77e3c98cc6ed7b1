import Foundation
import PraatplaatData
import PraatplaatLoader
import PraatplaatModel

/// One data row: its line in the file (where a person finds it in a text editor, or its row in
/// a sheet), its place among the data rows, and its cells by column (names as
/// `ReportTemplate.key` makes them), written as text a template takes.
public struct DataRow: Sendable {
    public var line: Int
    public var index: Int
    public var cells: [String: String]
    /// Set when the row itself is malformed (too many or too few cells).
    public var problem: String?
    /// Each cell's column number (from 1), by the same keys as `cells`.
    public var columnNumbers: [String: Int] = [:]
    /// The workbook sheet the row is on; nil for a text file.
    public var sheet: String?

    /// `Blad1!C7` for a cell of a workbook, nil in a text file (its line and column say it).
    func cellName(column: String) -> String? {
        guard let sheet, let number = columnNumbers[ReportTemplate.key(column)] else { return nil }
        return "\(sheet)!\(DataTable.columnLetters(number))\(line)"
    }
}

/// The batch's rows from a CSV, TSV or `.xlsx` file (its first sheet), each cell as text in
/// the template's language: a workbook's stored numbers are written `6624049,93` for a Dutch
/// template, so the template reads them by its own rules.
public final class DataReader {
    public let url: URL
    public let displayName: String
    /// The header's column names as written.
    public let columns: [String]
    private let rows: DataFileReader
    private let language: Language

    public init(url: URL, displayName: String, sheet: String? = nil, language: Language = .dutch) throws(BatchError) {
        self.url = url
        self.displayName = displayName
        self.language = language
        do {
            rows = try DataFile.rows(at: url, sheet: sheet)
        } catch {
            throw BatchError.from(error, file: displayName)
        }
        columns = rows.columns
    }

    /// The next data row, or nil at the end. Blank lines are skipped.
    public func next() throws(BatchError) -> DataRow? {
        let next: DataFileRow?
        do { next = try rows.next() } catch { throw BatchError.from(error, file: displayName) }
        guard let next else { return nil }
        var row = DataRow(line: next.line, index: next.index, cells: [:], problem: next.problem, sheet: rows.sheet)
        for (i, name) in columns.enumerated() where i < next.cells.count {
            row.cells[ReportTemplate.key(name)] = next.cells[i].written(language: language)
            row.columnNumbers[ReportTemplate.key(name)] = next.columnNumber(i)
        }
        return row
    }
}

extension BatchError {
    static func from(_ error: DataFileError, file: String) -> BatchError {
        .invalid([.error(error.message, at: SourceLocation(file: file, line: error.line ?? 1, column: error.column ?? 1), path: "", hint: error.hint)])
    }
}
