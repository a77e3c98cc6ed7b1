import Foundation
import PraatplaatCairo
import PraatplaatModel
import PraatplaatPipeline
import PraatplaatResources
import Testing

@Suite(.serialized)
struct IconAndImageTests {
    @Test func everyBuiltInIconShipsAsAnSVGOf24Points() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: PraatplaatResources.iconsDirectory.path).filter { $0.hasSuffix(".svg") }
        #expect(Set(files.map { String($0.dropLast(4)) }) == BuiltInIcons.names)
        for file in files {
            let size = try ImageFiles.size(of: PraatplaatResources.iconsDirectory.appendingPathComponent(file).path)
            #expect(size.width == 24 && size.height == 24, "\(file)")
        }
        #expect(BuiltInIcons.names.isSuperset(of: ["heart", "star", "eye", "globe", "house", "school", "people", "child", "handshake", "shield", "chat", "chart"]))
    }

    /// An SVG image stays vector in the PDF (no raster image in it); a PNG is embedded as an image.
    @Test func svgStaysVectorAndPNGIsEmbedded() throws {
        let folder = try Paths.temporaryFolder()
        try """
        <svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100">
          <rect width="200" height="100" fill="#1b3a6b"/><circle cx="100" cy="50" r="40" fill="#e4572e"/>
        </svg>
        """.write(to: folder.appendingPathComponent("logo.svg"), atomically: true, encoding: .utf8)
        let pipeline = Pipeline()
        // A PNG to embed: the renderer's own output of a tiny page.
        func report(_ source: String) throws -> URL {
            let url = folder.appendingPathComponent("r-\(source.replacingOccurrences(of: ".", with: "-")).yaml")
            try "title: Beeld\nsections:\n  - { kind: image, source: \(source), alt: Het logo, width: half }\n".write(to: url, atomically: true, encoding: .utf8)
            return url
        }
        _ = try pipeline.render(try pipeline.load(try report("logo.svg")), options: RenderOptions(outputDirectory: folder, formats: [.pdf, .png], dpi: 72))
        let svgPDF = folder.appendingPathComponent("r-logo-svg.pdf").path
        let list = try Tool.run("pdfimages", ["-list", svgPDF]).split(separator: "\n")
        #expect(list.count == 2, "expected no raster images, got \(list)")
        // The logo's colours are on the page where layout put them.
        let png = try #require(PNGImage(url: folder.appendingPathComponent("r-logo-svg.png")))
        let layout = try pipeline.layout(try pipeline.load(try report("logo.svg")))
        guard case .image(let image)? = layout.pages[0].scene.items.flatMap(\.leaves).last(where: { if case .image = $0 { true } else { false } }) else {
            Issue.record("no image item"); return
        }
        let (r, g, b) = png.rgb(Int(image.rect.x + image.rect.width / 2), Int(image.rect.y + image.rect.height / 2))
        #expect(r > 200 && g < 120 && b < 80, "centre of the logo should be orange, got \(r),\(g),\(b)")

        try FileManager.default.copyItem(at: folder.appendingPathComponent("r-logo-svg.png"), to: folder.appendingPathComponent("foto.png"))
        _ = try pipeline.render(try pipeline.load(try report("foto.png")), options: RenderOptions(outputDirectory: folder, formats: [.pdf]))
        let pngList = try Tool.run("pdfimages", ["-list", folder.appendingPathComponent("r-foto-png.pdf").path]).split(separator: "\n")
        #expect(pngList.count == 3, "expected one raster image, got \(pngList)")
    }

    /// A renderer keeps the pictures it read, but a picture edited between two renders (a
    /// long-lived process, a site rebuilt) is read again: the same pipeline draws the new colour.
    @Test func anEditedPictureIsReadAgain() throws {
        let folder = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let picture = folder.appendingPathComponent("vlak.svg")
        func write(_ colour: String) throws {
            try "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"100\"><rect width=\"200\" height=\"100\" fill=\"\(colour)\"/></svg>"
                .write(to: picture, atomically: true, encoding: .utf8)
        }
        let report = folder.appendingPathComponent("vlak.yaml")
        try "title: Vlak\nsections:\n  - { kind: image, source: vlak.svg, alt: Een vlak, width: half }\n".write(to: report, atomically: true, encoding: .utf8)
        let pipeline = Pipeline()
        func centre() throws -> (Int, Int, Int) {
            _ = try pipeline.render(try pipeline.load(report), options: RenderOptions(outputDirectory: folder, formats: [.png], dpi: 72))
            let png = try #require(PNGImage(url: folder.appendingPathComponent("vlak.png")))
            let layout = try pipeline.layout(try pipeline.load(report))
            guard case .image(let image)? = layout.pages[0].scene.items.flatMap(\.leaves).last(where: { if case .image = $0 { true } else { false } }) else {
                Issue.record("no image item"); return (0, 0, 0)
            }
            return png.rgb(Int(image.rect.x + image.rect.width / 2), Int(image.rect.y + image.rect.height / 2))
        }
        try write("#ff0000")
        let first = try centre()
        #expect(first.0 > 240 && first.1 < 20 && first.2 < 20, "red expected, got \(first)")
        try write("#0000ff")
        let second = try centre()
        #expect(second.0 < 20 && second.1 < 20 && second.2 > 240, "blue expected after the edit, got \(second)")
    }

    @Test func iconsAreDrawnInTheirColour() throws {
        let folder = try Paths.temporaryFolder()
        let url = folder.appendingPathComponent("icons.yaml")
        try """
        title: Iconen
        sections:
          - kind: list
            items:
              - { icon: heart, text: Een hart in de eerste kleur }
        """.write(to: url, atomically: true, encoding: .utf8)
        let pipeline = Pipeline()
        let loaded = try pipeline.load(url)
        _ = try pipeline.render(loaded, options: RenderOptions(outputDirectory: folder, formats: [.png], dpi: 72))
        let png = try #require(PNGImage(url: folder.appendingPathComponent("icons.png")))
        let layout = try pipeline.layout(loaded)
        guard case .image(let icon)? = layout.pages[0].scene.items.flatMap(\.leaves).first(where: { if case .image = $0 { true } else { false } }) else {
            Issue.record("no icon"); return
        }
        #expect(icon.tint?.description == "#c9441e")
        let (r, g, b) = png.rgb(Int(icon.rect.x + icon.rect.width / 2), Int(icon.rect.y + icon.rect.height / 2))
        #expect(abs(r - 0xC9) < 12 && abs(g - 0x44) < 12 && abs(b - 0x1E) < 12, "got \(r),\(g),\(b)")
    }
}

