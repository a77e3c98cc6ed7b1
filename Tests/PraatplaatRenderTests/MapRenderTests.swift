import FoundationXML
import Foundation
import PraatplaatPipeline
import PraatplaatScene
import Testing

/// Lindenmeer's factsheet with its map, read back from the files: the names and the legend as
/// text in the PDF and the SVG, the regions as filled paths, the class colours on the PNG.
@Suite(.serialized)
struct MapRenderTests {
    static let names = ["Centrum", "Meerzicht", "De Linden", "Oeverland"]
    static let legend = ["0% t/m 10%", "meer dan 10% t/m 20%", "meer dan 20% t/m 30%"]

    func render() throws -> URL {
        let folder = try Paths.temporaryFolder()
        let pipeline = Pipeline()
        let loaded = try pipeline.load(Paths.root.appendingPathComponent("examples/kinderwerk-lindenmeer.yaml"))
        let laidOut = try pipeline.layout(loaded)
        _ = try pipeline.render(loaded, laidOut: laidOut, options: RenderOptions(outputDirectory: folder, formats: [.pdf, .svg, .png], pdfDates: .none))
        return folder
    }

    @Test func theMapReadsBackFromPDFSVGAndPNG() throws {
        let folder = try render()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try Tool.run("pdftotext", ["-layout", folder.appendingPathComponent("kinderwerk-lindenmeer.pdf").path, "-"])
        for word in Self.names + Self.legend { #expect(text.contains(word), "the PDF has \(word)") }

        // The SVG writes the names as real text, and the regions of each class as one path
        // filled in the class's colour.
        let svg = try String(contentsOf: folder.appendingPathComponent("kinderwerk-lindenmeer.svg"), encoding: .utf8)
        let document = try XMLDocument(xmlString: svg)
        let texts = try document.nodes(forXPath: "//*[local-name()='text']").compactMap { $0.stringValue }
        for word in Self.names + Self.legend { #expect(texts.contains { $0.contains(word) }, "the SVG has \(word)") }
        let fills = svg.matches(of: /<path [^>]*fill="(#[0-9a-fA-F]{6})"/).map { String($0.output.1) }
        // Three classes, one colour each, from a pale tint of the theme's primary (#1D5C3A) to
        // the primary itself; the middle one holds Meerzicht and De Linden.
        func tint(_ amount: Double) -> (Int, Int, Int) {
            func channel(_ v: Int) -> Int { Int((255 + Double(v - 255) * amount).rounded()) }
            return (channel(0x1d), channel(0x5c), channel(0x3a))
        }
        let middle = tint(0.18 + 0.82 / 2)
        let middleHex = String(format: "#%02x%02x%02x", middle.0, middle.1, middle.2)
        let middlePaths = svg.matches(of: /<path d="([^"]*)"[^>]*fill="(#[0-9a-fA-F]{6})"/).filter { $0.output.2.lowercased() == middleHex }
        #expect(middlePaths.count == 1, "\(Set(fills))")
        // Its rings: Meerzicht's outline, and De Linden's with the hole in it.
        #expect(middlePaths.first.map { $0.output.1.filter { $0 == "M" }.count } == 3)
        #expect(fills.contains { $0.lowercased() == "#1d5c3a" })

        // On the PNG, Centrum (the highest class) is a patch of the primary colour, and Oeverland
        // (the lowest) of its palest tint: count the pixels of each.
        let png = try #require(PNGImage(url: folder.appendingPathComponent("kinderwerk-lindenmeer.png")))
        func count(_ r: Int, _ g: Int, _ b: Int) -> Int {
            var n = 0
            for y in stride(from: 0, to: png.height, by: 2) {
                for x in stride(from: 0, to: png.width, by: 2) {
                    let p = png.rgb(x, y)
                    if abs(p.0 - r) < 4, abs(p.1 - g) < 4, abs(p.2 - b) < 4 { n += 1 }
                }
            }
            return n
        }
        let pale = tint(0.18)
        #expect(count(pale.0, pale.1, pale.2) > 500, "Oeverland's pale tint is on the page")
        #expect(count(middle.0, middle.1, middle.2) > 2 * count(pale.0, pale.1, pale.2) / 3, "two wijken in the middle class")
    }
}
