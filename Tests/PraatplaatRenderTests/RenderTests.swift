import FoundationXML
import Foundation
import PraatplaatCairo
import PraatplaatLayout
import PraatplaatModel
import PraatplaatPipeline
import PraatplaatScene
import Testing

/// The flagship rendered for real, its files read back with the tools a user would use.
@Suite(.serialized)
struct RenderTests {
    let folder: URL
    let pipeline = Pipeline()

    init() throws {
        folder = try Paths.temporaryFolder()
        let loaded = try pipeline.load(Paths.flagship)
        _ = try pipeline.render(loaded, options: RenderOptions(outputDirectory: folder, pdfDates: .none))
    }

    var pdf: String { folder.appendingPathComponent("kinderwerk-kort.pdf").path }

    @Test func pdfIsOneA4PageWithMetadata() throws {
        let info = try Tool.run("pdfinfo", [pdf])
        #expect(info.contains("Pages:           1"))
        #expect(info.contains("Page size:       595.276 x 841.89 pts (A4)"))
        #expect(info.contains("Title:           Kinderwerk in beeld"))
        #expect(info.contains("Author:          Nederlands Jeugdinstituut"))
        #expect(info.contains("Subject:         Een samenvatting van het onderzoek Kinderwerk anno 2021"))
        #expect(info.contains("Keywords:        kinderwerk, sociaal werk, pedagogische basis, jeugd"))
        // No timestamp unless asked for: the same input gives the same bytes.
        #expect(!info.contains("CreationDate"))
    }

    /// qpdf finds no damage (cairo 1.16 left link annotations pointing into a structure tree it
    /// never wrote, until everything was wrapped in a Document element); the PDF is tagged,
    /// names its language and asks viewers to show its title.
    @Test func pdfIsCleanTaggedAndNamesItsLanguage() throws {
        let check = try Tool.run("qpdf", ["--check", pdf])
        #expect(check.contains("No syntax or stream encoding errors found"), "\(check)")
        #expect(!check.contains("WARNING"))
        #expect(try Tool.run("pdfinfo", [pdf]).contains("Tagged:          yes"))
        let trailer = try Tool.run("qpdf", ["--show-object=trailer", pdf])
        let root = try #require(trailer.firstMatch(of: /\/Root (\d+) 0 R/)?.1)
        let catalog = try Tool.run("qpdf", ["--show-object=\(root)", pdf])
        #expect(catalog.contains("/Lang (nl)"))
        #expect(catalog.contains("/ViewerPreferences << /DisplayDocTitle true >>"))
        #expect(catalog.contains("/StructTreeRoot"))
    }

