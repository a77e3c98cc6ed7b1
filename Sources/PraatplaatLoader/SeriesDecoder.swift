import PraatplaatModel
import Yams

/// Decodes the kinds that hold series (line, column and stacked-bar charts) and tables: cells in
/// the report's number conventions, with one located message for each that is not understood.
extension SectionDecoder {
    func lineChart(_ f: NodeReader.Fields) -> SectionContent? {
        guard let data = seriesData(f, single: true) else { return nil }
        let from = reader.number(f, "from")
        let lowest = data.series.flatMap(\.values).compactMap(\.number).min()
        if let from, let lowest, from > lowest {
            reader.error("the y-axis starts at \(NodeReader.plain(from)), above the lowest value (\(NodeReader.plain(lowest)))",
                         at: f.value("from"), path: reader.join(f.path, "from"), hint: "start it at or below the lowest value, or leave 'from' out to start at 0")
            return nil
        }
        return .lineChart(LineChartSection(title: reader.text(f, "title"), data: data, unit: reader.text(f, "unit"),
                                           values: reader.choice(f, "values", as: ValueLabels.self) ?? .auto, from: from, note: reader.text(f, "note"))
            .rounded(reader.choice(f, "round", as: ValueRounding.self)))
    }

    func columnChart(_ f: NodeReader.Fields) -> SectionContent? {
        guard let data = seriesData(f, single: true) else { return nil }
        return .columnChart(ColumnChartSection(title: reader.text(f, "title"), data: data, unit: reader.text(f, "unit"),
                                               stacked: reader.bool(f, "stacked") ?? false,
                                               values: reader.choice(f, "values", as: ValueLabels.self) ?? .auto, note: reader.text(f, "note"))
            .rounded(reader.choice(f, "round", as: ValueRounding.self)))
    }

    func stackedBar(_ f: NodeReader.Fields) -> SectionContent? {
        guard let data = seriesData(f, single: true) else { return nil }
        let split = reader.bool(f, "split") ?? false
        if split, data.series.count != 2 {
            reader.error("a split bar has two series back to back, got \(data.series.count)", at: f.value("series"), path: reader.join(f.path, "series"),
                         hint: "give two series (jongens and meisjes), or leave 'split' out")
            return nil
        }
        // Parts of a whole cannot be below nothing.
        for (si, s) in data.series.enumerated() {
            if let i = s.values.firstIndex(where: { ($0.number ?? 0) < 0 }) {
                reader.error("a part of a whole cannot be negative, got \(s.values[i].formatted(language: language, unit: nil))",
                             at: f.value("series"), path: reader.join(f.path, "series[\(si)].values[\(i)]"))
                return nil
            }
        }
        return .stackedBar(StackedBarSection(title: reader.text(f, "title"), data: data, unit: reader.text(f, "unit"),
                                             mode: reader.choice(f, "mode", as: StackMode.self) ?? .share, split: split, note: reader.text(f, "note"))
            .rounded(reader.choice(f, "round", as: ValueRounding.self)))
    }

    func table(_ f: NodeReader.Fields) -> SectionContent? {
        var choices: [ColumnChoice]?
        if f.value("columns") != nil {
            choices = shortOrLong(f, "columns", what: "a heading, or a mapping with 'label'", short: { text, node, path in
                ColumnChoice(column: TableColumn(label: text), source: text, node: node, path: path)
            }, long: { g in
                reader.text(g, "label").map {
                    ColumnChoice(column: TableColumn(label: $0, unit: reader.text(g, "unit"), bars: reader.bool(g, "bars") ?? false),
                                 source: reader.text(g, "column") ?? $0, node: g.value("column") ?? g.node, path: reader.join(g.path, g.value("column") == nil ? "label" : "column"))
                }
            })
            guard choices != nil else { return nil }
        }
        let columns: [TableColumn]
        var rows: [TableRow]
        if f.value("data") != nil {
            guard f.value("rows") == nil, let read = tableFromFile(f, choices: choices) else { return nil }
            (columns, rows) = read
        } else {
            guard let choices, let read = inlineRows(f, columns: choices.map(\.column)) else { return nil }
            (columns, rows) = (choices.map(\.column), read)
        }
        return finishedTable(f, columns: columns, rows: &rows)
    }

