import Foundation
import PraatplaatLayout
import PraatplaatModel
import PraatplaatPipeline
import PraatplaatScene
import Testing

/// A theme file reaches the output: its fonts are embedded, its logo is drawn where the scene
/// says, its band header runs to the paper's edge and, printed with bleed, into the bleed.
@Suite(.serialized)
struct ThemeFileRenderTests {
    static let report = Paths.root.appendingPathComponent("examples/kinderwerk-lindenmeer.yaml")
    static let green = (0x1D, 0x5C, 0x3A)

    func near(_ a: (Int, Int, Int), _ b: (Int, Int, Int), _ tolerance: Int = 6) -> Bool {
        abs(a.0 - b.0) <= tolerance && abs(a.1 - b.1) <= tolerance && abs(a.2 - b.2) <= tolerance
    }

    @Test func fontsOfTheThemeAreEmbedded() throws {
        let folder = try Paths.temporaryFolder()
        let pipeline = Pipeline()
        let outcome = try pipeline.render(try pipeline.load(Self.report), options: RenderOptions(outputDirectory: folder, formats: [.pdf], pdfDates: .none))
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
        let fonts = try Tool.run("pdffonts", [folder.appendingPathComponent("kinderwerk-lindenmeer.pdf").path])
        // Headings and figures in Lato, body text in Inter: both embedded as subsets.
        #expect(fonts.contains("+Lato-Bold"), "\(fonts)")
        #expect(fonts.contains("+Inter-Regular"), "\(fonts)")
    }

    @Test func logoAndBandAreDrawn() throws {
        let folder = try Paths.temporaryFolder()
        let pipeline = Pipeline()
        let loaded = try pipeline.load(Self.report)
        let laidOut = try pipeline.layout(loaded)
        let page = try #require(laidOut.document.pages.first)
        let logo = try #require(page.items.flatMap(\.leaves).compactMap { item -> ImageItem? in
            if case .image(let image) = item, image.path.hasSuffix("lindenmeer-logo.svg") { return image }
            return nil
        }.first)
        #expect(logo.alt == "Gemeente Lindenmeer")
        // At the foot, right-aligned with the content.
        #expect(logo.rect.maxY > page.size.height * 0.9 && logo.rect.minX > page.size.width / 2, "\(logo.rect)")
        let band = try #require(page.fullBleed.first)
        #expect(band.rect.minX == 0 && band.rect.minY == 0 && band.rect.width == page.size.width)

        _ = try pipeline.render(loaded, laidOut: laidOut, options: RenderOptions(outputDirectory: folder, formats: [.png], dpi: 72))
        let png = try #require(PNGImage(url: folder.appendingPathComponent("kinderwerk-lindenmeer.png")))
        // The emblem (the left 30% of the logo) is linden green; the band fills the paper's corner.
        let emblem = png.rgb(Int(logo.rect.minX + logo.rect.width * 0.05), Int(logo.rect.minY + logo.rect.height * 0.1))
        #expect(near(emblem, Self.green, 12), "\(emblem)")
        #expect(near(png.rgb(1, 1), Self.green), "\(png.rgb(1, 1))")
        #expect(near(png.rgb(png.width - 2, 1), Self.green))
        // Below the band the paper is white again.
        #expect(near(png.rgb(2, Int(band.rect.maxY) + 4), (255, 255, 255)))
    }

    @Test func bandRunsIntoTheBleedAndTheRestOfTheBleedIsPaper() throws {
        let folder = try Paths.temporaryFolder()
        let pipeline = Pipeline()
        var options = RenderOptions(outputDirectory: folder, formats: [.pdf], pdfDates: .none)
        options.bleed = BleedTests.bleed
        _ = try pipeline.render(try pipeline.load(Self.report), options: options)
        let pdf = folder.appendingPathComponent("kinderwerk-lindenmeer.pdf").path
        _ = try Tool.run("pdftoppm", ["-png", "-r", "72", "-singlefile", pdf, folder.appendingPathComponent("sheet").path])
        let sheet = try #require(PNGImage(url: folder.appendingPathComponent("sheet.png")))
        let o = Int(BleedTests.offset.rounded())
        // In the bleed left of and above the band: green. In the bleed beside the page's foot: white.
        #expect(near(sheet.rgb(o - 4, o + 30), Self.green), "\(sheet.rgb(o - 4, o + 30))")
        #expect(near(sheet.rgb(o + 30, o - 4), Self.green), "\(sheet.rgb(o + 30, o - 4))")
        #expect(near(sheet.rgb(o - 4, sheet.height - o - 30), (255, 255, 255)))
        // Beyond the bleed (where the marks are) the sheet stays white.
        #expect(near(sheet.rgb(o - Int(BleedTests.bleed) - 4, o + 30), (255, 255, 255)))
        let check = try Tool.run("qpdf", ["--check", pdf])
        #expect(check.contains("No syntax or stream encoding errors found") && !check.contains("WARNING"))
    }

    @Test func everyExampleRendersInTheExampleTheme() throws {
        let folder = try Paths.temporaryFolder()
        let (choice, warnings) = try Pipeline.themeChoice(Paths.root.appendingPathComponent("examples/huisstijl/lindenmeer.yaml").path)
        #expect(warnings.isEmpty)
        let pipeline = Pipeline(theme: choice)
        let examples = try FileManager.default.contentsOfDirectory(atPath: Paths.root.appendingPathComponent("examples").path).filter { $0.hasSuffix(".yaml") }
        #expect(examples.count >= 5)
        for name in examples.sorted() {
            let outcome = try pipeline.render(try pipeline.load(Paths.root.appendingPathComponent("examples/\(name)")),
                                              options: RenderOptions(outputDirectory: folder, formats: [.pdf], pdfDates: .none))
            #expect(outcome.diagnostics.isEmpty, "\(name): \(outcome.diagnostics)")
        }
    }
}
