import Foundation
import PraatplaatData
import PraatplaatModel
import Yams

/// Charts and tables whose values come from a CSV, TSV or `.xlsx` file in the report's folder
/// (`data:`). The file is read through the data cache, its cells are read by the report's own
/// number rules (a workbook's numbers as stored), and a problem names the file's cell
/// (`bereik.xlsx:Blad1!C7`) at the report's line that points at it.
extension SectionDecoder {
    /// A data file opened for one section, with the rows its `where` keeps.
    struct OpenedData {
        var table: DataTable
        var rows: [DataFileRow]
        /// The long form's fields; nil when `data` is just a file name.
        var fields: NodeReader.Fields?
        /// Where messages about the file's cells point: the `data` field.
        var node: Node
        var path: String
        var url: URL
        /// The column the data's `where` looks in: it is not a series.
        var filterColumn: Int?
    }

    /// A series the chart takes from a column.
    struct SeriesColumn {
        var column: String
        var label: String?
        var reference: Bool
        var filter: (column: Int, value: String)?
        /// The filter's `is`, where a message about it points.
        var filterNode: Node?
        var node: Node
        var path: String
    }

    // MARK: Opening

    func openData(_ f: NodeReader.Fields, shape: ObjectShape) -> OpenedData? {
        guard let node = f.value("data") else { return nil }
        let path = reader.join(f.path, "data")
        let fields: NodeReader.Fields?
        let name: String
        let nameNode: Node
        if case .scalar = node {
            guard let text = reader.text(node, path: path) else { return nil }
            fields = nil; name = text; nameNode = node
        } else {
            guard let g = reader.mapping(node, path: path, shape: shape, what: "a file name, or a mapping with 'file'"),
                  let text = reader.text(g, "file"), let n = g.value("file") else { return nil }
            fields = g; name = text; nameNode = n
        }
        let namePath = fields == nil ? path : reader.join(path, "file")
        // Data files are never icons: a name without an extension is a missing extension.
        var resolver = files
        resolver.builtInIcons = []
        let url: URL
        switch resolver.resolve(name, extensions: DataFile.extensions) {
        case .success(.file(let found)): url = found
        case .success(.builtInIcon): return nil
        case .failure(let error):
            reader.error(error.message, at: nameNode, path: namePath, hint: error.hint)
            return nil
        }
        let sheet = fields.flatMap { reader.text($0, "sheet") }
        let table: DataTable
        switch files.dataFiles.table(at: url, name: name, sheet: sheet) {
        case .success(let t): table = t
        case .failure(let error):
            let place = error.line.map { line in
                error.column.map { "\(name):\(line):\($0)" } ?? "\(name):\(line)"
            } ?? name
            reader.error("\(place): \(error.message)", at: nameNode, path: namePath, hint: error.hint)
            return nil
        }
        var opened = OpenedData(table: table, rows: table.rows, fields: fields, node: node, path: path, url: url)
        if let g = fields, let filterNode = g.value("where") {
            guard let filter = rowFilter(filterNode, path: reader.join(path, "where"), table: table) else { return nil }
            opened.rows = files.dataFiles.rows(of: table, at: url, column: filter.column, matching: filter.value, language: language)
            opened.filterColumn = filter.column
            if opened.rows.isEmpty {
                let seen = Array(Set(table.rows.map { $0[filter.column].written(language: language) })).sorted()
                reader.error("no row of \(name) has \"\(filter.value)\" in column \"\(table.columns[filter.column])\"", at: filterNode, path: reader.join(path, "where.is"),
                             hint: Suggestions.closest(to: filter.value, in: seen).map { "did you mean '\($0)'?" })
                return nil
            }
        }
        return opened
    }

    private func rowFilter(_ node: Node, path: String, table: DataTable) -> (column: Int, value: String)? {
        rowFilterAt(node, path: path, table: table).map { ($0.column, $0.value) }
    }

    private func rowFilterAt(_ node: Node, path: String, table: DataTable) -> (column: Int, value: String, node: Node?)? {
        guard let w = reader.mapping(node, path: path, shape: ReportFormat.rowFilter, what: "a mapping with 'column' and 'is'"),
              let column = reader.text(w, "column"), let value = reader.text(w, "is") else { return nil }
        guard let index = columnIndex(column, in: table, at: w.value("column"), path: reader.join(path, "column")) else { return nil }
        return (index, value, w.value("is"))
    }

