import CPangoCairo
import PraatplaatScene

/// The print-shop furniture around a page: bleed (the background running past the trim edge, so
/// a slightly off cut leaves no white rim) and crop marks (thin lines outside the bleed that show
/// where to cut). Sizes follow common practice: marks 5 mm long, starting where the bleed ends.
struct CropMarks {
    /// How far the background runs past the trim edge, in points; 0 means no print marks at all.
    let bleed: Double
    let markLength = Length.mm(5).points
    /// Room between the bleed edge and the sheet edge beyond the marks.
    let slack = Length.mm(1).points

    var isOn: Bool { bleed > 0 }

    /// How far the trimmed page sits from the sheet's edge.
    var offset: Double { isOn ? bleed + markLength + slack : 0 }

    func sheet(for page: Size) -> Size {
        Size(width: page.width + 2 * offset, height: page.height + 2 * offset)
    }

    /// The page's background and full-bleed areas over the bleed (the page then paints them again inside the trim).
    func paintBleed(_ page: ScenePage, on cr: OpaquePointer) {
        let background = page.background ?? Color(hex: "#FFFFFF")!
        cairo_set_source_rgba(cr, background.red, background.green, background.blue, background.alpha)
        cairo_rectangle(cr, offset - bleed, offset - bleed, page.size.width + 2 * bleed, page.size.height + 2 * bleed)
        cairo_fill(cr)
        for fill in page.fullBleed {
            let r = fill.extended(by: bleed, on: page.size)
            cairo_set_source_rgba(cr, fill.color.red, fill.color.green, fill.color.blue, fill.color.alpha)
            cairo_rectangle(cr, offset + r.minX, offset + r.minY, r.width, r.height)
            cairo_fill(cr)
        }
    }

    /// Two hairlines at each corner, in line with the trim edges, outside the bleed.
    func draw(around page: Size, on cr: OpaquePointer) {
        let left = offset, top = offset, right = offset + page.width, bottom = offset + page.height
        let near = bleed, far = bleed + markLength
        cairo_save(cr)
        cairo_set_source_rgb(cr, 0, 0, 0)
        cairo_set_line_width(cr, 0.25)
        for (x, dx) in [(left, -1.0), (right, 1.0)] {
            for (y, dy) in [(top, -1.0), (bottom, 1.0)] {
                // Horizontal mark in line with the top or bottom edge, vertical in line with the side.
                cairo_move_to(cr, x + dx * near, y)
                cairo_line_to(cr, x + dx * far, y)
                cairo_move_to(cr, x, y + dy * near)
                cairo_line_to(cr, x, y + dy * far)
            }
        }
        cairo_stroke(cr)
        cairo_restore(cr)
    }

    /// TrimBox and BleedBox in PDF coordinates (from the lower left; symmetric, so the same numbers).
    func boxes(for page: Size) -> PDFCatalog.PageBoxes {
        let o = offset
        return PDFCatalog.PageBoxes(trim: (o, o, o + page.width, o + page.height),
                                    bleed: (o - bleed, o - bleed, o + page.width + bleed, o + page.height + bleed))
    }
}