    /// A table's rows as the report writes them, each a list with a cell per column.
    private func inlineRows(_ f: NodeReader.Fields, columns: [TableColumn]) -> [TableRow]? {
        guard let rowNodes = reader.list(f, "rows") else { return nil }
        // Every row is checked, so a table with three typos gets three messages at once.
        var rows: [TableRow] = []
        var failed = false
        for (node, path) in rowNodes {
            switch inlineRow(node, path: path, columns: columns) {
            case .row(let row): rows.append(row)
            case .wrong: failed = true
            case .stop: return nil
            }
        }
        return failed ? nil : rows
    }

    private enum RowResult { case row(TableRow), wrong, stop }

    /// One row: its cells, or one message for the first that is wrong.
    private func inlineRow(_ node: Node, path: String, columns: [TableColumn]) -> RowResult {
        guard case .sequence(let cellNodes) = node else {
            reader.error("expected a row (a list of cells), got \(reader.describe(node))", at: node, path: path,
                         hint: "write a row as [Noord, 120, 12%]")
            return .wrong
        }
        guard cellNodes.count == columns.count else {
            // `[Kinderwerkers (4,2 fte), ...]`: in [ ] the comma of a Dutch decimal ends a cell.
            if reader.isFlow(node), cellNodes.count > columns.count {
                reader.error("the row has \(cellNodes.count) cells for \(columns.count) columns: in [ ] every comma ends a cell, also the comma in 4,2 or € 1,50",
                             at: node, path: path, hint: "put a cell with a comma in quotes: \"4,2 fte\", \"€ 1,50\"")
                return .wrong
            }
            reader.error("the row has \(cellNodes.count) cell\(cellNodes.count == 1 ? "" : "s") for \(columns.count) column\(columns.count == 1 ? "" : "s")",
                         at: node, path: path, hint: "give a cell for every column; write an empty cell as \"\" and an unknown one as \".\"")
            return .wrong
        }
        var cells: [TableCell] = []
        for (ci, cellNode) in cellNodes.enumerated() {
            let cellPath = "\(path)[\(ci)]"
            guard reader.visit(cellNode, path: cellPath) else { return .stop }
            // The first column names the rows: text, even when it is a year.
            if ci == 0 {
                guard let text = reader.text(cellNode, path: cellPath) else { return .wrong }
                cells.append(.text(text))
                continue
            }
            guard let raw = rawCell(cellNode, path: cellPath) else { return .wrong }
            switch DataCell.parse(raw, language: language, single: false) {
            case .success(let cell): cells.append(.data(cell))
            case .failure where !Self.looksLikeANumber(raw):
                cells.append(.text(raw))
            case .failure:
                reportCell(raw, at: cellNode, path: cellPath, single: false)
                return .wrong
            }
        }
        return .row(TableRow(cells: cells))
    }

