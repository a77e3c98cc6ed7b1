import Foundation
import PraatplaatLoader
import PraatplaatModel
import Testing

/// Series and tables as municipalities have them: CBS signs, provisional and negative values,
/// changes; and one located message for each thing that is wrong.
struct SeriesLoaderTests {
    static func load(_ sections: String) -> LoadResult {
        let yaml = "title: Trends\nlanguage: nl\nsections:\n" + sections
        return ReportLoader.load(data: Data(yaml.utf8), fileName: "trends.yaml")
    }

    static func errors(_ result: LoadResult) -> [Diagnostic] { result.diagnostics.filter { $0.severity == .error } }

    @Test(arguments: [
        ("12", DataCell(.count(12, atLeast: false))), ("3,5", DataCell(.count(3.5, atLeast: false))),
        ("-5", DataCell(.count(-5, atLeast: false), signed: true)), ("\u{2212}5", DataCell(.count(-5, atLeast: false), signed: true)),
        ("+3,2%", DataCell(.percent(3.2), signed: true)), ("18*", DataCell(.count(18, atLeast: false), provisional: true)),
        ("€ 6.624.049,93", DataCell(.money(6_624_049.93))), ("-€ 40.000", DataCell(.money(-40_000), signed: true)),
        (".", .missing(.unknown)), ("x", .missing(.secret)), ("-", .missing(.nihil)), ("", .missing(.empty)),
    ])
    func cellsAreReadAsStatisticsOfficesWriteThem(_ text: String, _ cell: DataCell) throws {
        #expect(try DataCell.parse(text, language: "nl", single: false).get() == cell)
    }

    @Test func cellsAreWrittenBackWithARealMinusAndTheirMarks() throws {
        #expect(try DataCell.parse("-5", language: "nl", single: true).get().formatted(language: "nl", unit: nil) == "\u{2212}5")
        #expect(try DataCell.parse("+3,2%", language: "nl", single: true).get().formatted(language: "nl", unit: nil) == "+3,2%")
        #expect(try DataCell.parse("18*", language: "nl", single: true).get().formatted(language: "nl", unit: "%") == "18%*")
        #expect(DataCell.missing(.nihil).formatted(language: "nl", unit: nil) == "\u{2013}")
        #expect(DataCell.missing(.nihil).number == 0 && DataCell.missing(.unknown).number == nil)
        // Alt text says the mark and the sign in words, in the report's language.
        #expect(ChartText.cell(DataCell(.percent(18), provisional: true), unit: "%", language: "nl") == "18% (voorlopig)")
        #expect(ChartText.cell(.missing(.secret), unit: nil, language: "en") == "confidential")
        #expect(throws: DataCell.Problem.notSingle) { try DataCell.parse("400-500", language: "nl", single: true).get() }
    }

