import Foundation
import PraatplaatModel
import PraatplaatPipeline
import Testing

/// Line, column and stacked charts and tables, read back from the PDF, the SVG and the page text.
struct SeriesRenderTests {
    static let example = Paths.root.appendingPathComponent("examples/lindenmeer-2019-2025.yaml")

    static func render(_ url: URL, formats: Set<OutputFormat> = [.pdf, .svg]) throws -> URL {
        let folder = try Paths.temporaryFolder()
        let pipeline = Pipeline()
        let loaded = try pipeline.load(url)
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        _ = try pipeline.render(loaded, options: RenderOptions(outputDirectory: folder, formats: formats, pdfDates: .none))
        return folder
    }

    @Test func theTableIsReadRowByRowWithItsNumbersInDutch() throws {
        let folder = try Self.render(Self.example)
        let pdf = folder.appendingPathComponent("lindenmeer-2019-2025.pdf").path
        let text = try Tool.run("pdftotext", ["-layout", pdf, "-"])
        let lines = text.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
        // Each row on one line, its cells in column order, amounts and shares bare under the € and %
        // of the units row; a column with cents anywhere writes them everywhere, so the decimal
        // marks line up.
        for row in ["Post 2024 2025 Verschil", "Kinderwerkers (4,2 fte) 412.300,00 441.950 +7,2", "Activiteiten en materiaal 186.040,50 201.500 +8,3",
                    "Samenwerking met scholen 54.800,00 52.000 \u{2212}5,1", "Onderzoek en monitor 12.500,00 x .", "Totaal 761.640,50 793.850 +4,2"] {
            #expect(lines.contains(row), "no line \(row) in:\n\(text)")
        }
        // The signs it uses are explained under it, the key figure's amount in words.
        #expect(text.contains(". = onbekend; x = geheim."))
        #expect(text.contains("€ 1,2 miljoen"))
        // The line chart: its axis years, the names at the line ends with their last values, the gap said in words.
        for label in ["2019", "2021", "2023", "2025", "Lindenmeer 18%*", "Nederland 14%*", "Regio 13%*", "Geen gegevens: Lindenmeer 2021."] {
            #expect(text.contains(label), "\(label) not in:\n\(text)")
        }
        // The SVG has them as real text.
        let svgs = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".svg") }.sorted()
        let svg = try svgs.map { String(decoding: try Data(contentsOf: folder.appendingPathComponent($0)), as: UTF8.self) }.joined()
        for label in [">2019<", ">2025<", ">Binnen<", ">10–12 jaar<", ">441.950<", ">Verschil<"] {
            #expect(svg.contains(label), "\(label) is not text in the SVG")
        }
        #expect(svg.contains("role=\"table\"") && svg.contains("role=\"columnheader\""))
        #expect(svg.contains("stroke-dasharray"), "the provisional stretch of the line is dashed")
    }

    /// A table longer than a page breaks between rows and repeats its header row on the next page.
    @Test func aLongTableRepeatsItsHeaderOnTheNextPage() throws {
        let folder = try Paths.temporaryFolder()
        let rows = (1...90).map { "      - [Wijk \($0), \($0 * 37), \"\($0 % 7 == 0 ? "." : "\($0 % 30),5%")\"]" }.joined(separator: "\n")
        let yaml = """
        title: Alle wijken
        sections:
          - kind: table
            title: Kinderen per wijk (voorbeeldcijfers)
            columns: [Wijk, { label: Kinderen, bars: true }, { label: Bereik, unit: "%" }]
            highlight: Wijk 12
            rows:
        \(rows)
        """
        let file = folder.appendingPathComponent("wijken.yaml")
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        let out = try Self.render(file, formats: [.pdf])
        let pdf = out.appendingPathComponent("wijken.pdf").path
        let pages = Int(try Tool.run("pdfinfo", [pdf]).matches(of: /Pages:\s+(\d+)/).first.map { String($0.1) } ?? "0") ?? 0
        #expect(pages >= 2)
        for page in 1...max(pages, 1) {
            let text = try Tool.run("pdftotext", ["-f", "\(page)", "-l", "\(page)", "-layout", pdf, "-"])
            let header = text.split(separator: "\n").contains { $0.split(separator: " ").joined(separator: " ") == "Wijk Kinderen Bereik" }
            #expect(header, "page \(page) has no header row:\n\(text.prefix(400))")
        }
        let all = try Tool.run("pdftotext", [pdf, "-"])
        for n in [1, 45, 90] { #expect(all.contains("Wijk \(n)\n") || all.contains("Wijk \(n) ")) }
        #expect(all.contains(". = onbekend."))
        // No row is cut by the page break: every row's name is there once.
        let names = all.matches(of: /Wijk (\d+)/).map { Int($0.1)! }
        #expect(Set(names) == Set(1...90) && names.count == 90, "\(names.count) row names")
    }
}