    /// The structure tree holds the title as H1 and each section title as H2, under Document.
    @Test func pdfStructureTreeHasTheHeadings() throws {
        let expanded = try Paths.temporaryFolder().appendingPathComponent("qdf.pdf").path
        _ = try Tool.run("qpdf", ["--qdf", "--object-streams=disable", pdf, expanded])
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: expanded)), as: UTF8.self)
        func count(_ role: String) -> Int { text.components(separatedBy: "/S /\(role)\n").count - 1 }
        #expect(count("Document") == 1)
        #expect(count("H1") == 1)
        #expect(count("H2") == 5)
    }

    /// Every titled section is a bookmark, in the order of the file, pointing at its page.
    @Test func pdfHasABookmarkPerTitledSection() throws {
        let json = try Tool.run("qpdf", ["--json", "--json-key=outlines", pdf])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let outlines = try #require(object["outlines"] as? [[String: Any]])
        #expect(outlines.compactMap { $0["title"] as? String } == [
            "Wat is kinderwerk?", "Wie zijn de kinderwerkers?", "Waar werken kinderwerkers aan?",
            "Weinig handen in het jeugddomein", "Bronnen",
        ])
        #expect(outlines.allSatisfy { $0["destpageposfrom1"] as? Int == 1 })
    }

    @Test func multiPagePDFIsCleanAndBookmarksItsSecondPage() throws {
        let other = try Paths.temporaryFolder()
        let url = Paths.root.appendingPathComponent("examples/kinderwerk-in-beeld.yaml")
        _ = try pipeline.render(try pipeline.load(url), options: RenderOptions(outputDirectory: other, formats: [.pdf], pdfDates: .none))
        let file = other.appendingPathComponent("kinderwerk-in-beeld.pdf").path
        #expect(try Tool.run("qpdf", ["--check", file]).contains("No syntax or stream encoding errors found"))
        #expect(try Tool.run("pdfinfo", [file]).contains("Tagged:          yes"))
        let json = try Tool.run("qpdf", ["--json", "--json-key=outlines", file])
        let outlines = try #require((try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])?["outlines"] as? [[String: Any]])
        #expect(Set(outlines.compactMap { $0["destpageposfrom1"] as? Int }) == [1, 2])
    }

    @Test func pdfTextIsExtractableWithAccents() throws {
        let text = try Tool.run("pdftotext", ["-layout", pdf, "-"])
        #expect(text.contains("Kinderwerk in beeld"))
        #expect(text.contains("Wat is kinderwerk?"))
        #expect(text.contains("creëren"))
        #expect(text.contains("één"))
        #expect(text.contains("basisinfrastructuur"))
        #expect(text.contains("40%") && text.contains("86%"))
        #expect(text.contains("400–500") && text.contains("30.000+"))
        #expect(text.contains("Náást de jongeren"))
    }

    @Test func pdfEmbedsOnlySubsetFontsOfTheRequestedFamily() throws {
        let rows = try Tool.run("pdffonts", [pdf]).split(separator: "\n").dropFirst(2)
        #expect(!rows.isEmpty)
        for row in rows {
            let columns = row.split(separator: " ", omittingEmptySubsequences: true)
            #expect(columns[0].contains("+Inter-"), "unexpected font \(row)")
            // emb, sub and uni are the three yes/no columns before the object id.
            #expect(columns.suffix(5).prefix(3) == ["yes", "yes", "yes"], "\(row)")
        }
    }

    @Test func pdfLinksTheSourceURL() throws {
        let raw = try String(decoding: Data(contentsOf: URL(fileURLWithPath: pdf)), as: UTF8.self)
        #expect(raw.contains("/URI (https://skjeugd.nl/wp-content/uploads/2020/05/SKJ-jaarverslag-2019.pdf)"))
    }

    @Test func svgIsXMLWithThePageViewBox() throws {
        let data = try Data(contentsOf: folder.appendingPathComponent("kinderwerk-kort.svg"))
        let document = try XMLDocument(data: data)
        let root = try #require(document.rootElement())
        #expect(root.name == "svg")
        let attributes = Dictionary(uniqueKeysWithValues: (root.attributes ?? []).compactMap { a in a.name.map { ($0, a.stringValue ?? "") } })
        let viewBox = try #require(attributes["viewBox"]).split(separator: " ").compactMap { Double($0) }
        #expect(viewBox.count == 4)
        #expect(viewBox[0] == 0 && viewBox[1] == 0 && abs(viewBox[2] - 595.276) < 0.001 && abs(viewBox[3] - 841.89) < 0.001)
        #expect(attributes["width"]?.hasSuffix("pt") == true)
        // The text is real text (SVGWriterTests reads it word by word).
        #expect(root.elements(forName: "text").count > 0)
    }

    @Test func pngIsA4At150DpiWithInkWhereTheTitleIs() throws {
        let image = try #require(PNGImage(url: folder.appendingPathComponent("kinderwerk-kort.png")))
        #expect(image.width == 1240 && image.height == 1754)
        let layout = try pipeline.layout(try pipeline.load(Paths.flagship))
        let title = try #require(layout.pages[0].scene.items.flatMap(\.textLines).first { $0.text == "Kinderwerk in beeld" })
        let k = 150.0 / 72
        let box = (x: Int(title.bounds.minX * k), y: Int(title.bounds.minY * k), w: Int(title.bounds.width * k), h: Int(title.bounds.height * k))
        // The title is set in dark blue: plenty of dark pixels in its box...
        #expect(image.darkPixels(x: box.x, y: box.y, width: box.w, height: box.h) > box.w * box.h / 10)
        // ...and the margin above it is blank paper.
        #expect(image.darkPixels(x: 0, y: 0, width: image.width, height: Int(40 * k)) == 0)
        #expect(image.rgb(5, 5) == (255, 255, 255))
    }

    @Test func dpiOptionScalesThePNG() throws {
        let other = try Paths.temporaryFolder()
        _ = try pipeline.render(try pipeline.load(Paths.flagship),
                                options: RenderOptions(outputDirectory: other, formats: [.png], dpi: 72))
        let image = try #require(PNGImage(url: other.appendingPathComponent("kinderwerk-kort.png")))
        #expect(image.width == 595 && image.height == 842)
        #expect(try FileManager.default.contentsOfDirectory(atPath: other.path) == ["kinderwerk-kort.png"])
    }

    /// The PNG records its resolution (pHYs, pixels per metre), and every chunk's CRC is right;
    /// Python's zlib checks them, independently of our own CRC code.
    @Test(arguments: [72.0, 150.0, 600.0])
    func pngRecordsItsResolution(_ dpi: Double) throws {
        let other = try Paths.temporaryFolder()
        let page = try #require(pipeline.layout(try pipeline.load(Paths.flagship)).document.pages.first)
        let png = other.appendingPathComponent("p.png")
        try CairoRenderer(engine: pipeline.engine).png(page, dpi: dpi).write(to: png)
        let script = """
        import struct, sys, zlib
        data = open(sys.argv[1], 'rb').read()
        assert data[:8] == b'\\x89PNG\\r\\n\\x1a\\n'
        pos, chunks = 8, []
        while pos < len(data):
            length, kind = struct.unpack('>I4s', data[pos:pos + 8])
            body = data[pos + 4:pos + 8 + length]
            (crc,) = struct.unpack('>I', data[pos + 8 + length:pos + 12 + length])
            assert zlib.crc32(body) & 0xffffffff == crc, kind
            chunks.append((kind.decode(), data[pos + 8:pos + 8 + length]))
            pos += 12 + length
        phys = dict(chunks)['pHYs']
        x, y, unit = struct.unpack('>IIB', phys)
        print(' '.join(k for k, _ in chunks[:3]), x, y, unit)
        """
        let output = try Tool.run("python3", ["-c", script, png.path]).trimmingCharacters(in: .whitespacesAndNewlines)
        let perMetre = Int((dpi / 0.0254).rounded())
        // pHYs must come before the image data.
        #expect(output == "IHDR pHYs IDAT \(perMetre) \(perMetre) 1")
        #expect(PNGImage(url: png) != nil)
    }

    @Test func dpiAbove600IsRefused() throws {
        let page = try #require(pipeline.layout(try pipeline.load(Paths.flagship)).document.pages.first)
        #expect(throws: RenderError.self) { try CairoRenderer(engine: pipeline.engine).png(page, dpi: 601) }
    }

    @Test func twoRendersAreByteIdentical() throws {
        let second = try Paths.temporaryFolder()
        _ = try pipeline.render(try pipeline.load(Paths.flagship), options: RenderOptions(outputDirectory: second, pdfDates: .none))
        for ext in ["pdf", "svg", "png"] {
            let a = try Data(contentsOf: folder.appendingPathComponent("kinderwerk-kort.\(ext)"))
            let b = try Data(contentsOf: second.appendingPathComponent("kinderwerk-kort.\(ext)"))
            #expect(a == b, "\(ext) differs between two renders")
        }
    }

    @Test func sourceDateEpochSetsThePDFDate() throws {
        let dates = CairoRenderer.PDFDates.fromEnvironment(["SOURCE_DATE_EPOCH": "1635724800"])
        #expect(dates.iso8601 == "2021-11-01T00:00:00Z")
        let other = try Paths.temporaryFolder()
        _ = try pipeline.render(try pipeline.load(Paths.flagship), options: RenderOptions(outputDirectory: other, formats: [.pdf], pdfDates: dates))
        let info = try Tool.run("pdfinfo", ["-isodates", other.appendingPathComponent("kinderwerk-kort.pdf").path])
        #expect(info.contains("CreationDate:") && info.contains("2021-11-01T00:00:00"))
    }

    @Test func measuringAndDrawingAgree() throws {
        // What layout measured is what Pango draws: a line's advance measured twice through
        // separate layouts is the same, on a context set up as for drawing.
        let measurer = PangoMeasurer(engine: pipeline.engine)
        let span = TextSpan(text: "Kinderwerk in de pedagogische basisinfrastructuur", font: FontSpec(family: "Inter", size: 10.5), color: .black)
        let width = measurer.width(of: [span])
        #expect(width > 200 && width < 300)
        #expect(pipeline.engine.resolvedFamily(of: span.font) == "Inter")
        #expect(pipeline.engine.resolvedFamily(of: FontSpec(family: "NoSuchFamilyAnywhere", size: 10)) != "NoSuchFamilyAnywhere")
    }
}

