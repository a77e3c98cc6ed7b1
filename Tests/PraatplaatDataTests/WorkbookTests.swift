import Foundation
import WorkbookFixture
@testable import PraatplaatData
import PraatplaatModel
import Testing

/// `.xlsx` workbooks as Excel writes them: the numbers stored (not their display), dates from
/// the cell's format in both date systems, shared and inline text, empty cells; and one clear
/// message for each file that cannot be read.
struct WorkbookTests {
    static func table(_ fixture: WorkbookFixture, sheet: String? = nil) throws -> DataTable {
        try XLSXWorkbook(data: fixture.data()).table(named: sheet, fileName: "bereik.xlsx")
    }

    static func failure(_ data: Data, sheet: String? = nil) -> DataFileError? {
        do {
            _ = try XLSXWorkbook(data: data).table(named: sheet, fileName: "bereik.xlsx")
            return nil
        } catch {
            return error
        }
    }

    /// A budget sheet: a euro format, a percentage, a date, a text with a formula.
    static var budget: WorkbookFixture {
        var w = WorkbookFixture(sheets: [WorkbookFixture.Sheet(name: "Blad1", cells: [
            ("A1", .shared(0)), ("B1", .number(2024)), ("C1", .shared(1)), ("D1", .shared(2)),
            ("A2", .shared(3)), ("B2", .number(6_624_049.93, style: 1)), ("C2", .number(0.125, style: 2)), ("D2", .number(44362, style: 3)),
            ("A4", .inline("Activiteiten")), ("B4", .number(86_500, style: 1)), ("C4", .error("#DIV/0!")), ("D4", .number(44362.75, style: 4)),
        ])])
        w.sharedStrings = ["post", "aandeel", "peildatum", "Personeel"]
        w.numberFormats = [(164, "[$€-413] #.##0,00"), (165, "dd-mm-yyyy"), (166, "mmmm yyyy")]
        w.styles = [164, 10, 165, 166]
        return w
    }

    @Test func numbersAreTheStoredNumbersWithWhatTheirFormatSays() throws {
        let t = try Self.table(Self.budget)
        #expect(t.columns == ["post", "2024", "aandeel", "peildatum"])
        #expect(t.sheet == "Blad1")
        #expect(t.rows.count == 2)
        #expect(t.rows[0].cells == [.text("Personeel"), .number(6_624_049.93, .euro), .number(0.125, .percent), .date(year: 2021, month: 6, day: 15)])
        #expect(t.rows[1].cells == [.text("Activiteiten"), .number(86_500, .euro), .error("#DIV/0!"), .date(year: 2021, month: 6, day: nil)])
        // Row 3 is empty and left out; the rows keep their sheet numbers for messages.
        #expect(t.rows.map(\.line) == [2, 4])
        #expect(t.place(of: t.rows[1], column: 2) == "bereik.xlsx:Blad1!C4")
        #expect(t.rows[0].cells[1].written(language: .dutch) == "€ 6624049,93")
        #expect(t.rows[0].cells[2].written(language: .dutch) == "12,5%")
        #expect(t.rows[0].cells[3].written(language: .dutch) == "2021-06-15")
        #expect(t.rows[1].cells[3].written(language: .dutch) == "juni 2021")
        #expect(t.rows[0].cells[2].written(language: .english) == "12.5%")
    }

    @Test func theTwoDateSystemsGiveTheSameDay() throws {
        var w = WorkbookFixture(sheets: [WorkbookFixture.Sheet(name: "Data", cells: [
            ("A1", .inline("dag")), ("A2", .number(44362 - 1462, style: 1)),
        ])])
        w.styles = [14]
        w.date1904 = true
        #expect(try Self.table(w).rows[0].cells == [.date(year: 2021, month: 6, day: 15)])
    }

    @Test(arguments: [(1.0, "1900-01-01"), (59, "1900-02-28"), (60, "1900-02-29"), (61, "1900-03-01"), (45657, "2024-12-31")])
    func dayNumbersOfThe1900SystemKeepLotusLeapDay(_ serial: Double, _ day: String) {
        let d = XLSXNumberFormat.date(serial: serial, system1904: false)
        #expect(d.map { DataValue.date(year: $0.year, month: $0.month, day: $0.day).written(language: .dutch) } == day)
    }

    @Test(arguments: [
        ("General", XLSXNumberFormat.plain), ("0.0%", .percent), ("dd-mm-yyyy", .date(monthOnly: false)), ("mmm yyyy", .date(monthOnly: true)),
        ("\"€\" #,##0", .euro), ("[$€-413] #.##0,00;[Red]-[$€-413] #.##0,00", .euro), ("h:mm", .plain), ("#,##0 \"dagen\"", .plain),
        ("[Red]0.00", .plain), ("0\\d", .plain),
    ])
    func numberFormatsAreReadForWhatTheyShow(_ code: String, _ format: XLSXNumberFormat) {
        #expect(XLSXNumberFormat.parse(code) == format)
    }

