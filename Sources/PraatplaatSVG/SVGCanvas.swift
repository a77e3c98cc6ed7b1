import Foundation
import PraatplaatScene

/// One SVG being written: the body in drawing order, and the definitions it refers to (fonts,
/// text styles, clips, tints, pictures), numbered in order of first use so the bytes are stable.
struct SVGCanvas {
    let writer: SVGWriter
    let fonts: SVGWriter.Fonts
    let prefix: String
    var body = ""

    private var fontNames: [FontFileRef: String] = [:]
    private var fontOrder: [FontFileRef] = []
    private var scalars: [FontFileRef: Set<UInt32>] = [:]
    private var styles: [StyleKey: String] = [:]
    private var styleRules: [String] = []
    private var clips = Definitions<Rect>(name: "clip")
    private var tints = Definitions<Color>(name: "tint")
    private var pictures = Definitions<String>(name: "im")
    /// URLs the text links itself; a link area over such text is not written twice.
    private var textLinks: Set<String> = []

    private struct StyleKey: Hashable {
        var font: FontFileRef
        var size: Double
        var color: Color
        var tabular: Bool
    }

    init(writer: SVGWriter, fonts: SVGWriter.Fonts, prefix: String) {
        self.writer = writer
        self.fonts = fonts
        self.prefix = prefix
    }

    mutating func draw(_ page: ScenePage) throws {
        let size = page.size
        if let background = page.background {
            body += SVGPaint.element(.rect(Rect(x: 0, y: 0, width: size.width, height: size.height), cornerRadius: 0), SVGPaint.fill(background)) + "\n"
        }
        for band in page.fullBleed {
            body += SVGPaint.element(.rect(band.rect, cornerRadius: 0), SVGPaint.fill(band.color)) + "\n"
        }
        textLinks = Set(page.items.flatMap(\.textLines).flatMap(\.spans).compactMap(\.link))
        for item in page.items { try draw(item) }
    }

    mutating func draw(_ item: SceneItem) throws {
        switch item {
        case .fill(let shape, let color):
            body += SVGPaint.element(shape, SVGPaint.fill(color)) + "\n"
        case .stroke(let shape, let stroke):
            body += SVGPaint.element(shape, SVGPaint.stroke(stroke)) + "\n"
        case .text(let line):
            text(line)
        case .image(let image):
            try self.image(image)
        case .link(let rect, let url):
            // Text that links is an <a> itself; other areas get a transparent link over them.
            guard !textLinks.contains(url) else { return }
            body += "<a xlink:href=\"\(SVGText.escape(url))\">" + SVGPaint.element(.rect(rect, cornerRadius: 0), "fill=\"transparent\"") + "</a>\n"
        case .group(let items, let clip, _):
            if let clip {
                body += "<g clip-path=\"url(#\(clipID(clip)))\">\n"
            } else {
                body += "<g>\n"
            }
            for child in items { try draw(child) }
            body += "</g>\n"
        case .tagged(let tag, let items):
            let open: String? = switch tag {
            case .heading(let level): "<g role=\"heading\" aria-level=\"\(min(max(level, 1), 6))\">"
            case .paragraph: nil
            case .list: "<g role=\"list\">"
            case .listItem: "<g role=\"listitem\">"
            case .figure(let alt): "<g role=\"img\" aria-label=\"\(SVGText.escape(alt))\">"
            case .table: "<g role=\"table\">"
            case .tableRow: "<g role=\"row\">"
            case .tableHeaderCell: "<g role=\"columnheader\">"
            case .tableCell: "<g role=\"cell\">"
            }
            if let open { body += open + "\n" }
            for child in items { try draw(child) }
            if open != nil { body += "</g>\n" }
        }
    }

    /// One line as one `<text>`: a `<tspan>` per piece, each starting where the engine placed it.
    private mutating func text(_ line: TextLine) {
        let pieces = writer.shaper.pieces(of: line.spans)
        guard !pieces.isEmpty else { return }
        let n = SVGText.number
        var out = "<text xml:space=\"preserve\" y=\"\(n(line.origin.y))\">"
        for piece in pieces {
            let span = line.spans[min(piece.span, line.spans.count - 1)]
            let style = styleClass(font: piece.font, size: span.font.size, color: span.color, tabular: span.font.tabular)
            for scalar in piece.text.unicodeScalars { scalars[piece.font, default: []].insert(scalar.value) }
            let tspan = "<tspan class=\"\(style)\" x=\"\(n(line.origin.x + piece.x))\">\(SVGText.escape(piece.text))</tspan>"
            if let url = span.link {
                out += "<a xlink:href=\"\(SVGText.escape(url))\">\(tspan)</a>"
            } else {
                out += tspan
            }
        }
        body += out + "</text>\n"
    }