@Suite(.serialized)
struct FontFallbackTests {
    @Test func missingFamilyIsAWarningNotAFailure() throws {
        var spec = ThemeSpec()
        spec.fonts = [.headings: ["Praatplaat Missing Sans"], .body: ["Praatplaat Missing Sans"]]
        let pipeline = Pipeline(theme: .file(spec))
        let folder = try Paths.temporaryFolder()
        let outcome = try pipeline.render(try pipeline.load(Paths.flagship), options: RenderOptions(outputDirectory: folder, formats: [.pdf]))
        let warning = try #require(outcome.diagnostics.first { $0.message.contains("Praatplaat Missing Sans") })
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("is not installed; Pango fell back to"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("kinderwerk-kort.pdf").path))
    }

    @Test func aFallbackTheThemeNamesIsSaidSo() throws {
        var spec = ThemeSpec()
        spec.location = SourceLocation(file: "huisstijl.yaml", line: 1, column: 1)
        spec.fonts = [.headings: ["Praatplaat Missing Serif", "Inter"]]
        let pipeline = Pipeline(theme: .file(spec))
        let result = try pipeline.layout(try pipeline.load(Paths.flagship))
        let warnings = result.diagnostics.filter { $0.message.contains("Praatplaat Missing Serif") }
        #expect(warnings.count == 1)
        #expect(warnings.first?.message.hasSuffix("fell back to the theme's next choice 'Inter'") == true, "\(warnings)")
        #expect(warnings.first?.location?.file == "huisstijl.yaml")
        #expect(warnings.first?.path == "fonts")
    }

    @Test func installedFamilyGivesNoWarning() throws {
        let pipeline = Pipeline()
        let result = try pipeline.layout(try pipeline.load(Paths.flagship))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    }
}