    private func matches(_ row: DataFileRow, _ filter: (column: Int, value: String)) -> Bool {
        DataFile.key(row[filter.column].written(language: language)) == DataFile.key(filter.value)
    }

    /// The column named `name`, or a message with the nearest name.
    private func columnIndex(_ name: String, in table: DataTable, at node: Node?, path: String) -> Int? {
        if let i = table.column(named: name, key: DataFile.key) { return i }
        reader.error("\(table.name) has no column \"\(name)\"", at: node, path: path,
                     hint: Suggestions.closest(to: name, in: table.columns).map { "did you mean '\($0)'?" }
                        ?? "its columns are " + table.columns.prefix(12).map { "\"\($0)\"" }.joined(separator: ", "))
        return nil
    }

    // MARK: Charts

    /// The axis and series of a chart from its data file: the axis column's values in the
    /// order the rows give them, and for each series its value at every point (a gap where
    /// it has no row).
    func seriesFromFile(_ f: NodeReader.Fields, single: Bool) -> (axis: [String], series: [DataSeries])? {
        guard let data = openData(f, shape: ReportFormat.chartData) else { return nil }
        let table = data.table
        let g = data.fields
        var axisColumn = 0
        if let g, let name = reader.text(g, "axis") {
            guard let i = columnIndex(name, in: table, at: g.value("axis"), path: reader.join(data.path, "axis")) else { return nil }
            axisColumn = i
        }
        var columns: [SeriesColumn]
        if let g, g.value("series") != nil {
            let read = shortOrLong(g, "series", what: "a column name, or a mapping with 'column'",
                                   short: { text, node, path in SeriesColumn(column: text, label: nil, reference: false, node: node, path: path) },
                                   long: { s -> SeriesColumn? in
                guard let column = reader.text(s, "column") else { return nil }
                var spec = SeriesColumn(column: column, label: reader.text(s, "label"), reference: reader.bool(s, "reference") ?? false, node: s.node, path: s.path)
                if let w = s.value("where") {
                    guard let filter = rowFilterAt(w, path: reader.join(s.path, "where"), table: table) else { return nil }
                    spec.filter = (filter.column, filter.value)
                    spec.filterNode = filter.node
                }
                return spec
            })
            guard let read else { return nil }
            columns = read
        } else {
            columns = table.columns.enumerated().filter { $0.offset != axisColumn && $0.offset != data.filterColumn }
                .map { SeriesColumn(column: $0.element, label: nil, reference: false, node: data.node, path: data.path) }
            if columns.isEmpty {
                reader.error("\(table.name) has no column for a series beside the axis column \"\(table.columns[axisColumn])\"", at: data.node, path: data.path,
                             hint: "add a column of values, or name the series with 'series'")
                return nil
            }
        }
        var axis: [String] = []
        var points: [String: Int] = [:]
        var perSeries: [[String: DataCell]] = []
        var digest = DataDigest()
        for spec in columns {
            guard let column = columnIndex(spec.column, in: table, at: spec.node, path: spec.path) else { return nil }
            var values: [String: DataCell] = [:]
            var rowOf: [String: DataFileRow] = [:]
            let rows: [DataFileRow]
            if let filter = spec.filter {
                rows = data.filterColumn == nil ? files.dataFiles.rows(of: table, at: data.url, column: filter.column, matching: filter.value, language: language)
                    : data.rows.filter { matches($0, filter) }
            } else {
                rows = data.rows
            }
            if let filter = spec.filter, rows.isEmpty {
                // A municipality missing from a long file, or a typo: never an empty chart.
                let seen = Array(Set(data.rows.map { $0[filter.column].written(language: language) })).sorted()
                reader.error("no row of \(table.name) has \"\(filter.value)\" in column \"\(table.columns[filter.column])\"", at: spec.filterNode ?? spec.node, path: reader.join(spec.path, "where.is"),
                             hint: Suggestions.closest(to: filter.value, in: seen).map { "did you mean '\($0)'?" })
                return nil
            }
            for row in rows {
                guard let point = axisText(row[axisColumn], place: table.place(of: row, column: axisColumn), data: data) else { return nil }
                if let earlier = rowOf[point] {
                    reader.error("\(table.place(of: row)): a second row for \"\(point)\" in series \"\(spec.label ?? table.columns[column])\" (the first is \(table.place(of: earlier)))",
                                 at: data.node, path: data.path, hint: "give each axis point one row, or keep one group of rows with 'where'")
                    return nil
                }
                rowOf[point] = row
                guard let cell = dataCell(row[column], place: table.place(of: row, column: column), single: single, data: data) else { return nil }
                values[point] = cell
                digest.add(point, row[column])
                if points[point] == nil {
                    points[point] = axis.count
                    axis.append(point)
                }
            }
            perSeries.append(values)
        }
        ledger.recordData(DataFileUse(path: data.url.path, digest: digest.hex))
        let series = zip(columns, perSeries).map { spec, values in
            DataSeries(label: spec.label ?? table.columns[table.column(named: spec.column, key: DataFile.key)!],
                       values: axis.map { values[$0] ?? .missing(.empty) }, reference: spec.reference)
        }
        if axis.count > reader.limits.maxItems {
            reader.error("the chart would have \(axis.count) axis points; the limit (maxItems) is \(reader.limits.maxItems)", at: data.node, path: data.path,
                         hint: "keep fewer rows with 'where', or show the data in a table")
            return nil
        }
        return (axis, series)
    }

