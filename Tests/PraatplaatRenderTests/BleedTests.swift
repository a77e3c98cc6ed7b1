import Foundation
import PraatplaatPipeline
import Testing

/// `--bleed`: a larger sheet with the page in its middle, TrimBox and BleedBox where the page and
/// its bleed are, crop marks outside the bleed, links still over their text.
@Suite(.serialized)
struct BleedTests {
    let folder: URL
    let pdf: String
    static let bleed = 3 * 72 / 25.4          // 3 mm in points
    static let offset = bleed + 6 * 72 / 25.4 // bleed, 5 mm marks, 1 mm to spare

    init() throws {
        folder = try Paths.temporaryFolder()
        let pipeline = Pipeline()
        var options = RenderOptions(outputDirectory: folder, formats: [.pdf], pdfDates: .none)
        options.bleed = Self.bleed
        _ = try pipeline.render(try pipeline.load(Paths.flagship), options: options)
        pdf = folder.appendingPathComponent("kinderwerk-kort.pdf").path
    }

    func box(_ name: String, in info: String) throws -> [Double] {
        let line = try #require(info.split(separator: "\n").first { $0.hasPrefix(name + ":") })
        return line.split(separator: " ").dropFirst().compactMap { Double($0) }
    }

    @Test func boxesDescribeTrimAndBleed() throws {
        let info = try Tool.run("pdfinfo", ["-box", pdf])
        let media = try box("MediaBox", in: info), trim = try box("TrimBox", in: info), bleed = try box("BleedBox", in: info)
        let o = Self.offset, b = Self.bleed
        #expect(zip(trim, [o, o, o + 595.276, o + 841.89]).allSatisfy { abs($0 - $1) < 0.02 }, "\(trim)")
        #expect(zip(bleed, [o - b, o - b, o + 595.276 + b, o + 841.89 + b]).allSatisfy { abs($0 - $1) < 0.02 }, "\(bleed)")
        #expect(abs(media[2] - (595.276 + 2 * o)) < 0.02 && abs(media[3] - (841.89 + 2 * o)) < 0.02, "\(media)")
        let check = try Tool.run("qpdf", ["--check", pdf])
        #expect(check.contains("No syntax or stream encoding errors found") && !check.contains("WARNING"))
        #expect(try Tool.run("pdfinfo", [pdf]).contains("Tagged:          yes"))
    }

    @Test func cropMarksStandOutsideTheBleed() throws {
        // At 72 dpi one pixel is one point: look along the marks of the top left corner.
        _ = try Tool.run("pdftoppm", ["-png", "-r", "72", "-singlefile", pdf, folder.appendingPathComponent("sheet").path])
        let sheet = try #require(PNGImage(url: folder.appendingPathComponent("sheet.png")))
        let o = Int(Self.offset.rounded()), markMiddle = Int((Self.bleed + 2.5 * 72 / 25.4).rounded())
        func dark(_ x: Int, _ y: Int) -> Bool { let (r, g, b) = sheet.rgb(x, y); return r < 160 && g < 160 && b < 160 }
        func darkNear(_ x: Int, _ y: Int) -> Bool { (-1...1).contains { dark(x + $0, y) || dark(x, y + $0) } }
        // The vertical mark in line with the left trim edge, above the bleed; the horizontal one beside it.
        #expect(darkNear(o, o - markMiddle))
        #expect(darkNear(o - markMiddle, o))
        // Inside the bleed, between mark and page, and in the sheet's corner: nothing.
        #expect(!darkNear(o - 4, o - 4))
        #expect(!darkNear(3, 3))
        // The right-hand marks too.
        #expect(darkNear(sheet.width - o, o - markMiddle))
    }

    @Test func linksMoveWithThePage() throws {
        let expanded = folder.appendingPathComponent("q.pdf").path
        _ = try Tool.run("qpdf", ["--qdf", "--object-streams=disable", pdf, expanded])
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: expanded)), as: UTF8.self)
        let rect = try #require(text.firstMatch(of: /\/Rect \[\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)/))
        let values = [rect.1, rect.2, rect.3, rect.4].compactMap { Double($0) }
        // Inside the trimmed page, not left where it would be without bleed.
        #expect(values[0] >= Self.offset + 40 && values[2] <= Self.offset + 595.276 - 40, "\(values)")
        #expect(values[1] >= Self.offset, "\(values)")
    }

    /// Every paper size, both orientations and a custom size keep their trim size inside the bleed.
    @Test(arguments: [("A5", "portrait", 419.53, 595.28), ("A3", "landscape", 1190.55, 841.89), ("A0", "portrait", 2383.94, 3370.39)])
    func paperSizesWorkWithBleed(_ size: String, _ orientation: String, _ width: Double, _ height: Double) throws {
        try checkBoxes(page: "{ size: \(size), orientation: \(orientation), fit: true }", width: width, height: height)
    }

    @Test func customSizeWorksWithBleed() throws {
        try checkBoxes(page: "{ width: 210, height: 99, fit: true }", width: 595.28, height: 280.63)
    }

    func checkBoxes(page: String, width: Double, height: Double) throws {
        let folder = try Paths.temporaryFolder()
        let report = folder.appendingPathComponent("maat.yaml")
        try Data("title: Op maat\npage: \(page)\nsections:\n  - kind: list\n    items: [een, twee]\n".utf8).write(to: report)
        let pipeline = Pipeline()
        var options = RenderOptions(outputDirectory: folder, formats: [.pdf], pdfDates: .none)
        options.bleed = Self.bleed
        _ = try pipeline.render(try pipeline.load(report), options: options)
        let pdf = folder.appendingPathComponent("maat.pdf").path
        let info = try Tool.run("pdfinfo", ["-box", pdf])
        let trim = try box("TrimBox", in: info), bleed = try box("BleedBox", in: info), media = try box("MediaBox", in: info)
        let o = Self.offset, b = Self.bleed
        #expect(zip(trim, [o, o, o + width, o + height]).allSatisfy { abs($0 - $1) < 0.05 }, "\(page): \(trim)")
        #expect(zip(bleed, [o - b, o - b, o + width + b, o + height + b]).allSatisfy { abs($0 - $1) < 0.05 }, "\(page): \(bleed)")
        #expect(abs(media[2] - (width + 2 * o)) < 0.05 && abs(media[3] - (height + 2 * o)) < 0.05, "\(page): \(media)")
        #expect(try Tool.run("qpdf", ["--check", pdf]).contains("No syntax or stream encoding errors found"))
    }
}