    /// A picture drawn into its rectangle, aspect kept and centred as the other renderers do;
    /// tinted icons are their shape filled with the tint.
    private mutating func image(_ image: ImageItem) throws {
        let id = try pictureID(image.path)
        let r = image.rect, n = SVGText.number
        var use = "<use xlink:href=\"#\(id)\" x=\"\(n(r.x))\" y=\"\(n(r.y))\" width=\"\(n(r.width))\" height=\"\(n(r.height))\""
        if let tint = image.tint { use += " filter=\"url(#\(tintID(tint)))\"" }
        if !image.alt.isEmpty { use += " role=\"img\" aria-label=\"\(SVGText.escape(image.alt))\"" }
        body += use + "/>\n"
    }

    private mutating func pictureID(_ path: String) throws -> String {
        try pictures.id(for: path, prefix: prefix) { id in
            let size = try writer.imageSize(path)
            let w = SVGText.number(size.width), h = SVGText.number(size.height)
            return "<symbol id=\"\(id)\" viewBox=\"0 0 \(w) \(h)\"><image width=\"\(w)\" height=\"\(h)\" xlink:href=\"\(try writer.dataURL(path))\"/></symbol>"
        }
    }

    private mutating func tintID(_ color: Color) -> String {
        tints.id(for: color, prefix: prefix) { id in
            let opacity = color.alpha < 1 ? " flood-opacity=\"\(SVGText.number(color.alpha))\"" : ""
            return "<filter id=\"\(id)\" x=\"0\" y=\"0\" width=\"1\" height=\"1\" color-interpolation-filters=\"sRGB\"><feFlood flood-color=\"\(SVGPaint.hex(color))\"\(opacity)/><feComposite in2=\"SourceAlpha\" operator=\"in\"/></filter>"
        }
    }

    private mutating func clipID(_ rect: Rect) -> String {
        clips.id(for: rect, prefix: prefix) { id in "<clipPath id=\"\(id)\">" + SVGPaint.element(.rect(rect, cornerRadius: 0), "") + "</clipPath>" }
    }

    private mutating func styleClass(font: FontFileRef, size: Double, color: Color, tabular: Bool) -> String {
        let key = StyleKey(font: font, size: size, color: color, tabular: tabular)
        if let known = styles[key] { return known }
        let name = "\(prefix)t\(styles.count + 1)"
        let family: String
        switch fonts {
        case .embedded:
            if fontNames[font] == nil {
                fontNames[font] = "\(prefix)f\(fontNames.count + 1)"
                fontOrder.append(font)
            }
            family = "\(fontNames[font]!),\(Self.quoted(font.family)),sans-serif"
        case .named:
            family = "\(Self.quoted(font.family)),sans-serif"
        }
        var rule = ".\(name){font:\(font.italic ? "italic " : "")\(font.weight) \(SVGText.number(size))px \(family);fill:\(SVGPaint.hex(color))"
        if color.alpha < 1 { rule += ";fill-opacity:\(SVGText.number(color.alpha))" }
        if tabular { rule += ";font-variant-numeric:tabular-nums" }
        styleRules.append(rule + "}")
        styles[key] = name
        return name
    }

    static func quoted(_ family: String) -> String {
        "'" + family.filter { $0 != "'" && $0 != "\\" && $0 != "<" && $0 != ">" && $0 != "&" } + "'"
    }

    /// The `<defs>`: fonts (embedded: only the glyphs used), text styles, clips, tints, pictures.
    func definitions() -> String {
        var css = ""
        if fonts == .embedded {
            for font in fontOrder {
                guard let name = fontNames[font], let data = writer.subsetter.subset(font, scalars: scalars[font] ?? []) else { continue }
                css += "@font-face{font-family:\(name);font-weight:\(font.weight);font-style:\(font.italic ? "italic" : "normal");"
                css += "src:url(data:\(FontSubsetter.mimeType(data));base64,\(data.base64EncodedString()))}\n"
            }
        }
        css += styleRules.joined(separator: "\n")
        var out = "<defs>\n"
        if !css.isEmpty { out += "<style>\n\(css)\n</style>\n" }
        for def in clips.elements + tints.elements + pictures.elements { out += def + "\n" }
        return out + "</defs>\n"
    }
}

extension SVGWriter.Fonts: Equatable {}

/// Definitions of one kind (clips, tints, pictures), each written once and numbered in order of
/// first use, so the same page gives the same ids.
struct Definitions<Key: Hashable> {
    let name: String
    private var ids: [Key: String] = [:]
    private(set) var elements: [String] = []

    init(name: String) { self.name = name }

    /// The id of `key`'s definition, making it with `make(id)` the first time.
    mutating func id(for key: Key, prefix: String, make: (String) throws -> String) rethrows -> String {
        if let known = ids[key] { return known }
        let id = "\(prefix)\(name)\(ids.count + 1)"
        elements.append(try make(id))
        ids[key] = id
        return id
    }
}