    /// An axis point from a cell: text as written, a number without digit groups (2019), a
    /// date as the report writes it.
    func axisText(_ value: DataValue, place: String, data: OpenedData) -> String? {
        switch value {
        case .empty:
            reader.error("\(place): the axis cell is empty", at: data.node, path: data.path, hint: "give every row a point on the axis (a year, a month, a name)")
            return nil
        case .error(let code):
            formulaError(code, place: place, data: data)
            return nil
        default:
            guard let text = checkedText(value.written(language: language), place: place, data: data) else { return nil }
            if case .failure(let problem) = ReportDate.parse(text), problem != .notADate {
                reader.error("\(place): " + Self.dateProblem(problem, text), at: data.node, path: data.path)
                return nil
            }
            return text
        }
    }

    /// A value of a series or a table from a cell, read by the report's rules.
    func dataCell(_ value: DataValue, place: String, single: Bool, data: OpenedData) -> DataCell? {
        switch value {
        case .empty: return .missing(.empty)
        case .number(let v, let style): return Self.cell(v, style)
        case .error(let code):
            formulaError(code, place: place, data: data)
            return nil
        case .date, .bool:
            reader.error("\(place): expected a number, got \(value.written(language: language))", at: data.node, path: data.path,
                         hint: "a chart's values are numbers; dates go in the axis column")
            return nil
        case .text(let raw):
            guard checkedText(raw, place: place, data: data) != nil else { return nil }
            switch DataCell.parse(raw, language: language, single: single) {
            case .success(let cell): return cell
            case .failure(.notSingle):
                reader.error("\(place): a point of a chart needs one number, got \"\(raw)\"", at: data.node, path: data.path,
                             hint: "write the middle of a range, or show ranges in a bar chart or table")
            case .failure:
                reader.error("\(place): expected a value such as 1.500, 3,5, -5, 12%, € 1,2 miljoen or 12* (provisional), or . x - for unknown, secret, nil; got \"\(raw)\"",
                             at: data.node, path: data.path, hint: ValueHints.nearest(raw, language: language))
            }
            return nil
        }
    }

    /// A workbook's number as the value it is: a percentage format's 0,125 is 12,5%.
    static func cell(_ v: Double, _ style: DataValue.NumberStyle) -> DataCell {
        switch style {
        case .plain: DataCell(.count(v, atLeast: false))
        case .percent: DataCell(.percent((v * 100 * 1e9).rounded() / 1e9))
        case .euro: DataCell(.money(v))
        }
    }

    func formulaError(_ code: String, place: String, data: OpenedData) {
        reader.error("\(place): the cell holds a spreadsheet's formula error \"\(code)\", not a value", at: data.node, path: data.path,
                     hint: "fix the formula in the file, or write \".\" for a value that is not known")
    }

    /// Text from a file, held to the same limits as text in the report.
    func checkedText(_ text: String, place: String, data: OpenedData) -> String? {
        if text.count > reader.limits.maxTextLength {
            reader.error("\(place): the cell is \(text.count) characters long; the limit (maxTextLength) is \(reader.limits.maxTextLength)", at: data.node, path: data.path)
            return nil
        }
        if let bad = text.unicodeScalars.first(where: NodeReader.isForbiddenControl) {
            reader.error("\(place): the cell contains the control character U+\(String(bad.value, radix: 16, uppercase: true))", at: data.node, path: data.path)
            return nil
        }
        return text
    }

