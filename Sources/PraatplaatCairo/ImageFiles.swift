import CPangoCairo
import CRsvg
import Foundation
import PraatplaatScene

/// Reads PNG and SVG files for drawing, and tells their natural size for layout.
public enum ImageFiles {
    /// Width and height in points (SVG: its intrinsic size; PNG: pixels taken as points).
    public static func size(of path: String) throws -> Size {
        if isSVG(path) {
            let handle = try svgHandle(path)
            defer { g_object_unref(UnsafeMutableRawPointer(handle)) }
            return try size(of: handle, path: path)
        }
        let surface = try pngSurface(path)
        defer { cairo_surface_destroy(surface) }
        return size(of: surface)
    }

    static func isSVG(_ path: String) -> Bool { path.lowercased().hasSuffix(".svg") }

    /// An SVG's intrinsic size, or without width and height its viewBox's.
    static func size(of handle: UnsafeMutablePointer<RsvgHandle>, path: String) throws -> Size {
        var width = 0.0, height = 0.0
        guard rsvg_handle_get_intrinsic_size_in_pixels(handle, &width, &height) != 0, width > 0, height > 0 else {
            var viewport = RsvgRectangle(x: 0, y: 0, width: 100, height: 100)
            var ink = RsvgRectangle(), logical = RsvgRectangle()
            guard rsvg_handle_get_geometry_for_layer(handle, nil, &viewport, &ink, &logical, nil) != 0, logical.width > 0 else {
                throw RenderError.image(path, "has no size (give the SVG a width and height or a viewBox)")
            }
            return Size(width: logical.width, height: logical.height)
        }
        return Size(width: width, height: height)
    }

    /// A PNG's pixels taken as points.
    static func size(of surface: OpaquePointer) -> Size {
        Size(width: Double(cairo_image_surface_get_width(surface)), height: Double(cairo_image_surface_get_height(surface)))
    }

    static func svgHandle(_ path: String) throws -> UnsafeMutablePointer<RsvgHandle> {
        var error: UnsafeMutablePointer<GError>?
        guard let handle = rsvg_handle_new_from_file(path, &error) else {
            let message = error.map { String(cString: $0.pointee.message) } ?? "cannot be read"
            if let error { g_error_free(error) }
            throw RenderError.image(path, message)
        }
        return handle
    }

    static func pngSurface(_ path: String) throws -> OpaquePointer {
        guard let surface = cairo_image_surface_create_from_png(path) else { throw RenderError.image(path, "cannot be read") }
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw RenderError.image(path, String(cString: cairo_status_to_string(status)))
        }
        guard cairo_image_surface_get_width(surface) > 0, cairo_image_surface_get_height(surface) > 0 else {
            cairo_surface_destroy(surface)
            throw RenderError.image(path, "is empty")
        }
        return surface
    }

}

/// The files pages draw, each read once: a unit chart repeats one icon a hundred times, the
/// three formats draw the same page, and a batch's rows share their icons and logo. A file is
/// read again when its size or modification time changed, so a long-lived renderer sees edits.
/// For one thread, like the renderer that owns it.
final class ImageCache {
    private var svgs: [String: (handle: UnsafeMutablePointer<RsvgHandle>, version: FileStamp?)] = [:]
    private var pngs: [String: (surface: OpaquePointer, version: FileStamp?)] = [:]
    /// Enough for a report's icons, pictures and logo; past it all are let go (pictures can be large).
    static let limit = 64

    deinit { forget() }

    private func forget() {
        svgs.values.forEach { g_object_unref(UnsafeMutableRawPointer($0.handle)) }
        pngs.values.forEach { cairo_surface_destroy($0.surface) }
        svgs.removeAll()
        pngs.removeAll()
    }

    private func svg(_ path: String) throws -> UnsafeMutablePointer<RsvgHandle> {
        let version = FileStamp(path: path)
        if let known = svgs[path], known.version == version, version != nil { return known.handle }
        if let stale = svgs.removeValue(forKey: path) { g_object_unref(UnsafeMutableRawPointer(stale.handle)) }
        if svgs.count + pngs.count >= Self.limit { forget() }
        let handle = try ImageFiles.svgHandle(path)
        svgs[path] = (handle, version)
        return handle
    }

    private func png(_ path: String) throws -> OpaquePointer {
        let version = FileStamp(path: path)
        if let known = pngs[path], known.version == version, version != nil { return known.surface }
        if let stale = pngs.removeValue(forKey: path) { cairo_surface_destroy(stale.surface) }
        if svgs.count + pngs.count >= Self.limit { forget() }
        let surface = try ImageFiles.pngSurface(path)
        pngs[path] = (surface, version)
        return surface
    }

    /// The file's natural size, as `ImageFiles.size(of:)`, from the file read once for layout
    /// and drawing alike.
    func size(of path: String) throws -> Size {
        ImageFiles.isSVG(path) ? try ImageFiles.size(of: svg(path), path: path) : ImageFiles.size(of: try png(path))
    }

    /// Draws the file scaled into `rect` (aspect ratio kept, centred).
    func draw(_ path: String, in rect: Rect, on cr: OpaquePointer) throws {
        if ImageFiles.isSVG(path) {
            let handle = try svg(path)
            var viewport = RsvgRectangle(x: rect.x, y: rect.y, width: rect.width, height: rect.height)
            var error: UnsafeMutablePointer<GError>?
            guard rsvg_handle_render_document(handle, cr, &viewport, &error) != 0 else {
                let message = error.map { String(cString: $0.pointee.message) } ?? "cannot be drawn"
                if let error { g_error_free(error) }
                throw RenderError.image(path, message)
            }
            return
        }
        let surface = try png(path)
        let w = Double(cairo_image_surface_get_width(surface)), h = Double(cairo_image_surface_get_height(surface))
        let k = min(rect.width / w, rect.height / h)
        cairo_save(cr)
        defer { cairo_restore(cr) }
        cairo_translate(cr, rect.x + (rect.width - w * k) / 2, rect.y + (rect.height - h * k) / 2)
        cairo_scale(cr, k, k)
        cairo_set_source_surface(cr, surface, 0, 0)
        cairo_paint(cr)
    }
}
