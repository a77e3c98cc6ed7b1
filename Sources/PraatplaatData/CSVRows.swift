import CSV
import Foundation
import PraatplaatModel

/// Reads a CSV or TSV file row by row (CSV.swift streams it from disk, so memory stays flat
/// however long the file): UTF-8 with or without a byte-order mark, separated by `,`, `;` (as
/// Dutch Excel saves) or tabs, found from the header.
final class CSVRows {
    let columns: [String]
    private let reader: CSVReader
    private var line = 1
    private var index = 0

    /// The start of the file read to find its encoding and separator.
    static let sample = 64 * 1024

    init(url: URL) throws(DataFileError) {
        guard let head = FileHandle(forReadingAtPath: url.path) else {
            throw DataFileError(FileManager.default.fileExists(atPath: url.path) ? "cannot read the file" : "no such file", line: 1)
        }
        let start = (try? head.read(upToCount: Self.sample)) ?? Data()
        try? head.close()
        if start.starts(with: [0xFF, 0xFE]) || start.starts(with: [0xFE, 0xFF]) {
            throw DataFileError("the file is UTF-16 text; save it as \"CSV UTF-8\"", line: 1)
        }
        if let line = Self.firstLineNotUTF8(start) {
            // Excel's plain "CSV" on Windows saves Windows-1252: é, ë and € are single bytes.
            throw DataFileError("the file is not UTF-8 text (it looks like Windows-1252, which Excel's plain \"CSV\" saves)", line: line,
                                hint: "save it as \"CSV UTF-8\" in Excel, or convert it: iconv -f windows-1252 -t utf-8")
        }
        if DataFile.kind(ofStart: start) != .text {
            throw DataFileError("the file is a workbook, not text; name it .xlsx, or save it as \"CSV UTF-8\"", line: 1)
        }
        let delimiter: Unicode.Scalar = url.pathExtension.lowercased() == "tsv" ? "\t" : Self.delimiter(in: start)
        do {
            if start.count < Self.sample {
                // The whole file is in the sample already: read from memory, which is some
                // twice as fast as decoding the stream again (a map's values, a small table).
                let bom = start.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
                let text = start.withUnsafeBytes { String(decoding: $0.dropFirst(bom), as: UTF8.self) }
                reader = try CSVReader(string: text, hasHeaderRow: true, trimFields: false, delimiter: delimiter)
            } else {
                guard let stream = InputStream(url: url) else { throw DataFileError("cannot read the file", line: 1) }
                reader = try CSVReader(stream: stream, hasHeaderRow: true, trimFields: false, delimiter: delimiter)
            }
        } catch let error as DataFileError {
            throw error
        } catch {
            throw DataFileError("cannot read the header: \(error)", line: 1)
        }
        let header = (reader.headerRow ?? []).map { $0.trimmingSpaces }
        if header.isEmpty || header.allSatisfy(\.isEmpty) { throw DataFileError("the file has no header row naming its columns", line: 1) }
        if let empty = header.firstIndex(of: "") { throw DataFileError("column \(empty + 1) has no name", line: 1, column: empty + 1) }
        columns = header
        line = 1 + header.joined().filter(\.isNewline).count + 1
    }

    /// The first line of `data` that is not UTF-8, or nil. A character cut off at the end of
    /// the sample is not an error. A workbook's bytes are not text and are left to the caller.
    static func firstLineNotUTF8(_ data: Data) -> Int? {
        guard DataFile.kind(ofStart: data) == .text else { return nil }
        // Most files are UTF-8 throughout: one check of the whole sample, not one per line.
        if data.withUnsafeBytes({ String(validating: $0, as: UTF8.self) }) != nil { return nil }
        var line = 1
        var start = data.startIndex
        while start < data.endIndex {
            let end = data[start...].firstIndex(of: 0x0A) ?? data.endIndex
            let piece = data[start..<end]
            if String(data: piece, encoding: .utf8) == nil {
                let cut = end == data.endIndex && (1...3).contains { String(data: piece.dropLast($0), encoding: .utf8) != nil }
                if !cut { return line }
            }
            line += 1
            start = end == data.endIndex ? end : data.index(after: end)
        }
        return nil
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
    func next() throws(DataFileError) -> DataFileRow? {
        while let fields = reader.next() {
            let here = line
            line += 1 + fields.joined().filter(\.isNewline).count
            if fields.allSatisfy({ $0.trimmingSpaces.isEmpty }) { continue }
            let cells = fields.prefix(columns.count).map { field -> DataValue in
                let t = field.trimmingSpaces
                return t.isEmpty ? .empty : .text(t)
            }
            var row = DataFileRow(line: here, index: index, cells: Array(cells))
            index += 1
            if fields.count != columns.count {
                row.problem = "the row has \(fields.count) cell\(fields.count == 1 ? "" : "s"); the header names \(columns.count) columns"
            }
            return row
        }
        // CSV.swift ends every stream with `cannotReadFile` (a short read at the end); other
        // errors are real: text that is not UTF-8, or a failing disk.
        if let error = reader.error as? CSVError {
            switch error {
            case .cannotReadFile: break
            case .unicodeDecoding: throw DataFileError("the file is not UTF-8 text; save it as \"CSV UTF-8\"", line: line)
            default: throw DataFileError("cannot read the file: \(error)", line: line)
            }
        } else if let error = reader.error {
            throw DataFileError("cannot read the file: \(error)", line: line)
        }
        return nil
    }
}
