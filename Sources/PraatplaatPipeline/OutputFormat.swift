/// The files `render` can write.
public enum OutputFormat: String, Sendable, Hashable, CaseIterable, Comparable {
    case pdf, svg, png

    public static func < (a: OutputFormat, b: OutputFormat) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// How an SVG carries its text.
public enum SVGTextMode: String, Sendable, Hashable, CaseIterable {
    /// Real `<text>`, with the glyphs it uses embedded as fonts: searchable, selectable, editable.
    case text
    /// Glyph outlines (Cairo's SVG), for tools that cannot read web fonts.
    case outlines
}
