import CPangoCairo
import PraatplaatScene

/// Bleed and crop marks drawn with Cairo, where `PrintMarks` puts them.
struct CropMarks {
    let marks: PrintMarks

    init(bleed: Double) { marks = PrintMarks(bleed: bleed) }

    var bleed: Double { marks.bleed }
    var isOn: Bool { marks.isOn }
    var offset: Double { marks.offset }
    func sheet(for page: Size) -> Size { marks.sheet(for: page) }

    /// The page's background and full-bleed areas over the bleed (the page then paints them again inside the trim).
    func paintBleed(_ page: ScenePage, on cr: OpaquePointer) {
        let background = page.background ?? Color(hex: "#FFFFFF")!
        fill(marks.bleedArea(for: page.size), background, on: cr)
        for area in page.fullBleed { fill(marks.bleedArea(of: area, on: page.size), area.color, on: cr) }
    }

    private func fill(_ r: Rect, _ color: Color, on cr: OpaquePointer) {
        cairo_set_source_rgba(cr, color.red, color.green, color.blue, color.alpha)
        cairo_rectangle(cr, r.minX, r.minY, r.width, r.height)
        cairo_fill(cr)
    }

    func draw(around page: Size, on cr: OpaquePointer) {
        cairo_save(cr)
        cairo_set_source_rgb(cr, 0, 0, 0)
        cairo_set_line_width(cr, marks.lineWidth)
        for segment in marks.cropMarks(around: page) {
            cairo_move_to(cr, segment.from.x, segment.from.y)
            cairo_line_to(cr, segment.to.x, segment.to.y)
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
