import CPangoCairo
import Foundation
import PraatplaatScene

/// Draws a scene page into a Cairo context. The one drawing routine behind PDF, SVG and PNG:
/// only the surface differs.
struct CairoPainter {
    let cr: OpaquePointer
    let engine: PangoTextEngine
    let images: ImageCache
    /// PDF and SVG draw in points, the PNG under its dpi scale; text is shaped for that scale.
    let scale: PangoTextEngine.Scale

    init(cr: OpaquePointer, engine: PangoTextEngine, images: ImageCache) {
        self.cr = cr
        self.engine = engine
        self.images = images
        engine.prepare(cr)
        var m = cairo_matrix_t()
        cairo_get_matrix(cr, &m)
        scale = PangoTextEngine.Scale(x: m.xx, y: m.yy)
    }

    func paint(_ page: ScenePage) throws {
        if let background = page.background {
            set(background)
            cairo_rectangle(cr, 0, 0, page.size.width, page.size.height)
            cairo_fill(cr)
        }
        for fill in page.fullBleed {
            set(fill.color)
            cairo_rectangle(cr, fill.rect.minX, fill.rect.minY, fill.rect.width, fill.rect.height)
            cairo_fill(cr)
        }
        for item in page.items { try draw(item) }
    }

    private func draw(_ item: SceneItem) throws {
        switch item {
        case .fill(let shape, let color):
            path(shape)
            set(color)
            // In a group of fast edges (only those set FAST) a fill's edges lie under the
            // group's lines: filled without smoothing, which the line over it gives.
            let smoothing = cairo_get_antialias(cr)
            if smoothing == CAIRO_ANTIALIAS_FAST { cairo_set_antialias(cr, CAIRO_ANTIALIAS_NONE) }
            cairo_fill(cr)
            cairo_set_antialias(cr, smoothing)
        case .stroke(let shape, let stroke):
            path(shape)
            set(stroke.color)
            cairo_set_line_width(cr, stroke.width)
            let cap: cairo_line_cap_t = switch stroke.lineCap {
            case .butt: CAIRO_LINE_CAP_BUTT
            case .round: CAIRO_LINE_CAP_ROUND
            case .square: CAIRO_LINE_CAP_SQUARE
            }
            cairo_set_line_cap(cr, cap)
            cairo_set_line_join(cr, stroke.lineJoin == .round ? CAIRO_LINE_JOIN_ROUND : CAIRO_LINE_JOIN_MITER)
            stroke.dash.withUnsafeBufferPointer { cairo_set_dash(cr, $0.baseAddress, Int32($0.count), 0) }
            cairo_stroke(cr)
            cairo_set_dash(cr, nil, 0, 0)
        case .text(let line):
            text(line)
        case .image(let image):
            try self.image(image)
        case .link(let rect, let url):
            // Only the PDF surface turns tags into annotations; the others ignore them.
            // cairo 1.16 takes a link's rect in device space, ignoring the transformation (which
            // bleed uses to move the page on its sheet), so the rect is transformed here.
            var x0 = rect.x, y0 = rect.y, x1 = rect.maxX, y1 = rect.maxY
            cairo_user_to_device(cr, &x0, &y0)
            cairo_user_to_device(cr, &x1, &y1)
            let attributes = "rect=[\(x0) \(y0) \(x1 - x0) \(y1 - y0)] uri='\(Self.escapeAttribute(url))'"
            cairo_tag_begin(cr, "Link", attributes)
            cairo_tag_end(cr, "Link")
        case .group(let items, let clip, let edges):
            cairo_save(cr)
            // Part of the state cairo_restore brings back; only rasters sample edges. Coarse
            // only from about 100 dpi: below it a 0.35 pt line falls between the 4 × 4 samples
            // and looks beaded, and a fill's stepped edge shows beside it.
            if edges == .fast, min(scale.x, scale.y) >= 1.4 { cairo_set_antialias(cr, CAIRO_ANTIALIAS_FAST) }
            if let clip {
                cairo_rectangle(cr, clip.x, clip.y, clip.width, clip.height)
                cairo_clip(cr)
            }
            defer { cairo_restore(cr) }
            for child in items { try draw(child) }
        case .tagged(let tag, let items):
            // Structure elements for the tagged PDF; other surfaces ignore tags.
            var attributes = ""
            if case .figure(let alt) = tag { attributes = "alt='\(Self.escapeAttribute(alt))'" }
            cairo_tag_begin(cr, tag.role, attributes)
            for child in items { try draw(child) }
            cairo_tag_end(cr, tag.role)
        }
    }

