import FoundationXML
import Foundation
import PraatplaatLayout
import PraatplaatModel
import PraatplaatPipeline
import PraatplaatScene
import Testing

/// The SVG writer's files read back as XML: real text in reading order, the fonts it needs
/// inside, figures and links for assistive technology, the same bytes every time.
@Suite(.serialized)
struct SVGWriterTests {
    let pipeline = Pipeline()

    func page(_ report: URL, _ index: Int = 0) throws -> (svg: Data, scene: ScenePage, layout: LayoutResult) {
        let layout = try pipeline.layout(try pipeline.load(report))
        let scene = layout.pages[index].scene
        return (try pipeline.svg(scene, metadata: layout.metadata), scene, layout)
    }

    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
    }

    /// Words with a line-end hyphen joined to the next, as pdftotext reads them.
    static func dehyphenated(_ words: [String]) -> [String] {
        var out: [String] = []
        var carry = ""
        for word in words {
            if word.hasSuffix("-"), word.count > 1 { carry += word.dropLast(); continue }
            out.append(carry + word)
            carry = ""
        }
        return out + (carry.isEmpty ? [] : [carry])
    }

    /// An attribute by its qualified name (FoundationXML looks names up by namespace otherwise).
    static func attribute(_ node: XMLNode, _ name: String) -> String? {
        (node as? XMLElement)?.attributes?.first { $0.name == name }?.stringValue
    }

    /// The text of every <text> element, in document order.
    static func texts(_ root: XMLElement) throws -> [String] {
        try root.nodes(forXPath: "//*[local-name()='text']").map { $0.stringValue ?? "" }
    }

    @Test func everyWordOfThePageIsTextInReadingOrder() throws {
        let (svg, scene, _) = try page(Paths.flagship)
        let root = try #require(try XMLDocument(data: svg).rootElement())
        let written = try Self.texts(root)
        let lines = scene.items.flatMap(\.textLines).map(\.text)
        #expect(written.count == lines.count)
        #expect(Self.words(written.joined(separator: " ")) == Self.words(lines.joined(separator: " ")))
        #expect(written.contains("Kinderwerk in beeld"))
        // The same words as the PDF has, whatever order pdftotext reads its columns in.
        let folder = try Paths.temporaryFolder()
        _ = try pipeline.render(try pipeline.load(Paths.flagship), options: RenderOptions(outputDirectory: folder, formats: [.pdf], pdfDates: .none))
        let pdfWords = Self.words(try Tool.run("pdftotext", [folder.appendingPathComponent("kinderwerk-kort.pdf").path, "-"]))
        #expect(pdfWords.sorted() == Self.dehyphenated(Self.words(written.joined(separator: " "))).sorted())
    }

    @Test func theRootSaysItsSizeTitleAndLanguage() throws {
        let (svg, _, layout) = try page(Paths.flagship)
        let root = try #require(try XMLDocument(data: svg).rootElement())
        #expect(root.name == "svg")
        let viewBox = try #require(Self.attribute(root, "viewBox")).split(separator: " ").compactMap { Double($0) }
        #expect(viewBox.count == 4 && abs(viewBox[2] - 595.276) < 0.001 && abs(viewBox[3] - 841.89) < 0.001)
        #expect(Self.attribute(root, "width") == "595.276pt")
        #expect(Self.attribute(root, "xml:lang") == "nl")
        let title = try root.nodes(forXPath: "*[local-name()='title']").first?.stringValue
        #expect(title == layout.metadata.title)
    }

    /// Each font the text uses is inside, cut to the glyphs used: an OpenType file a browser
    /// can load, far smaller than the font itself.
    @Test func theFontsTravelWithTheFile() throws {
        let (svg, _, _) = try page(Paths.flagship)
        let text = String(decoding: svg, as: UTF8.self)
        let faces = text.matches(of: /@font-face\{font-family:(f\d+);font-weight:(\d+);font-style:(\w+);src:url\(data:font\/otf;base64,([A-Za-z0-9+\/=]+)\)\}/)
        #expect(faces.count >= 3, "bold, regular and italic Inter at least")
        for face in faces {
            let data = try #require(Data(base64Encoded: String(face.output.4)))
            #expect(data.starts(with: Array("OTTO".utf8)))
            #expect(data.count < 60_000, "a subset, not the whole font (\(data.count) bytes)")
            // Every style rule naming the face names it with the real family as the fallback.
            let family = String(face.output.1)
            #expect(text.contains("px \(family),'Inter',sans-serif"))
        }
    }

    @Test func figuresAreImagesWithTheirAltTextAndLinksAreLinks() throws {
        let (svg, scene, _) = try page(Paths.flagship)
        let root = try #require(try XMLDocument(data: svg).rootElement())
        let figures = try root.nodes(forXPath: "//*[@role='img']").compactMap { Self.attribute($0, "aria-label") }
        let alts = scene.items.flatMap(\.figureAlts)
        #expect(!alts.isEmpty)
        for alt in alts { #expect(figures.contains(alt)) }
        let links = try root.nodes(forXPath: "//*[local-name()='a']").compactMap { Self.attribute($0, "xlink:href") }
        #expect(links.contains("https://skjeugd.nl/wp-content/uploads/2020/05/SKJ-jaarverslag-2019.pdf"))
        let headings = try root.nodes(forXPath: "//*[@role='heading']")
        #expect(headings.count >= 5)
    }

    /// Ids are numbered per file, so a page gives the same bytes after any number of others.
    @Test func theSameInputGivesTheSameBytes() throws {
        let first = try page(Paths.flagship).svg
        _ = try page(Paths.root.appendingPathComponent("examples/kinderwerk-lindenmeer.yaml"))
        let again = try Pipeline().svg(try page(Paths.flagship).scene, metadata: try page(Paths.flagship).layout.metadata)
        let second = try page(Paths.flagship).svg
        #expect(first == second)
        #expect(first == again)
    }

    /// Report text cannot break out of the XML: markup characters and control characters.
    @Test func textIsEscaped() throws {
        let folder = try Paths.temporaryFolder()
        let report = folder.appendingPathComponent("r.yaml")
        try """
        title: "Kinderen & <script>alert(1)</script> \\"quotes\\""
        sections:
          - kind: text
            text: "a < b && c > d ]]> <!-- -->"
        """.write(to: report, atomically: true, encoding: .utf8)
        let (svg, _, _) = try page(report)
        let root = try #require(try XMLDocument(data: svg).rootElement())
        // Lines may break anywhere in these; what matters is that every character is text.
        let texts = try Self.texts(root).joined().filter { !$0.isWhitespace }
        #expect(texts.contains("<script>alert(1)</script>"))
        #expect(texts.contains("a<b&&c>d]]><!---->"))
        #expect(try root.nodes(forXPath: "//*[local-name()='script']").isEmpty)
    }

    /// Tinted icons are their shape in the tint; every picture is inside the file once.
    @Test func iconsAreTintedAndPicturesEmbeddedOnce() throws {
        let (svg, scene, _) = try page(Paths.root.appendingPathComponent("examples/kinderwerk-in-beeld.yaml"))
        let text = String(decoding: svg, as: UTF8.self)
        let images = scene.items.flatMap(\.images)
        let tinted = images.filter { $0.tint != nil }
        #expect(!tinted.isEmpty)
        for tint in Set(tinted.compactMap(\.tint)) {
            #expect(text.contains("<feFlood flood-color=\"\(Color(red: tint.red, green: tint.green, blue: tint.blue))\""))
        }
        #expect(text.components(separatedBy: "<symbol ").count - 1 == Set(images.map(\.path)).count)
        #expect(text.components(separatedBy: "<use ").count - 1 == images.count)
        #expect(!text.contains("file:"), "no picture is referred to by its path on this machine")
    }

    @Test func outlinesModeKeepsCairosGlyphs() throws {
        let (_, scene, layout) = try page(Paths.flagship)
        let svg = try pipeline.svg(scene, metadata: layout.metadata, text: .outlines)
        let root = try #require(try XMLDocument(data: svg).rootElement())
        #expect(try Self.texts(root).isEmpty)
        #expect(String(decoding: svg, as: UTF8.self).contains("<symbol overflow=\"visible\" id=\"glyph"))
    }
}