    @Test func aLineChartWithGapsAndEstimatesLoads() throws {
        let result = Self.load("""
          - kind: lineChart
            unit: "%"
            axis: [2019, 2020, 2021, 2022]
            series:
              - { label: Lindenmeer, values: [11, ., "", "15*"] }
              - { label: Nederland, reference: true, values: [12, 11, 12, 13] }
        """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        guard case .lineChart(let s) = try #require(result.report).sections[0].content else { Issue.record("not a line chart"); return }
        #expect(s.data.series[0].values.map(\.number) == [11, nil, nil, 15])
        #expect(s.data.series[0].values[3].provisional)
        #expect(s.data.series[1].reference)
        #expect(s.data.axisLabels(language: "nl") == ["2019", "2020", "2021", "2022"])
    }

    @Test func datesOnTheAxisAreWrittenInTheReportsLanguage() {
        let data = SeriesData(axis: ["mei 2021", "2021-06-15", "2023/2024"], series: [])
        #expect(data.axisLabels(language: "nl") == ["mei 2021", "15 juni 2021", "2023/2024"])
        #expect(data.axisLabels(language: "en") == ["May 2021", "15 June 2021", "2023/2024"])
    }

    /// Each bad input gets one error that names its line, column and field path.
    @Test(arguments: [
        ("""
          - kind: lineChart
            axis: [2019, 2020, 2021]
            series:
              - label: Lindenmeer
                values: [11, 12]
        """, 8, "sections[0].series[0].values", "the series has 2 values for 3 axis points"),
        ("""
          - kind: columnChart
            axis: [2019, 2020]
            series:
              - { label: Saldo, values: [12, "#DIV/0!"] }
        """, 7, "sections[0].series[0].values[1]", "formula error \"#DIV/0!\""),
        ("""
          - kind: lineChart
            axis: [2024-02-28, 31-02-2024]
            series:
              - { label: Lindenmeer, values: [11, 12] }
        """, 5, "sections[0].axis[1]", "month 2 of 2024 has 29 days, not 31"),
        ("""
          - kind: table
            columns: [Post, "2025"]
            rows:
              - [Huur, "€ 1,2,3"]
        """, 7, "sections[0].rows[0][1]", "expected a value"),
        ("""
          - kind: table
            columns: [Post, "2025"]
            rows:
              - [Kinderwerkers (4,2 fte), "€ 441.950"]
        """, 7, "sections[0].rows[0]", "every comma ends a cell"),
        ("""
          - kind: lineChart
            axis: [2019, 2020]
            series:
              - { label: Kinderwerkers, values: [400-500, 12] }
        """, 7, "sections[0].series[0].values[0]", "needs one number"),
        ("""
          - kind: stackedBar
            split: true
            axis: [0-4, 5-9]
            series:
              - { label: Jongens, values: [1, 2] }
        """, 8, "sections[0].series", "two series back to back"),
        ("""
          - kind: table
            columns: [Wijk, Kinderen]
            highlight: Oeverlandd
            rows:
              - [Oeverland, 12]
        """, 6, "sections[0].highlight", "no row starts with"),
        ("""
          - kind: lineChart
            from: 20
            axis: [2019, 2020]
            series:
              - { label: Bereik, values: [11, 25] }
        """, 5, "sections[0].from", "above the lowest value"),
    ])
    func badInputGetsOneLocatedMessage(_ yaml: String, _ line: Int, _ path: String, _ message: String) throws {
        let result = Self.load(yaml)
        #expect(result.report == nil)
        let errors = Self.errors(result)
        #expect(errors.count == 1, "\(errors)")
        let error = try #require(errors.first)
        #expect(error.path == path && error.message.contains(message), "\(error)")
        #expect(error.location?.line == line && error.location?.file == "trends.yaml", "\(error)")
    }

    /// Past four own series the colours repeat: a warning, not silence; references do not count.
    @Test func manyOwnSeriesAreWarnedAbout() throws {
        func chart(own: Int, references: Int) -> String {
            let series = (0..<(own + references)).map { "      - { label: S\($0), values: [1, 2]\($0 >= own ? ", reference: true" : "") }" }
            return "  - kind: lineChart\n    axis: [2024, 2025]\n    series:\n" + series.joined(separator: "\n") + "\n"
        }
        let many = Self.load(chart(own: 5, references: 0))
        #expect(many.report != nil)
        #expect(many.diagnostics.contains { $0.severity == .warning && $0.message.contains("5 series of its own") }, "\(many.diagnostics)")
        #expect(Self.load(chart(own: 2, references: 6)).diagnostics.isEmpty)
    }

    @Test func aTableReadsTextNumbersSignsAndItsTotal() throws {
        let result = Self.load("""
          - kind: table
            columns: [Post, { label: "2025", unit: €, bars: true }, { label: Verschil, unit: "%" }]
            total: true
            highlight: Huur
            rows:
              - ["Kinderwerkers (4,2 fte)", "€ 441.950", "+7,2%"]
              - [Huur, "€ 98.400", x]
              - [Totaal, "€ 540.350", .]
        """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        guard case .table(let s) = try #require(result.report).sections[0].content else { Issue.record("not a table"); return }
        #expect(s.rows.map(\.total) == [false, false, true])
        #expect(s.isNumeric(1) && s.isNumeric(2) && !s.isNumeric(0))
        #expect(s.rows[0].cells[1].plain(language: "nl", unit: "€") == "441.950")
        #expect(s.rows[0].cells[2].plain(language: "nl", unit: "%") == "+7,2")
        #expect(s.missingSigns == [.unknown, .secret])
    }

    /// A column is written with one number of decimals, its most precise value's, so decimal
    /// marks line up (`1,0%` beside `0,8%`, `398.200,00` beside `412.500,50`); an empty cell
    /// in a column of text is blank, not the sign for no data.
    @Test func aColumnKeepsOneNumberOfDecimalsAndTextColumnsStayBlank() throws {
        let r = Self.load("""
          - kind: table
            columns: [Post, { label: Bedrag, unit: € }, Aandeel, fte, Toelichting]
            rows:
              - [Personeel, "€ 412.500,50", "0,8%", "4,25", "vier kinderwerkers"]
              - [Huur, "€ 398.200", "1,0%", "3", ""]
              - [Totaal, "€ 810.700,50", "100%", "7,25", ""]
        """)
        #expect(Self.errors(r).isEmpty, "\(r.diagnostics)")
        guard case .table(let s)? = r.report?.sections.first?.content else { Issue.record("no table"); return }
        func cell(_ row: Int, _ column: Int) -> String {
            s.rows[row].cells[column].plain(language: "nl", unit: s.columns[column].unit, decimals: s.decimals(column))
        }
        #expect([cell(0, 1), cell(1, 1), cell(2, 1)] == ["412.500,50", "398.200,00", "810.700,50"])
        #expect([cell(0, 2), cell(1, 2), cell(2, 2)] == ["0,8%", "1,0%", "100,0%"])
        // Counts keep the one decimal the page writes: 4,25 fte is 4,3 as everywhere else.
        #expect([cell(0, 3), cell(1, 3)] == ["4,3", "3,0"])
        #expect(s.rows[1].cells[4] == .text("") && !s.missingSigns.contains(.empty))
    }

    /// Every bad row of a table is said at once; a Dutch decimal in [ ] gets its own hint.
    @Test func everyBadRowIsSaidAndCommasInSeriesGetAHint() throws {
        let table = Self.load("""
          - kind: table
            columns: [Wijk, Bereik]
            rows:
              - [Noord, "3x%"]
              - [Oost, 12%]
              - [Zuid, "1,2,3%"]
        """)
        #expect(Self.errors(table).map(\.path) == ["sections[0].rows[0][1]", "sections[0].rows[2][1]"])
        let series = Self.load("""
          - kind: lineChart
            axis: [2019, 2020]
            series:
              - { label: Lindenmeer, values: [12,5, 13] }
        """)
        #expect(Self.errors(series).first?.message.contains("in [ ] every comma ends a value, also the comma in 12,5") == true, "\(series.diagnostics)")
    }

    /// `hyphenate: false` at the top of a report turns dictionary hyphenation off; it is on by default.
    @Test func hyphenationCanBeTurnedOff() throws {
        let off = ReportLoader.load(data: Data("title: t\nhyphenate: false\nsections: [{kind: text, text: t}]\n".utf8), fileName: "t.yaml")
        #expect(off.report?.hyphenate == false)
        #expect(Self.load("  - kind: text\n    text: t\n").report?.hyphenate == true)
    }
}
