/// One drawing command. The set is closed: every renderer handles each case, exhaustively.
public indirect enum SceneItem: Sendable, Hashable, Codable {
    case fill(Shape, Color)
    case stroke(Shape, Stroke)
    case text(TextLine)
    case image(ImageItem)
    /// A clickable area pointing to a URL (a PDF link annotation; ignored where there are none).
    case link(Rect, url: String)
    /// Items drawn together, clipped to `clip` when given, their edges smoothed as `edges` says.
    case group([SceneItem], clip: Rect?, edges: RasterEdges = .fine)
    /// Items that are one thing to a reader (a heading, a list): the tagged PDF's structure.
    case tagged(StructureTag, [SceneItem])

    /// The area the item may paint (links paint nothing but have an area too).
    public var bounds: Rect? {
        switch self {
        case .fill(let shape, _): return shape.bounds
        case .stroke(let shape, let stroke):
            return shape.bounds.insetBy(dx: -stroke.width / 2, dy: -stroke.width / 2)
        case .text(let line): return line.bounds
        case .image(let image): return image.rect
        case .link(let rect, _): return rect
        case .group(let items, let clip, _):
            let inner = items.compactMap(\.bounds).reduce(nil as Rect?) { $0?.union($1) ?? $1 }
            return clip ?? inner
        case .tagged(_, let items):
            return items.compactMap(\.bounds).reduce(nil as Rect?) { $0?.union($1) ?? $1 }
        }
    }
}

/// A PNG or SVG file drawn into a rectangle (SVG stays vector in PDF and SVG output).
/// `path` is absolute: the pipeline resolved it before layout.
public struct ImageItem: Sendable, Hashable, Codable {
    public var rect: Rect
    public var path: String
    public var alt: String
    /// Paints the image's shape in one colour (icons take the colour of their meaning).
    public var tint: Color?

    public init(rect: Rect, path: String, alt: String, tint: Color? = nil) {
        self.rect = rect; self.path = path; self.alt = alt; self.tint = tint
    }
}

/// A coloured area that runs to the paper's edge (a header band). Printed with bleed, its sides
/// that lie on the page's edges run on into the bleed, like the background.
public struct FullBleedFill: Sendable, Hashable, Codable {
    public var rect: Rect
    public var color: Color

    public init(rect: Rect, color: Color) { self.rect = rect; self.color = color }

    /// The area extended by `bleed` on every side that touches the edge of a page of `size`.
    public func extended(by bleed: Double, on size: Size) -> Rect {
        let e = 0.01
        let left = rect.minX <= e ? rect.minX - bleed : rect.minX
        let top = rect.minY <= e ? rect.minY - bleed : rect.minY
        let right = rect.maxX >= size.width - e ? rect.maxX + bleed : rect.maxX
        let bottom = rect.maxY >= size.height - e ? rect.maxY + bleed : rect.maxY
        return Rect(x: left, y: top, width: right - left, height: bottom - top)
    }
}

/// One page of drawing commands, painted in order.
public struct ScenePage: Sendable, Hashable, Codable {
    public var size: Size
    /// Painted over the whole page before the items (nil leaves it transparent).
    public var background: Color?
    /// Painted over the background, before the items.
    public var fullBleed: [FullBleedFill]
    public var items: [SceneItem]

    public init(size: Size, background: Color? = nil, fullBleed: [FullBleedFill] = [], items: [SceneItem]) {
        self.size = size; self.background = background; self.fullBleed = fullBleed; self.items = items
    }
}

/// What a document says about itself: written into the PDF's information dictionary.
public struct DocumentMetadata: Sendable, Hashable, Codable {
    public var title: String
    public var author: String?
    public var subject: String?
    public var keywords: [String]
    public var language: String
    /// When the report appeared (ISO 8601), from the report itself: the PDF's date when the
    /// environment sets none, so output stays a function of the input.
    public var date: String?

    public init(title: String, author: String? = nil, subject: String? = nil, keywords: [String] = [], date: String? = nil, language: String = "nl") {
        self.title = title; self.author = author; self.subject = subject; self.keywords = keywords; self.date = date; self.language = language
    }
}

/// A bookmark: a heading a reader can jump to from the viewer's outline.
public struct OutlineEntry: Sendable, Hashable, Codable {
    public var title: String
    /// Index of the page in the document, from 0.
    public var page: Int
    /// Where the heading's box starts on that page, in points from the top.
    public var y: Double

    public init(title: String, page: Int, y: Double) {
        self.title = title; self.page = page; self.y = y
    }
}

public struct SceneDocument: Sendable, Hashable, Codable {
    public var metadata: DocumentMetadata
    public var pages: [ScenePage]
    /// The document's headings in reading order, for PDF bookmarks.
    public var outline: [OutlineEntry]

    public init(metadata: DocumentMetadata, pages: [ScenePage], outline: [OutlineEntry] = []) {
        self.metadata = metadata; self.pages = pages; self.outline = outline
    }
}
