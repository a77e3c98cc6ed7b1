import Foundation
import WorkbookFixture
import PraatplaatLoader
import PraatplaatModel
import Testing

/// Charts and tables that read their values from a CSV or `.xlsx` file next to the report:
/// the same values as written inline, and a message that names the file's cell and the
/// report's line for everything wrong.
struct DataFileLoaderTests {
    /// A report folder with `files` in it; the report is `report.yaml`.
    static func load(_ sections: String, files: [String: Data]) throws -> LoadResult {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("praatplaat-datafile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("report"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, data) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        let report = folder.appendingPathComponent("report/report.yaml")
        try Data(("title: Lindenmeer\nlanguage: nl\nsections:\n" + sections).utf8).write(to: report)
        return ReportLoader.load(contentsOf: report, displayName: "report.yaml")
    }

    static func text(_ s: String) -> Data { Data(s.utf8) }
    static func errors(_ r: LoadResult) -> [String] { r.diagnostics.filter { $0.severity == .error }.map(\.description) }

    static let trend = text("jaar;Lindenmeer;Nederland\n2019;14%;12%\n2020;.;11%\n2021;17%*;12%\n")

    @Test func aWideFileGivesTheSameChartAsInlineSeries() throws {
        let fromFile = try Self.load("""
          - kind: lineChart
            unit: "%"
            data:
              file: bereik.csv
              series: [Lindenmeer, { column: Nederland, reference: true }]
        """, files: ["report/bereik.csv": Self.trend])
        let inline = try Self.load("""
          - kind: lineChart
            unit: "%"
            axis: [2019, 2020, 2021]
            series:
              - { label: Lindenmeer, values: [14%, ., 17%*] }
              - { label: Nederland, values: [12%, 11%, 12%], reference: true }
        """, files: [:])
        #expect(Self.errors(fromFile) == [])
        #expect(fromFile.report?.sections.map(\.content) == inline.report?.sections.map(\.content))
        #expect(fromFile.report?.dataFiles.count == 1)
    }

    @Test func aLongFileIsFilteredPerSeries() throws {
        let long = Self.text("gemeente;jaar;bereik\nLindenmeer;2019;14\nNederland;2019;12\nLindenmeer;2020;15\nNederland;2020;11\nBeekdalen;2020;9\n")
        let r = try Self.load("""
          - kind: columnChart
            data:
              file: trends.csv
              axis: jaar
              series:
                - { column: bereik, label: Lindenmeer, where: { column: gemeente, is: lindenmeer } }
                - { column: bereik, label: Nederland, reference: true, where: { column: gemeente, is: Nederland } }
        """, files: ["report/trends.csv": long])
        #expect(Self.errors(r) == [])
        guard case .columnChart(let chart)? = r.report?.sections.first?.content else { Issue.record("no chart"); return }
        #expect(chart.data.axis == ["2019", "2020"])
        #expect(chart.data.series.map { $0.values.compactMap(\.number) } == [[14, 15], [12, 11]])
    }

    @Test func aTableReadsItsRowsAndChosenColumns() throws {
        let r = try Self.load("""
          - kind: table
            data: { file: begroting.csv, where: { column: gemeente, is: Lindenmeer } }
            columns: [post, { label: "Begroting 2025", column: "2025", unit: € }]
            total: true
        """, files: ["report/begroting.csv": Self.text("gemeente;post;2024;2025\nLindenmeer;Personeel;€ 441.950,00;€ 460.000\nLindenmeer;Totaal;€ 441.950;€ 460.000\nBeekdalen;Personeel;1;2\n")])
        #expect(Self.errors(r) == [])
        guard case .table(let table)? = r.report?.sections.first?.content else { Issue.record("no table"); return }
        #expect(table.columns.map(\.label) == ["post", "Begroting 2025"])
        #expect(table.rows.map(\.name) == ["Personeel", "Totaal"])
        #expect(table.rows[0].cells[1] == .data(DataCell(.money(460_000))))
        #expect(table.rows[1].total)
    }

    @Test func aWorkbookGivesItsStoredNumbersAndNamesItsCellsInMessages() throws {
        var w = WorkbookFixture(sheets: [WorkbookFixture.Sheet(name: "Blad1", cells: [
            ("A1", .inline("jaar")), ("B1", .inline("bereik")),
            ("A2", .number(2019)), ("B2", .number(0.14, style: 1)),
            ("A3", .number(2020)), ("B3", .number(0.155, style: 1)),
        ])])
        w.styles = [9]
        let good = try Self.load("  - kind: lineChart\n    data: bereik.xlsx\n", files: ["report/bereik.xlsx": try w.data()])
        #expect(Self.errors(good) == [])
        guard case .lineChart(let chart)? = good.report?.sections.first?.content else { Issue.record("no chart"); return }
        #expect(chart.data.axis == ["2019", "2020"])
        #expect(chart.data.series[0].values.map(\.value) == [.percent(14), .percent(15.5)])
        w.sheets[0].cells.append(("B3", .error("#DIV/0!")))
        w.sheets[0].cells.removeAll { $0.0 == "B3" && { if case .number = $0 { true } else { false } }($0.1) }
        let bad = try Self.load("  - kind: lineChart\n    data: bereik.xlsx\n", files: ["report/bereik.xlsx": try w.data()])
        #expect(Self.errors(bad) == ["report.yaml:5:11: error: sections[0].data: bereik.xlsx:Blad1!B3: the cell holds a spreadsheet's formula error \"#DIV/0!\", not a value; fix the formula in the file, or write \".\" for a value that is not known"])
    }

    @Test func anEmptySheetIsAnErrorAtTheReportsLine() throws {
        let w = WorkbookFixture(sheets: [WorkbookFixture.Sheet(name: "Blad1", cells: [])])
        let r = try Self.load("  - kind: table\n    data: { file: leeg.xlsx }\n", files: ["report/leeg.xlsx": try w.data()])
        #expect(Self.errors(r) == ["report.yaml:5:19: error: sections[0].data.file: leeg.xlsx: the sheet \"Blad1\" is empty; name the sheet that holds the numbers with 'sheet'"])
    }

    @Test func aDataFileOutsideTheReportsFolderIsRefused() throws {
        let r = try Self.load("  - kind: table\n    data: ../geheim.csv\n", files: ["geheim.csv": Self.text("a;b\n1;2\n")])
        #expect(Self.errors(r) == ["report.yaml:5:11: error: sections[0].data: the path \"../geheim.csv\" leaves the report's folder; files must be next to the report or below it"])
        let linked = try Self.load("  - kind: table\n    data: data.docx\n", files: [:])
        #expect(Self.errors(linked) == ["report.yaml:5:11: error: sections[0].data: \"data.docx\" is not a data file: name a .csv, .tsv or .xlsx file"])
    }

    @Test func eachMistakeInTheFileOrItsColumnsGetsOneLocatedMessage() throws {
        let files = ["report/bereik.csv": Self.text("jaar;Lindenmeer\n2019;14%\n2020;12,5,3%\n2021;?\n")]
        let r = try Self.load("  - kind: lineChart\n    data: bereik.csv\n", files: files)
        #expect(Self.errors(r).count == 1)
        #expect(Self.errors(r).first?.hasPrefix("report.yaml:5:11: error: sections[0].data: bereik.csv:3:2: expected a value") == true)
        let column = try Self.load("  - kind: lineChart\n    data: { file: bereik.csv, series: [Lindenmeerr] }\n", files: files)
        #expect(Self.errors(column) == ["report.yaml:5:40: error: sections[0].data.series[0]: bereik.csv has no column \"Lindenmeerr\"; did you mean 'Lindenmeer'?"])
        let both = try Self.load("  - kind: lineChart\n    data: bereik.csv\n    axis: [2019]\n    series: [{ label: a, values: [1] }]\n", files: files)
        #expect(Self.errors(both).first?.contains("give either 'axis' or 'data', not both") == true)
        let twice = try Self.load("  - kind: lineChart\n    data: twice.csv\n", files: ["report/twice.csv": Self.text("jaar;bereik\n2019;1\n2019;2\n")])
        #expect(Self.errors(twice) == ["report.yaml:5:11: error: sections[0].data: twice.csv:3: a second row for \"2019\" in series \"bereik\" (the first is twice.csv:2); give each axis point one row, or keep one group of rows with 'where'"])
        let date = try Self.load("  - kind: lineChart\n    data: dagen.csv\n", files: ["report/dagen.csv": Self.text("dag;bereik\n31-02-2024;1\n")])
        #expect(Self.errors(date) == ["report.yaml:5:11: error: sections[0].data: dagen.csv:2:1: \"31-02-2024\" is not a date: month 2 of 2024 has 29 days, not 31"])
        let missing = try Self.load("""
          - kind: lineChart
            data:
              file: trends.csv
              series: [{ column: bereik, where: { column: gemeente, is: Lindemeer } }]
        """, files: ["report/trends.csv": Self.text("gemeente;jaar;bereik\nLindenmeer;2019;14\n")])
        #expect(Self.errors(missing) == ["report.yaml:7:65: error: sections[0].data.series[0].where.is: no row of trends.csv has \"Lindemeer\" in column \"gemeente\"; did you mean 'Lindenmeer'?"])
        let latin = try Self.load("  - kind: lineChart\n    data: wijken.csv\n", files: ["report/wijken.csv": Data("wijk;bereik\nNoord;12\nCaf\u{E9}-buurt;15\n".utf8.map { $0 == 0xC3 ? 0xE9 : $0 }.filter { $0 != 0xA9 })])
        #expect(Self.errors(latin).first?.hasPrefix("report.yaml:5:11: error: sections[0].data: wijken.csv:3: the file is not UTF-8 text") == true, "\(Self.errors(latin))")
        let nobody = try Self.load("  - kind: lineChart\n    data: { file: bereik.csv, where: { column: jaar, is: 2030 } }\n", files: files)
        #expect(Self.errors(nobody).first?.contains("no row of bereik.csv has \"2030\" in column \"jaar\"") == true)
    }
}