    private func set(_ color: Color) {
        cairo_set_source_rgba(cr, color.red, color.green, color.blue, color.alpha)
    }

    private func path(_ shape: Shape) {
        cairo_new_path(cr)
        switch shape {
        case .rect(let r, let radius):
            let k = min(radius, r.width / 2, r.height / 2)
            if k <= 0 {
                cairo_rectangle(cr, r.x, r.y, r.width, r.height)
            } else {
                cairo_new_sub_path(cr)
                cairo_arc(cr, r.maxX - k, r.minY + k, k, -.pi / 2, 0)
                cairo_arc(cr, r.maxX - k, r.maxY - k, k, 0, .pi / 2)
                cairo_arc(cr, r.minX + k, r.maxY - k, k, .pi / 2, .pi)
                cairo_arc(cr, r.minX + k, r.minY + k, k, .pi, 3 * .pi / 2)
                cairo_close_path(cr)
            }
        case .circle(let c, let radius):
            cairo_new_sub_path(cr)
            cairo_arc(cr, c.x, c.y, radius, 0, 2 * .pi)
            cairo_close_path(cr)
        case .arc(let c, let radius, let a0, let a1):
            cairo_new_sub_path(cr)
            cairo_arc(cr, c.x, c.y, radius, a0, a1)
        case .line(let a, let b):
            cairo_move_to(cr, a.x, a.y)
            cairo_line_to(cr, b.x, b.y)
        case .path(let elements):
            for element in elements {
                switch element {
                case .move(let p): cairo_move_to(cr, p.x, p.y)
                case .line(let p): cairo_line_to(cr, p.x, p.y)
                case .curve(let a, let b, let c): cairo_curve_to(cr, a.x, a.y, b.x, b.y, c.x, c.y)
                case .close: cairo_close_path(cr)
                }
            }
        }
    }

    /// Sets one line with its left baseline at the line's origin. No width is given to Pango, so it
    /// cannot wrap: the breaks are layout's.
    private func text(_ line: TextLine) {
        let layout = engine.line(line.spans, scale: scale, on: cr)
        let baseline = Double(pango_layout_get_baseline(layout)) / Double(PANGO_SCALE)
        cairo_move_to(cr, line.origin.x, line.origin.y - baseline)
        pango_cairo_show_layout(cr, layout)
    }

    /// An image; with a tint, its shape is used as a mask and filled with the tint colour.
    private func image(_ image: ImageItem) throws {
        guard let tint = image.tint else {
            try images.draw(image.path, in: image.rect, on: cr)
            return
        }
        // A group is as large as the clip: without this one, every tinted icon cost a cleared and
        // composited page-sized buffer (a third of a PNG page's time). The margin keeps the
        // anti-aliased edge pixels.
        cairo_save(cr)
        defer { cairo_restore(cr) }
        cairo_rectangle(cr, image.rect.x - 1, image.rect.y - 1, image.rect.width + 2, image.rect.height + 2)
        cairo_clip(cr)
        cairo_push_group(cr)
        do {
            try images.draw(image.path, in: image.rect, on: cr)
        } catch {
            cairo_pattern_destroy(cairo_pop_group(cr))
            throw error
        }
        let mask = cairo_pop_group(cr)
        defer { cairo_pattern_destroy(mask) }
        set(tint)
        cairo_mask(cr, mask)
    }

    /// Cairo's tag attributes quote strings with single quotes and escape with backslashes.
    static func escapeAttribute(_ value: String) -> String {
        CairoText.safe(value).replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
    }
}
