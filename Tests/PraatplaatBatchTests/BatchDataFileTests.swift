import Foundation
import PraatplaatBatch
import PraatplaatModel
import Testing
import WorkbookFixture

/// The batch over a workbook, and over reports that read a long trend file: each
/// municipality draws its own rows, and a changed row renders only the report that reads it.
struct BatchDataFileTests {
    /// A copy of the example folder (template, both data files, trends), to change files in.
    static func exampleCopy() throws -> URL {
        let folder = try Paths.temporaryFolder()
        for name in ["factsheet.yaml", "gemeenten.csv", "gemeenten.xlsx", "trends.csv", "regio.geojson"] {
            try FileManager.default.copyItem(at: Paths.example.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        return folder
    }

    static func options(_ folder: URL, data: String, out: String) -> BatchOptions {
        var o = BatchOptions(template: folder.appendingPathComponent("factsheet.yaml"), data: folder.appendingPathComponent(data),
                             outputDirectory: folder.appendingPathComponent(out))
        o.nameColumn = "gemeente"
        o.formats = [.svg]
        o.jobs = 2
        return o
    }

    @Test func theWorkbookCopyGivesTheSameReportsAsTheCSV() async throws {
        let folder = try Self.exampleCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = try await BatchRunner(options: Self.options(folder, data: "gemeenten.csv", out: "csv")).run()
        let xlsx = try await BatchRunner(options: Self.options(folder, data: "gemeenten.xlsx", out: "xlsx")).run()
        #expect(csv.problems.isEmpty && xlsx.problems.isEmpty, "\(csv.problems) \(xlsx.problems)")
        #expect(xlsx.progress.rendered == 12)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("csv").path).filter { $0.hasSuffix(".svg") }.sorted()
        #expect(names.count == 12)
        for name in names {
            let a = FileManager.default.contents(atPath: folder.appendingPathComponent("csv/" + name).path)
            let b = FileManager.default.contents(atPath: folder.appendingPathComponent("xlsx/" + name).path)
            #expect(a == b, "\(name) differs between the CSV and the workbook")
        }
        // Each municipality's own trend: its line is labelled with its name, Nederland's too.
        let svg = try String(contentsOf: folder.appendingPathComponent("csv/beekdalen-oost.svg"), encoding: .utf8)
        #expect(svg.contains("Beekdalen-Oost") && svg.contains("Nederland"))
    }

    @Test func aChangedTrendRowRendersOnlyItsMunicipality() async throws {
        let folder = try Self.exampleCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try await BatchRunner(options: Self.options(folder, data: "gemeenten.csv", out: "out")).run()
        #expect(first.progress.rendered == 12, "\(first.problems)")
        let trends = folder.appendingPathComponent("trends.csv")
        var text = try String(contentsOf: trends, encoding: .utf8)
        let line = text.split(separator: "\n").first { $0.hasPrefix("GM9003;") && $0.contains(";2022;") }!
        let changed = line.split(separator: ";").prefix(3).joined(separator: ";") + ";33%"
        #expect(changed != line)
        text = text.replacingOccurrences(of: String(line) + "\n", with: changed + "\n")
        // A row of another municipality changed nothing for the rest: only GM9003 renders.
        try Data(text.utf8).write(to: trends)
        let second = try await BatchRunner(options: Self.options(folder, data: "gemeenten.csv", out: "out")).run()
        #expect(second.progress.rendered == 1 && second.progress.skipped == 11, "\(second.progress) \(second.problems)")
    }

    @Test func aWorkbookCellThatIsNotANumberIsNamedByItsCell() async throws {
        let folder = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("title: \"Kinderwerk in {{gemeente}}\"\nlanguage: nl\nsections:\n  - kind: keyFigures\n    figures:\n      - { value: \"{{aandeel}}\", label: doet mee }\n".utf8)
            .write(to: folder.appendingPathComponent("kaart.yaml"))
        var w = WorkbookFixture(sheets: [WorkbookFixture.Sheet(name: "Gemeenten", cells: [
            ("A1", .inline("gemeente")), ("B1", .inline("aandeel")),
            ("A2", .inline("Lindenmeer")), ("B2", .number(0.18, style: 1)),
            ("A3", .inline("Beekdalen")), ("B3", .error("#DIV/0!")),
        ])])
        w.styles = [9]
        try w.write(to: folder.appendingPathComponent("data.xlsx"))
        var o = BatchOptions(template: folder.appendingPathComponent("kaart.yaml"), data: folder.appendingPathComponent("data.xlsx"), outputDirectory: folder.appendingPathComponent("out"))
        o.formats = [.svg]
        o.nameColumn = "gemeente"
        let outcome = try await BatchRunner(options: o).run()
        #expect(outcome.progress.rendered == 1 && outcome.progress.failed == 1)
        #expect(outcome.problems.first?.location == SourceLocation(file: folder.appendingPathComponent("data.xlsx").path, line: 3, column: 2))
        #expect(outcome.problems.first?.message.hasPrefix("column aandeel (Gemeenten!B3): ") == true, "\(outcome.problems)")
        let svg = try String(contentsOf: folder.appendingPathComponent("out/lindenmeer.svg"), encoding: .utf8)
        #expect(svg.contains("18%"))
    }
}
