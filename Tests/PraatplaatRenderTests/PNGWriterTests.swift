import Foundation
@testable import PraatplaatCairo
import PraatplaatPipeline
import Testing

/// Our PNG writer (libdeflate) against Cairo's own (libpng), which very large images still use:
/// both files, read back by libpng, must hold the same pixels.
@Suite(.serialized)
struct PNGWriterTests {
    let pipeline = Pipeline()

    static let reports = ["examples/kinderwerk-in-beeld.yaml", "examples/kinderwerk-lindenmeer.yaml", "examples/kinderwerk-poster.yaml"]

    @Test(arguments: reports)
    func samePixelsAsCairosWriter(_ report: String) throws {
        let folder = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let renderer = CairoRenderer(engine: pipeline.engine)
        let pages = try pipeline.layout(try pipeline.load(Paths.root.appendingPathComponent(report))).document.pages
        for (number, page) in pages.enumerated() {
            let ours = try renderer.png(page, dpi: 150)
            let cairos = try renderer.png(page, dpi: 150, wholeBufferLimit: 0)
            let oursURL = folder.appendingPathComponent("ours-\(number).png"), cairosURL = folder.appendingPathComponent("cairo-\(number).png")
            try ours.write(to: oursURL)
            try cairos.write(to: cairosURL)
            let a = try #require(PNGImage(url: oursURL)), b = try #require(PNGImage(url: cairosURL))
            #expect(a.width == b.width && a.height == b.height)
            let differences = a.differences(from: b)
            #expect(differences == nil, "page \(number + 1) of \(report): \(differences?.count ?? 0) pixels differ, the first at \(differences?.x ?? 0), \(differences?.y ?? 0)")
            // Speed may cost little size: on these pages the file is within 3% of Cairo's (libpng at
            // zlib's default level), written in a fraction of its time.
            #expect(Double(ours.count) < Double(cairos.count) * 1.03, "\(ours.count) bytes against Cairo's \(cairos.count)")
            #expect(try renderer.png(page, dpi: 150) == ours, "the same page gave other bytes")
        }
    }
}