    // MARK: Tables

    /// A table column as the report gives it, with the file column it shows.
    struct ColumnChoice {
        var column: TableColumn
        var source: String
        var node: Node
        var path: String
    }

    /// The columns and rows of a table from its data file: the chosen columns (all by
    /// default), the first naming the rows.
    func tableFromFile(_ f: NodeReader.Fields, choices: [ColumnChoice]?) -> (columns: [TableColumn], rows: [TableRow])? {
        guard let data = openData(f, shape: ReportFormat.tableData) else { return nil }
        let table = data.table
        var picked: [(index: Int, column: TableColumn)] = []
        if let choices {
            for choice in choices {
                guard let i = columnIndex(choice.source, in: table, at: choice.node, path: choice.path) else { return nil }
                picked.append((i, choice.column))
            }
        } else {
            picked = table.columns.enumerated().map { ($0.offset, TableColumn(label: $0.element)) }
        }
        if data.rows.count > reader.limits.maxItems {
            reader.error("\(table.name) has \(data.rows.count) rows for the table; the limit (maxItems) is \(reader.limits.maxItems)", at: data.node, path: data.path,
                         hint: "keep the rows that matter with 'where'")
            return nil
        }
        var rows: [TableRow] = []
        var digest = DataDigest()
        for row in data.rows {
            var cells: [TableCell] = []
            for (n, pick) in picked.enumerated() {
                let value = row[pick.index]
                let place = table.place(of: row, column: pick.index)
                digest.add(place, value)
                if n == 0 {
                    guard let text = checkedText(value.written(language: language), place: place, data: data) else { return nil }
                    cells.append(.text(text))
                    continue
                }
                switch value {
                case .date(let y, let m, let d): cells.append(.text(ReportDate(year: y, month: m, day: d).formatted(language: language)))
                case .bool(let b): cells.append(.text(b ? (language.isDutch ? "ja" : "yes") : (language.isDutch ? "nee" : "no")))
                case .text(let raw) where !Self.looksLikeANumber(raw):
                    guard checkedText(raw, place: place, data: data) != nil else { return nil }
                    if case .success(let cell) = DataCell.parse(raw, language: language, single: false) { cells.append(.data(cell)) } else { cells.append(.text(raw)) }
                default:
                    guard let cell = dataCell(value, place: place, single: false, data: data) else { return nil }
                    cells.append(.data(cell))
                }
            }
            rows.append(TableRow(cells: cells))
        }
        ledger.recordData(DataFileUse(path: data.url.path, digest: digest.hex))
        return (picked.map(\.column), rows)
    }
}

/// FNV-1a over the cells a section read, for a batch's fingerprint of what a report is made of.
struct DataDigest {
    private var hash: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ key: String, _ value: DataValue) {
        for byte in key.utf8 { mix(byte) }
        mix(0x1F)
        // Each kind of cell with a mark of its own, so "12" as text and 12 as a number differ
        // (spelt out: describing the value through reflection cost more than the rest of a row).
        switch value {
        case .empty: mix(0x30)
        case .text(let t): mix(0x31); for byte in t.utf8 { mix(byte) }
        case .number(let v, let style):
            mix(0x32)
            mixWord(v.bitPattern)
            let mark: UInt8 = switch style { case .plain: 0; case .percent: 1; case .euro: 2 }
            mix(mark)
        case .date(let year, let month, let day): mix(0x33); mixWord(UInt64(bitPattern: Int64(year * 10_000 + month * 100 + (day ?? 0))))
        case .bool(let b): mix(b ? 0x35 : 0x34)
        case .error(let code): mix(0x36); for byte in code.utf8 { mix(byte) }
        }
        mix(0x1E)
    }

    private mutating func mixWord(_ word: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { mix(UInt8(truncatingIfNeeded: word >> UInt64(shift))) }
    }

    private mutating func mix(_ byte: UInt8) {
        hash ^= UInt64(byte)
        hash = hash &* 0x0000_0100_0000_01B3
    }

    var hex: String { String(hash, radix: 16) }
}