    /// The totals row, the highlighted row and the bars, checked against the rows.
    private func finishedTable(_ f: NodeReader.Fields, columns: [TableColumn], rows: inout [TableRow]) -> SectionContent? {
        // In a column of text an empty cell is blank, not a sign for data that is missing.
        for c in columns.indices where rows.contains(where: { if case .text = $0.cells[c] { true } else { false } }) {
            for r in rows.indices {
                if case .data(let cell) = rows[r].cells[c], cell.sign == .empty { rows[r].cells[c] = .text("") }
            }
        }
        if reader.bool(f, "total") == true {
            guard rows.count >= 2 else {
                reader.error("a totals row needs rows above it to total", at: f.value("total"), path: reader.join(f.path, "total"))
                return nil
            }
            rows[rows.count - 1].total = true
        }
        let section = TableSection(title: reader.text(f, "title"), columns: columns, rows: rows, highlight: reader.text(f, "highlight"), note: reader.text(f, "note"))
        if let highlight = section.highlight, !rows.contains(where: { $0.name == InlineText.plain(highlight) }) {
            reader.error("no row starts with \"\(highlight)\"", at: f.value("highlight"), path: reader.join(f.path, "highlight"),
                         hint: Suggestions.closest(to: highlight, in: rows.map(\.name)).map { "did you mean '\($0)'?" })
            return nil
        }
        for (ci, column) in columns.enumerated() where column.bars && !section.isNumeric(ci) {
            reader.error("column '\(column.label)' has bars but holds text", at: f.value("columns"), path: reader.join(f.path, "columns[\(ci)].bars"),
                         hint: "bars go with a column of numbers")
            return nil
        }
        return .table(section)
    }

    // MARK: Cells

    /// The axis and the series of a chart, each series as long as the axis.
    private func seriesData(_ f: NodeReader.Fields, single: Bool) -> SeriesData? {
        if f.value("data") != nil {
            guard f.value("axis") == nil, f.value("series") == nil, let (axis, series) = seriesFromFile(f, single: single) else { return nil }
            return checked(SeriesData(axis: axis, series: series), f)
        }
        guard let axisNodes = reader.list(f, "axis") else {
            _ = entries(f, "series", what: "a series with 'label' and 'values'") { _ in () }
            return nil
        }
        let axis = axisNodes.compactMap { reader.text($0.0, path: $0.1) }
        guard axis.count == axisNodes.count else { return nil }
        // An axis of dates with one impossible date among them: say which.
        for (i, point) in axis.enumerated() {
            if case .failure(let problem) = ReportDate.parse(point), problem != .notADate {
                reader.error(Self.dateProblem(problem, point), at: axisNodes[i].0, path: axisNodes[i].1)
                return nil
            }
        }
        let series = entries(f, "series", what: "a series with 'label' and 'values'") { g -> DataSeries? in
            guard let label = reader.text(g, "label"), let nodes = reader.list(g, "values") else { return nil }
            var cells: [DataCell] = []
            for (node, path) in nodes {
                guard let raw = rawCell(node, path: path) else { return nil }
                switch DataCell.parse(raw, language: language, single: single) {
                case .success(let cell): cells.append(cell)
                case .failure:
                    reportCell(raw, at: node, path: path, single: single)
                    return nil
                }
            }
            if cells.count > axis.count, let valuesNode = g.value("values"), reader.isFlow(valuesNode) {
                // `values: [12,5, 13]`: in [ ] the comma of a Dutch decimal ends a value.
                reader.error("the series has \(cells.count) values for \(axis.count) axis points: in [ ] every comma ends a value, also the comma in 12,5",
                             at: valuesNode, path: reader.join(g.path, "values"), hint: "put a value with a comma in quotes: \"12,5\", \"€ 1,50\"")
                return nil
            }
            if cells.count != axis.count {
                let shorter = cells.count < axis.count
                reader.error("the series has \(cells.count) value\(cells.count == 1 ? "" : "s") for \(axis.count) axis point\(axis.count == 1 ? "" : "s")",
                             at: g.value("values"), path: reader.join(g.path, "values"),
                             hint: shorter ? "give a value for every point; write an unknown one as \".\" and a missing one as \"\"" : "remove the extra values or add their points to 'axis'")
                return nil
            }
            return DataSeries(label: label, values: cells, reference: reader.bool(g, "reference") ?? false)
        }
        guard let series else { return nil }
        return checked(SeriesData(axis: axis, series: series), f)
    }