/// Files are resolved once, by the loader, into the model; later stages only read that.
struct ResolvedFileTests {
    @Test func theLoaderResolvesEveryPictureAndIconIntoTheModel() throws {
        let folder = try Paths.temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("img"), withIntermediateDirectories: true)
        let svg = Data("<svg xmlns='http://www.w3.org/2000/svg' width='4' height='3'/>".utf8)
        try svg.write(to: folder.appendingPathComponent("img/plein.svg"))
        let file = folder.appendingPathComponent("r.yaml")
        try """
        title: Bestanden
        sections:
          - { kind: image, source: img/plein.svg, alt: Het plein }
          - kind: list
            items:
              - { text: Spelen, icon: heart }
          - kind: unitChart
            items:
              - { label: kinderen, value: 12 }
        """.write(to: file, atomically: true, encoding: .utf8)
        let report = try Pipeline().load(file).report
        let picture = try #require(report.files["img/plein.svg"])
        guard case .file(let path, let version) = picture else { Issue.record("not a file: \(picture)"); return }
        #expect(path == folder.appendingPathComponent("img/plein.svg").resolvingSymlinksInPath().path)
        #expect(version?.size == svg.count)
        #expect(report.files["heart"] == .builtInIcon("heart"))
        #expect(report.files["people"] == .builtInIcon("people"), "the unit chart's default icon")
    }

    /// A report made in code whose picture no loader resolved is an error, never a grey box.
    @Test func aPictureNoLoaderResolvedIsAnError() throws {
        let report = Report(title: "Zonder", sections: [Section(.image(ImageSection(source: "weg.png", alt: "Weg")))])
        #expect(throws: PipelineError.self) { try Pipeline().layout(LoadedReport(url: URL(fileURLWithPath: "/tmp/zonder.yaml"), report: report)) }
    }
}

/// A user's own list icon is drawn as itself unless it is one colour (or `tint:` says so).
struct ListIconTintTests {
    @Test func onlyOneColourIconsAreTinted() throws {
        let folder = try Paths.temporaryFolder()
        try "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'><path fill='#333333' d='M0 0h24v24H0z'/><circle fill='#fff' cx='12' cy='12' r='4'/></svg>"
            .write(to: folder.appendingPathComponent("een.svg"), atomically: true, encoding: .utf8)
        try "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'><path fill='#e63946' d='M0 0h12v24H0z'/><path style='fill:#457b9d' d='M12 0h12v24H12z'/></svg>"
            .write(to: folder.appendingPathComponent("twee.svg"), atomically: true, encoding: .utf8)
        try Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==")!
            .write(to: folder.appendingPathComponent("foto.png"))
        let file = folder.appendingPathComponent("r.yaml")
        try """
        title: Iconen
        sections:
          - kind: list
            items:
              - { text: Ingebouwd, icon: heart }
              - { text: Eén kleur, icon: een.svg }
              - { text: Twee kleuren, icon: twee.svg }
              - { text: Foto, icon: foto.png }
              - { text: Toch kleuren, icon: twee.svg, tint: true }
              - { text: Zoals het is, icon: heart, tint: false }
        """.write(to: file, atomically: true, encoding: .utf8)
        let pipeline = Pipeline()
        let loaded = try pipeline.load(file)
        guard case .list(let list) = loaded.report.sections[0].content else { Issue.record("not a list"); return }
        #expect(list.items.map(\.tint) == [true, true, false, false, true, false])
        let images = try pipeline.layout(loaded).pages[0].scene.items.flatMap(\.images)
        #expect(images.count == 6)
        let accent = try pipeline.theme(for: loaded.report).palette.accent
        #expect(images.map { $0.tint == accent } == [true, true, false, false, true, false])
    }
}
