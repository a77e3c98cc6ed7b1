import CSV
import Foundation
import PraatplaatLoader
import PraatplaatModel

/// One data row: its line in the file (where a person finds it in a text editor), its place
/// among the data rows, and its cells by column (names as `ReportTemplate.key` makes them).
public struct DataRow: Sendable {
    public var line: Int
    public var index: Int
    public var cells: [String: String]
    /// Set when the row itself is malformed (too many or too few cells).
    public var problem: String?
    /// Each cell's column number (from 1), by the same keys as `cells`.
    public var columnNumbers: [String: Int] = [:]
}

/// Reads a CSV or TSV file row by row (CSV.swift streams it from disk): UTF-8 with or without a
/// byte-order mark, separated by `,`, `;` (as Dutch Excel saves) or tabs, found from the header.
public final class DataReader {
    public let url: URL
    public let displayName: String
    public let delimiter: Unicode.Scalar
    /// The header's column names as written.
    public let columns: [String]
    private let reader: CSVReader
    private var line = 1
    private var index = 0

    public init(url: URL, displayName: String) throws(BatchError) {
        self.url = url
        self.displayName = displayName
        guard let head = FileHandle(forReadingAtPath: url.path) else {
            throw .data(FileManager.default.fileExists(atPath: url.path) ? "cannot read the file" : "no such file", file: displayName, line: 1)
        }
        let start = (try? head.read(upToCount: 64 * 1024)) ?? Data()
        try? head.close()
        if start.starts(with: [0xFF, 0xFE]) || start.starts(with: [0xFE, 0xFF]) {
            throw .data("the file is UTF-16 text; save it as \"CSV UTF-8\"", file: displayName, line: 1)
        }
        delimiter = url.pathExtension.lowercased() == "tsv" ? "\t" : Self.delimiter(in: start)
        guard let stream = InputStream(url: url) else { throw .data("cannot read the file", file: displayName, line: 1) }
        do {
            reader = try CSVReader(stream: stream, hasHeaderRow: true, trimFields: false, delimiter: delimiter)
        } catch {
            throw .data("cannot read the header: \(error)", file: displayName, line: 1)
        }
        let header = (reader.headerRow ?? []).map { $0.trimmingSpaces }
        if header.isEmpty || header.allSatisfy(\.isEmpty) { throw .data("the file has no header row naming its columns", file: displayName, line: 1) }
        if let empty = header.firstIndex(of: "") { throw .invalid([.error("column \(empty + 1) has no name", at: SourceLocation(file: displayName, line: 1, column: empty + 1), path: "")]) }
        var seen = Set<String>()
        if let twice = header.first(where: { !seen.insert(ReportTemplate.key($0)).inserted }) {
            throw .data("two columns are named \"\(twice)\"", file: displayName, line: 1)
        }
        columns = header
        line = 1 + header.joined().filter(\.isNewline).count + 1
    }

    /// The separator the first line uses most, outside quotes: `;`, `,` or a tab.
    static func delimiter(in data: Data) -> Unicode.Scalar {
        var counts: [UInt8: Int] = [0x3B: 0, 0x2C: 0, 0x09: 0]
        var quoted = false
        for byte in data {
            if byte == 0x22 { quoted.toggle() }
            if !quoted, byte == 0x0A { break }
            if !quoted, counts[byte] != nil { counts[byte]! += 1 }
        }
        let best = counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }
        return Unicode.Scalar(best.map { $0.value > 0 ? $0.key : 0x2C } ?? 0x2C)
    }

    /// The next data row, or nil at the end. Blank lines are skipped.
    public func next() throws(BatchError) -> DataRow? {
        while let fields = reader.next() {
            let here = line
            line += 1 + fields.joined().filter(\.isNewline).count
            if fields.allSatisfy({ $0.trimmingSpaces.isEmpty }) { continue }
            var row = DataRow(line: here, index: index, cells: [:])
            index += 1
            for (i, name) in columns.enumerated() where i < fields.count {
                row.cells[ReportTemplate.key(name)] = fields[i].trimmingSpaces
                row.columnNumbers[ReportTemplate.key(name)] = i + 1
            }
            if fields.count != columns.count {
                row.problem = "the row has \(fields.count) cells; the header names \(columns.count) columns"
            }
            return row
        }
        // CSV.swift ends every stream with `cannotReadFile` (a short read at the end); other
        // errors are real: text that is not UTF-8, or a failing disk.
        if let error = reader.error as? CSVError {
            switch error {
            case .cannotReadFile: break
            case .unicodeDecoding: throw .data("the file is not UTF-8 text; save it as \"CSV UTF-8\"", file: displayName, line: line)
            default: throw .data("cannot read the file: \(error)", file: displayName, line: line)
            }
        } else if let error = reader.error {
            throw .data("cannot read the file: \(error)", file: displayName, line: line)
        }
        return nil
    }
}
