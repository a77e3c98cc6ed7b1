import Foundation
import PraatplaatScene

/// Writes scenes as SVG with real text: every line a `<text>` at the positions the text engine
/// gave layout, so the file can be searched, selected, read aloud, translated and edited, and
/// looks like the PDF. A sibling of the Cairo renderer: it reads scenes only, and asks the
/// shaper where glyphs go and in which font file. For one thread (its caches are its own).
public final class SVGWriter {
    /// How text names its fonts.
    public enum Fonts: Sendable {
        /// The glyphs used, cut from the fonts the PDF uses, inside the file: it looks the same
        /// in a browser, as an `<img>` and on a machine without the fonts.
        case embedded
        /// The fonts' own family names, for a page whose style sheet loads those fonts (the site).
        case named
    }

    let shaper: any TextShaper
    /// A picture's natural size, from the same files the other renderers draw.
    let imageSize: (String) throws -> Size
    let subsetter = FontSubsetter()
    private var imageData: [String: (data: String, stamp: [Int])] = [:]

    public init(shaper: any TextShaper, imageSize: @escaping (String) throws -> Size) {
        self.shaper = shaper
        self.imageSize = imageSize
    }

    /// A page as a standalone SVG file, in points, with its fonts embedded. With `bleed` (points),
    /// the sheet the PDF prints with bleed: the background run out past the trim and crop marks
    /// around it, where `PrintMarks` puts them for the PDF too.
    public func document(_ page: ScenePage, title: String, language: String, bleed: Double = 0) throws -> Data {
        var canvas = SVGCanvas(writer: self, fonts: .embedded, prefix: "")
        let marks = PrintMarks(bleed: bleed)
        let o = marks.offset
        if marks.isOn {
            // Drawn in page coordinates: the sheet's origin sits `o` up and to the left.
            func shifted(_ r: Rect) -> Rect { Rect(x: r.minX - o, y: r.minY - o, width: r.width, height: r.height) }
            canvas.body += SVGPaint.element(.rect(shifted(marks.bleedArea(for: page.size)), cornerRadius: 0), SVGPaint.fill(page.background ?? Color(hex: "#FFFFFF")!)) + "\n"
            for fill in page.fullBleed {
                canvas.body += SVGPaint.element(.rect(shifted(marks.bleedArea(of: fill, on: page.size)), cornerRadius: 0), SVGPaint.fill(fill.color)) + "\n"
            }
        }
        try canvas.draw(page)
        if marks.isOn {
            let path = marks.cropMarks(around: page.size).map {
                "M\(SVGText.precise($0.from.x - o)) \(SVGText.precise($0.from.y - o))L\(SVGText.precise($0.to.x - o)) \(SVGText.precise($0.to.y - o))"
            }.joined()
            canvas.body += "<path class=\"crop-marks\" d=\"\(path)\" fill=\"none\" stroke=\"#000\" stroke-width=\"\(marks.lineWidth)\"/>\n"
        }
        let sheet = marks.sheet(for: page.size)
        let w = SVGText.precise(sheet.width), h = SVGText.precise(sheet.height)
        let origin = marks.isOn ? "\(SVGText.precise(-o)) \(SVGText.precise(-o))" : "0 0"
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\""
        out += " width=\"\(w)pt\" height=\"\(h)pt\" viewBox=\"\(origin) \(w) \(h)\" xml:lang=\"\(SVGText.escape(language))\" text-rendering=\"geometricPrecision\">\n"
        out += "<title>\(SVGText.escape(title))</title>\n"
        out += canvas.definitions()
        out += canvas.body
        out += "</svg>\n"
        return Data(out.utf8)
    }

    /// Items as an inline `<svg>` for an HTML page: it scales with its box (a viewBox of
    /// `size`), names the page's fonts, prefixes its ids and classes with `prefix` (unique on
    /// the page), and is an image to assistive technology, described by `title` and `description`.
    /// With `pixelSize`, it has that width and height in CSS pixels instead of its box's.
    public func inline(_ items: [SceneItem], size: Size, prefix: String, title: String, description: String,
                       cssClass: String = "chart", pixelSize: Size? = nil) throws -> String {
        var canvas = SVGCanvas(writer: self, fonts: .named, prefix: prefix)
        for item in items { try canvas.draw(item) }
        let w = SVGText.number(size.width), h = SVGText.number(size.height)
        let dimensions = pixelSize.map { " width=\"\(SVGText.number($0.width))\" height=\"\(SVGText.number($0.height))\"" } ?? ""
        var out = "<svg class=\"\(SVGText.escape(cssClass))\"\(dimensions) viewBox=\"0 0 \(w) \(h)\" text-rendering=\"geometricPrecision\" role=\"img\" aria-labelledby=\"\(prefix)t \(prefix)d\" xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
        out += "<title id=\"\(prefix)t\">\(SVGText.escape(title))</title><desc id=\"\(prefix)d\">\(SVGText.escape(description))</desc>"
        out += canvas.definitions()
        out += canvas.body
        return out + "</svg>"
    }

    /// A picture file as a data URL, read once (again when the file changed).
    func dataURL(_ path: String) throws -> String {
        // Size and modification time to the nanosecond: a picture saved twice in one second
        // (the preview redraws on every save) is read again.
        var info = stat()
        #if canImport(Darwin)
        let stamp = stat(path, &info) == 0 ? [Int(info.st_size), Int(info.st_mtimespec.tv_sec), Int(info.st_mtimespec.tv_nsec)] : []
        #else
        let stamp = stat(path, &info) == 0 ? [Int(info.st_size), Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec)] : []
        #endif
        if let known = imageData[path], known.stamp == stamp, !stamp.isEmpty { return known.data }
        guard let data = FileManager.default.contents(atPath: path) else { throw SVGError.unreadable(path) }
        let mime = path.lowercased().hasSuffix(".svg") ? "image/svg+xml" : "image/png"
        let url = "data:\(mime);base64,\(data.base64EncodedString())"
        if imageData.count >= 64 { imageData.removeAll() }
        imageData[path] = (url, stamp)
        return url
    }
}

public enum SVGError: Error, CustomStringConvertible {
    case unreadable(String)

    public var description: String {
        switch self {
        case .unreadable(let path): "\(path) cannot be read"
        }
    }
}
