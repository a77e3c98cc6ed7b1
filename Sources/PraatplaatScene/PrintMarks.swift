/// Where the print-shop furniture around a page goes: bleed (the background running past the
/// trim edge, so a slightly off cut leaves no white rim) and crop marks (thin lines outside the
/// bleed that show where to cut). Sizes follow common practice: marks 5 mm long, starting where
/// the bleed ends. Geometry only: the PDF (Cairo) and the preview's SVG draw the same marks.
public struct PrintMarks: Sendable, Hashable {
    /// How far the background runs past the trim edge, in points; 0 means no print marks at all.
    public let bleed: Double
    public let markLength = Length.mm(5).points
    /// Room between the bleed edge and the sheet edge beyond the marks.
    public let slack = Length.mm(1).points
    /// Crop marks are hairlines.
    public let lineWidth = 0.25

    public init(bleed: Double) { self.bleed = bleed }

    public var isOn: Bool { bleed > 0 }

    /// How far the trimmed page sits from the sheet's edge.
    public var offset: Double { isOn ? bleed + markLength + slack : 0 }

    public func sheet(for page: Size) -> Size {
        Size(width: page.width + 2 * offset, height: page.height + 2 * offset)
    }

    /// The background's area on the sheet: the page and its bleed.
    public func bleedArea(for page: Size) -> Rect {
        Rect(x: offset - bleed, y: offset - bleed, width: page.width + 2 * bleed, height: page.height + 2 * bleed)
    }

    /// A full-bleed fill's area on the sheet, run out over the bleed where it touches an edge.
    public func bleedArea(of fill: FullBleedFill, on page: Size) -> Rect {
        let r = fill.extended(by: bleed, on: page)
        return Rect(x: offset + r.minX, y: offset + r.minY, width: r.width, height: r.height)
    }

    /// Two hairlines at each corner, in line with the trim edges, outside the bleed: eight
    /// segments in sheet coordinates.
    public func cropMarks(around page: Size) -> [(from: Point, to: Point)] {
        let left = offset, top = offset, right = offset + page.width, bottom = offset + page.height
        let near = bleed, far = bleed + markLength
        var segments: [(from: Point, to: Point)] = []
        for (x, dx) in [(left, -1.0), (right, 1.0)] {
            for (y, dy) in [(top, -1.0), (bottom, 1.0)] {
                // Horizontal mark in line with the top or bottom edge, vertical in line with the side.
                segments.append((Point(x: x + dx * near, y: y), Point(x: x + dx * far, y: y)))
                segments.append((Point(x: x, y: y + dy * near), Point(x: x, y: y + dy * far)))
            }
        }
        return segments
    }
}