    @Test func aNamedSheetIsReadAndAnUnknownOneListsTheSheets() throws {
        var w = Self.budget
        w.sheets.append(WorkbookFixture.Sheet(name: "Trends 2019", cells: [("B2", .inline("jaar")), ("C2", .inline("bereik")), ("B3", .number(2019)), ("C3", .number(14))]))
        let trends = try Self.table(w, sheet: "trends 2019")
        #expect(trends.columns == ["jaar", "bereik"])
        #expect(trends.rows[0].cells == [.number(2019, .plain), .number(14, .plain)])
        // The header starts in column B: places still name the real cells.
        #expect(trends.place(of: trends.rows[0], column: 1) == "bereik.xlsx:'Trends 2019'!C3")
        let error = Self.failure(try w.data(), sheet: "Blad2")
        #expect(error?.message == "the workbook has no sheet \"Blad2\"")
        #expect(error?.hint == "its sheets are \"Blad1\", \"Trends 2019\"")
    }

    @Test func anEmptySheetAndAChartSheetAreClearErrors() throws {
        let empty = WorkbookFixture(sheets: [WorkbookFixture.Sheet(name: "Blad1", cells: [])])
        #expect(Self.failure(try empty.data())?.message == "the sheet \"Blad1\" is empty")
        let chart = WorkbookFixture(sheets: [WorkbookFixture.Sheet(name: "Grafiek1", cells: [], chart: true)])
        #expect(Self.failure(try chart.data())?.message == "the sheet \"Grafiek1\" is a chart, not a sheet of cells")
    }

    @Test func aHeaderWithAGapNamesTheColumn() throws {
        let w = WorkbookFixture(sheets: [WorkbookFixture.Sheet(name: "Blad1", cells: [("A1", .inline("jaar")), ("C1", .inline("bereik")), ("A2", .number(1))])])
        #expect(Self.failure(try w.data())?.message == "column B of the header row (1) has no name")
    }

    @Test func textFromFormulasBooleansAndRichSharedStrings() throws {
        var w = WorkbookFixture(sheets: [WorkbookFixture.Sheet(name: "Blad1", cells: [
            ("A1", .inline("naam")), ("B1", .inline("actief")), ("A2", .formulaText("Noord")), ("B2", .bool(true)), ("A3", .shared(0)),
        ])])
        w.sharedStrings = ["placeholder"]
        // A shared string in runs, with a phonetic reading that is not part of the text.
        w.extraParts["xl/sharedStrings.xml"] = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><r><t>Oever</t></r><r><rPr><b/></rPr><t>land</t></r><rPh><t>x</t></rPh></si></sst>"
        let t = try Self.table(w)
        #expect(t.rows.map(\.cells) == [[.text("Noord"), .bool(true)], [.text("Oeverland"), .empty]])
    }

    @Test func damagedEncryptedAndOldFilesSayWhatTheyAre() throws {
        let good = try Self.budget.data()
        #expect(Self.failure(good.prefix(good.count / 2))?.message.hasPrefix("the workbook is damaged") == true)
        #expect(Self.failure(Data("jaar;bereik\n2019;14\n".utf8))?.message == "the file is not an Excel workbook (it is text, or damaged)")
        var compound = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + Data(repeating: 0, count: 504)
        #expect(Self.failure(compound)?.message == "the file is an old Excel 97-2003 workbook (.xls), which is not read")
        compound += Data("EncryptionInfo".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(Self.failure(compound)?.message == "the workbook is protected with a password")
        var w = Self.budget
        w.extraParts["xl/sharedStrings.xml"] = "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY a \"aaaa\">]><sst><si><t>&a;</t></si></sst>"
        #expect(Self.failure(try w.data())?.message == "the workbook is damaged: xl/sharedStrings.xml: it declares a DTD")
        w = Self.budget
        w.extraParts["xl/worksheets/sheet1.xml"] = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>99</v></c></row></sheetData></worksheet>"
        #expect(Self.failure(try w.data())?.message == "the workbook is damaged: cell A1 names a shared text that is not there")
        w.extraParts["xl/worksheets/sheet1.xml"] = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>12,5</v></c></row></sheetData></worksheet>"
        #expect(Self.failure(try w.data())?.message == "the workbook is damaged: cell A1 holds \"12,5\" as a number")
        w.extraParts["xl/worksheets/sheet1.xml"] = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
        let cut = Self.failure(try w.data())?.message
        #expect(cut?.hasPrefix("the workbook is damaged: xl/worksheets/sheet1.xml") == true, "\(cut ?? "no error")")
    }

    @Test func aTextFileIsReadWithTheSameRowsAndPlaces() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("praatplaat-data-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data("jaar;bereik\n2019;14%\n\n2020;\n".utf8).write(to: url)
        let t = try DataFile.table(at: url, name: "bereik.csv")
        #expect(t.rows.map(\.cells) == [[.text("2019"), .text("14%")], [.text("2020"), .empty]])
        #expect(t.place(of: t.rows[1], column: 1) == "bereik.csv:4:2")
        // A workbook named .csv is read as the workbook it is; text named .xlsx is refused.
        let named = url.deletingPathExtension().appendingPathExtension("xlsx")
        defer { try? FileManager.default.removeItem(at: named) }
        try Data("jaar\n2019\n".utf8).write(to: named)
        #expect(throws: DataFileError.self) { try DataFile.table(at: named, name: "bereik.xlsx") }
        try Self.budget.write(to: url)
        #expect(try DataFile.table(at: url, name: "bereik.csv").sheet == "Blad1")
    }
}

/// Inputs the fuzzer found, each once a crash: now a message.
struct WorkbookFuzzFindingTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/xlsx")

