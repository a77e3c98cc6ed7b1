import Foundation
import PraatplaatModel
import PraatplaatPipeline
import Testing

/// Amounts on the page, in the alt text and in the SVG, read back with the tools a user has.
struct MoneyRenderTests {
    static let report = Paths.root.appendingPathComponent("Tests/Fixtures/money/begroting.yaml")

    /// A PDF text string in UTF-16 big-endian hex, as cairo writes text that is not Latin-1.
    static func utf16(_ hex: String) -> String {
        let bytes = stride(from: 0, to: hex.count - 3, by: 4).map { i -> UInt16 in
            let start = hex.index(hex.startIndex, offsetBy: i)
            return UInt16(hex[start..<hex.index(start, offsetBy: 4)], radix: 16) ?? 0
        }
        return String(decoding: bytes, as: UTF16.self)
    }

    @Test func amountsAreWrittenTheDutchWay() throws {
        let folder = try Paths.temporaryFolder()
        let pipeline = Pipeline()
        let loaded = try pipeline.load(Self.report)
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        _ = try pipeline.render(loaded, options: RenderOptions(outputDirectory: folder, formats: [.pdf, .svg], pdfDates: .none))
        let pdf = folder.appendingPathComponent("begroting.pdf").path
        let text = try Tool.run("pdftotext", [pdf, "-"])
        for shown in ["€ 6,6 miljoen", "€ 950.000", "€ 1,2 miljoen", "€ 412.500", "€ 298.000"] {
            #expect(text.contains(shown), "\(shown) not in: \(text)")
        }
        #expect(!text.contains("412.500 €"))
        // The alt text keeps every cent the page rounds away.
        let expanded = folder.appendingPathComponent("qdf.pdf").path
        _ = try Tool.run("qpdf", ["--qdf", "--object-streams=disable", pdf, expanded])
        let raw = String(decoding: try Data(contentsOf: URL(fileURLWithPath: expanded)), as: UTF8.self)
        let alts = raw.matches(of: /\/Alt <feff([0-9a-f]+)>/).map { Self.utf16(String($0.1)) }
        #expect(alts.contains { $0.contains("€ 6.624.049,93 begroting") }, "\(alts)")
        #expect(alts.contains { $0.contains("Noord € 412.500; Zuid € 298.000") }, "\(alts)")
        // A figure against a reference: the arrow and the words on the page, the direction in words in the alt text.
        #expect(text.contains("\u{2191}\u{00A0}Nederland: 14%") || text.contains("\u{2191} Nederland: 14%"), "\(text)")
        #expect(text.contains("\u{2193}\u{00A0}regio: 420") || text.contains("\u{2193} regio: 420"), "\(text)")
        #expect(text.contains("enkele honderden") && !text.contains("350"))
        #expect(text.contains("ruim een op de tien") && !text.contains("12%"), "a percentage with words is drawn as a donut")
        #expect(alts.contains { $0.contains("18% van de kinderen doet mee (hoger dan Nederland: 14%)") }, "\(alts)")
        #expect(alts.contains { $0.contains("350 vrijwilligers (lager dan regio: 420)") }, "\(alts)")
        // The report's date in the header and as the PDF's date.
        #expect(text.contains("GEMEENTE LINDENMEER · MEI 2025"), "\(text)")
        let info = try Tool.run("pdfinfo", ["-isodates", pdf])
        #expect(info.contains("CreationDate:    2025-05-01T00:00:00Z"), "\(info)")
        let svg = String(decoding: try Data(contentsOf: folder.appendingPathComponent("begroting.svg")), as: UTF8.self)
        #expect(svg.contains(">€ 6,6 miljoen<"), "the key figure is not one text in the SVG")
    }
}
