import Foundation
import PraatplaatPipeline
import Testing

@Suite(.serialized)
struct AtomicOutputTests {
    @Test func failedWriteLeavesEarlierFilesAndNoTemporaries() throws {
        let folder = try Paths.temporaryFolder()
        let pipeline = Pipeline()
        let loaded = try pipeline.load(Paths.flagship)
        _ = try pipeline.render(loaded, options: RenderOptions(outputDirectory: folder, formats: [.pdf], pdfDates: .none))
        let pdf = folder.appendingPathComponent("kinderwerk-kort.pdf")
        let before = try Data(contentsOf: pdf)

        // A changed report, and the PNG's name taken by a folder: the PDF renders but must not replace the old one.
        var changed = loaded
        changed.report.title = "Een andere titel"
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("kinderwerk-kort.png"), withIntermediateDirectories: false)
        #expect(throws: PipelineError.self) {
            _ = try pipeline.render(changed, options: RenderOptions(outputDirectory: folder, formats: [.pdf, .png], pdfDates: .none))
        }
        #expect(try Data(contentsOf: pdf) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func writeReplacesWholeFiles() throws {
        let folder = try Paths.temporaryFolder()
        let url = folder.appendingPathComponent("a.txt")
        try AtomicFile.write(Data("eerste versie, langer".utf8), to: url)
        try AtomicFile.write(Data("tweede".utf8), to: url)
        #expect(try String(contentsOf: url, encoding: .utf8) == "tweede")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["a.txt"])
    }
}
