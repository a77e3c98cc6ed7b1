import Foundation
import PraatplaatLoader
import PraatplaatModel
import PraatplaatPipeline

/// A batch's rows for a reader who looks at one at a time (the preview's row picker): the rows
/// with their names, and a row's report with its problems at their places in the template, where
/// the person editing the template can go to them.
extension BatchRunner {
    /// A row of the data and the name its files would get.
    public struct NamedRow: Sendable {
        public var row: DataRow
        public var name: String
        /// How a person knows the row: its name column's cell as written, else `name`.
        public var label: String
    }

    /// The data's rows in order, at most `limit`.
    public func namedRows(limit: Int = 10_000) throws(BatchError) -> [NamedRow] {
        let reader = try DataReader(url: options.data, displayName: dataName, sheet: options.sheet, language: template.language)
        var rows: [NamedRow] = []
        while rows.count < limit, let row = try reader.next() {
            let name = row.index < names.count ? names[row.index] : "\(row.index + 1)"
            let cell = options.nameColumn.flatMap { row.cells[ReportTemplate.key($0)] }?.trimmingCharacters(in: .whitespaces)
            rows.append(NamedRow(row: row, name: name, label: cell.flatMap { $0.isEmpty ? nil : $0 } ?? name))
        }
        return rows
    }

    /// The row's report, or its errors. A problem that a cell fed stays at the template's line
    /// and says which row and column: the template is what is being edited.
    public func rowReport(_ named: NamedRow) -> (report: LoadedReport?, problems: [Diagnostic]) {
        let row = named.row
        if let problem = row.problem { return (nil, [.error(problem, at: rowLocation(row), path: "")]) }
        let files = FileResolver(baseDirectory: options.template.deletingLastPathComponent(), builtInIcons: BuiltInIcons.names, dataFiles: dataFiles)
        let filled = template.fill(row.cells, files: files)
        let said = filled.result.diagnostics.map { d -> Diagnostic in
            guard let location = d.location, let columns = filled.columnsAt[location], !columns.isEmpty else { return d }
            var copy = d
            copy.message += " (\(named.label), \(dataName) line \(row.line), column \(columns[0]))"
            return copy
        }
        guard !said.hasErrors, let report = filled.result.report else { return (nil, said) }
        return (LoadedReport(url: options.template, report: report, diagnostics: said), [])
    }
}