    /// A central directory naming an offset past the end of the file (ZIPFoundation's
    /// in-memory archive trapped on it; the reader reads from files).
    @Test func aDirectoryPointingPastTheEndIsDamaged() throws {
        let data = try Data(contentsOf: Self.fixtures.appendingPathComponent("damaged-directory.xlsx"))
        #expect(throws: DataFileError.self) { try DataFile.table(workbook: data, name: "fuzz.xlsx") }
    }

    /// An entry whose stated compressed size runs past the end of the file (ZIPFoundation read
    /// on forever); and entries cut off by a truncated download.
    @Test func anEntryPastTheEndIsDamage() throws {
        let data = try Data(contentsOf: Self.fixtures.appendingPathComponent("entry-past-end.xlsx"))
        #expect(throws: DataFileError("the workbook is damaged: an entry's header lies outside the file", hint: "open it in Excel and save it again as .xlsx")) {
            try DataFile.table(workbook: data, name: "fuzz.xlsx")
        }
        // A good workbook whose directory says its first entry is 2 GB.
        var big = [UInt8](try WorkbookTests.budget.data())
        let directory = (0..<big.count - 4).first { big[$0] == 0x50 && big[$0 + 1] == 0x4B && big[$0 + 2] == 0x01 && big[$0 + 3] == 0x02 }!
        for k in 0..<4 { big[directory + 20 + k] = k == 3 ? 0x7F : 0xFF }
        #expect(ZIPBounds.problem(in: Data(big)) == "an entry runs past the end of the file")
        #expect(ZIPBounds.problem(in: data.prefix(40)) == "its ZIP directory is missing")
    }

    /// A shared-strings part whose checksum does not match, holding an element name that is not
    /// UTF-8 (Foundation's XML parser trapped on it).
    @Test func aCorruptPartAndANameThatIsNotUTF8AreDamage() throws {
        let data = try Data(contentsOf: Self.fixtures.appendingPathComponent("bad-checksum-invalid-name.xlsx"))
        #expect(throws: DataFileError("the workbook is damaged: xl/sharedStrings.xml is corrupt (its checksum does not match)",
                                      hint: "open it in Excel and save it again as .xlsx")) { try DataFile.table(workbook: data, name: "fuzz.xlsx") }
        #expect(XMLEvents().parse(Data([0x3C, 0x73, 0x73, 0x74, 0x3E, 0x3C, 0xC3, 0x77, 0x48, 0x2F, 0x3E, 0x3C, 0x2F, 0x73, 0x73, 0x74, 0x3E])) == "it is not UTF-8 text")
    }
}

/// The cache a batch's reports share: a file is read once a version, and the rows of a value
/// come from an index that goes when the file changes.
struct DataFileCacheTests {
    @Test func rowsOfAValueFollowTheFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("praatplaat-cache-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data("code;jaar;bereik\nGM1;2019;14\nGM2;2019;9\nGM1;2020;15\n".utf8).write(to: url)
        let cache = DataFileCache()
        let table = try cache.table(at: url, name: "trends.csv", sheet: nil).get()
        #expect(cache.rows(of: table, at: url, column: 0, matching: "gm1", language: .dutch).map(\.line) == [2, 4])
        // A new version (other size): read again, and its rows, not the old index's.
        try Data("code;jaar;bereik\nGM2;2019;9\nGM1;2021;16\nGM1;2022;17\nGM1;2023;18\n".utf8).write(to: url)
        let again = try cache.table(at: url, name: "trends.csv", sheet: nil).get()
        #expect(cache.rows(of: again, at: url, column: 0, matching: "GM1", language: .dutch).map(\.line) == [3, 4, 5])
    }
}