    /// Warnings about series however they were given: kinds that cannot share a scale, more
    /// series than colours, no series of the report's own.
    private func checked(_ data: SeriesData, _ f: NodeReader.Fields) -> SeriesData {
        let series = data.series
        let at = f.value("series") ?? f.value("data")
        let path = reader.join(f.path, f.value("series") == nil ? "data" : "series")
        let kinds = Set(series.flatMap(\.values).compactMap { $0.value?.kindName })
        if kinds.count > 1 {
            reader.warning("the chart mixes \(kinds.sorted().map { $0 + "s" }.joined(separator: " and ")), which cannot share one scale",
                           at: at, path: path, hint: "show them in two charts")
        }
        // Past a theme's series colours they repeat, and a legend can no longer say which is which.
        let own = series.filter { !$0.reference }.count
        if own > Self.distinctSeries {
            reader.warning("the chart has \(own) series of its own; past \(Self.distinctSeries) their colours repeat and readers cannot tell them apart",
                           at: at, path: path,
                           hint: "draw the one or two that matter and mark the rest 'reference: true' (grey), or show them in small charts")
        }
        if series.allSatisfy(\.reference) {
            reader.warning("every series is a reference; the report's own figures are drawn in the accent colour",
                           at: at, path: path, hint: "leave 'reference' off the series that is yours")
        }
        return data
    }

    /// Series colours every built-in theme has (monochrome and high-contrast have four).
    static let distinctSeries = 4

    /// A cell as text: a number as YAML wrote it, nothing (`~`, an empty value) as "".
    func rawCell(_ node: Node, path: String) -> String? {
        guard reader.visit(node, path: path) else { return nil }
        guard case .scalar(let scalar) = node else {
            reader.error("expected a value, got \(reader.describe(node))", at: node, path: path, hint: reader.quotingHint(node))
            return nil
        }
        if reader.isNull(node) { return "" }
        if scalar.string.count > reader.limits.maxTextLength {
            reader.error("the cell is \(scalar.string.count) characters long; the limit (maxTextLength) is \(reader.limits.maxTextLength)", at: node, path: path)
            return nil
        }
        if let bad = scalar.string.unicodeScalars.first(where: NodeReader.isForbiddenControl) {
            reader.error("the cell contains the control character U+\(String(bad.value, radix: 16, uppercase: true))", at: node, path: path)
            return nil
        }
        return scalar.string
    }

    func reportCell(_ raw: String, at node: Node, path: String, single: Bool) {
        let t = raw.trimmingSpaces
        if t.hasPrefix("#") {
            reader.error("the cell holds a spreadsheet's formula error \"\(t)\", not a value", at: node, path: path,
                         hint: "fix the formula, or write \".\" for a value that is not known")
            return
        }
        if single, case .success = DataCell.parse(raw, language: language, single: false) {
            reader.error("a point of a chart needs one number, got \"\(raw)\"", at: node, path: path,
                         hint: "write the middle of a range, or show ranges in a bar chart or table")
            return
        }
        reader.error("expected a value such as 1.500, 3,5, -5, 12%, +3,2%, € 1,2 miljoen or 12* (provisional), or . x - for unknown, secret, nil; got \"\(raw)\"",
                     at: node, path: path, hint: ValueHints.nearest(raw, language: language))
    }

    /// Text that starts like a number (a digit, a sign, €): a typo in one is an error, not a label.
    static func looksLikeANumber(_ raw: String) -> Bool {
        let t = raw.trimmingSpaces
        guard let first = t.first else { return false }
        if first.isNumber { return t.allSatisfy { $0.isNumber || " .,%*€+-\u{2212}".contains($0) } || t.contains(where: { "%€".contains($0) }) }
        return "€+-\u{2212}#".contains(first) && t.contains(where: \.isNumber)
    }

    static func dateProblem(_ problem: ReportDate.Problem, _ text: String) -> String {
        switch problem {
        case .noSuchDay(let d, let m, let y, let days): "\"\(text)\" is not a date: month \(m) of \(y) has \(days) days, not \(d)"
        case .periodBackwards: "\"\(text)\" is a period that ends before it starts"
        case .notADate: "\"\(text)\" is not a date"
        }
    }
}