extension SceneItem {
    var images: [ImageItem] {
        switch self {
        case .image(let image): [image]
        case .group(let items, _, _), .tagged(_, let items): items.flatMap(\.images)
        default: []
        }
    }
}

/// An address with characters a URL cannot hold reaches every output percent-encoded.
struct LinkEncodingTests {
    @Test func oddAddressesArePercentEncodedInPDFAndSVG() throws {
        let folder = try Paths.temporaryFolder()
        let report = folder.appendingPathComponent("links.yaml")
        try """
        title: Links
        sections:
          - kind: text
            text: Zie [de kaart](https://example.org/kaart?wijk=één).
          - kind: sources
            items:
              - { text: Een rapport, url: "https://example.org/ok?a=1&b=<2>" }
              - { text: Een pad met spaties, url: "https://example.org/een pad/rapport.pdf" }
        """.write(to: report, atomically: true, encoding: .utf8)
        let pipeline = Pipeline()
        let outcome = try pipeline.render(try pipeline.load(report), options: RenderOptions(outputDirectory: folder, formats: [.pdf, .svg], pdfDates: .none))
        let pdf = String(decoding: try Data(contentsOf: try #require(outcome.written.first { $0.pathExtension == "pdf" })), as: UTF8.self)
        #expect(pdf.contains("/URI (https://example.org/ok?a=1&b=%3C2%3E)"), "the PDF links the encoded address")
        #expect(pdf.contains("/URI (https://example.org/een%20pad/rapport.pdf)"))
        #expect(pdf.contains("/URI (https://example.org/kaart?wijk=%C3%A9%C3%A9n)"))
        let svg = try Data(contentsOf: try #require(outcome.written.first { $0.pathExtension == "svg" }))
        let root = try #require(try XMLDocument(data: svg).rootElement())
        let links = try root.nodes(forXPath: "//*[local-name()='a']").compactMap { SVGWriterTests.attribute($0, "xlink:href") }
        #expect(Set(links) == ["https://example.org/ok?a=1&b=%3C2%3E", "https://example.org/een%20pad/rapport.pdf", "https://example.org/kaart?wijk=%C3%A9%C3%A9n"])
        // Readers see the address as it was written.
        #expect(try SVGWriterTests.texts(root).joined().contains("https://example.org/ok?a=1&b=<2>"))
    }
}
