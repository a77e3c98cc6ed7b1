/// A font file as the text engine uses it: what an SVG embeds so it looks like the PDF.
public struct FontFileRef: Sendable, Hashable {
    public var path: String
    /// The face's index inside a collection (0 for a plain font file).
    public var index: Int
    public var family: String
    /// CSS weight, 100...900.
    public var weight: Int
    public var italic: Bool

    public init(path: String, index: Int, family: String, weight: Int, italic: Bool) {
        self.path = path; self.index = index; self.family = family; self.weight = weight; self.italic = italic
    }
}

/// A stretch of a text line in one span and one font, where the text engine placed it: the
/// unit a writer with real text (SVG) sets, so its text lands where layout measured it.
public struct ShapedPiece: Sendable, Hashable {
    /// Which of the line's spans it belongs to.
    public var span: Int
    public var text: String
    /// From the line's origin along the baseline, in points.
    public var x: Double
    public var width: Double
    /// The font the engine really used (a fallback font where the span's family lacks a glyph).
    public var font: FontFileRef

    public init(span: Int, text: String, x: Double, width: Double, font: FontFileRef) {
        self.span = span; self.text = text; self.x = x; self.width = width; self.font = font
    }
}

/// How a writer learns where the glyphs of a line go and from which font, without knowing
/// what shapes them. The Cairo target implements it with the Pango engine layout measured with.
public protocol TextShaper: AnyObject {
    func pieces(of spans: [TextSpan]) -> [ShapedPiece]
}
