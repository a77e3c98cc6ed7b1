import CPangoCairo
import Foundation
import PraatplaatScene

/// Renders scene documents to PDF, SVG and PNG bytes. It sees scenes only, never the report.
public struct CairoRenderer {
    public let engine: PangoTextEngine
    /// Keeps its buffers from page to page, so keep a renderer for a run rather than making one per page.
    let pngWriter = PNGWriter()
    /// Pictures and icons, read once for all pages and formats.
    let images = ImageCache()

    public init(engine: PangoTextEngine) {
        self.engine = engine
    }

    /// A picture's natural size for layout, from the file this renderer will draw (read once).
    public func imageSize(of path: String) throws -> Size {
        try images.size(of: path)
    }

    /// PDF creation and modification dates. Nil leaves them out, so the same input gives the
    /// same bytes; `fromEnvironment()` honours `SOURCE_DATE_EPOCH`.
    public struct PDFDates: Sendable, Equatable {
        public var iso8601: String?

        public init(iso8601: String?) { self.iso8601 = iso8601 }

        public static let none = PDFDates(iso8601: nil)

        public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> PDFDates {
            guard let raw = environment["SOURCE_DATE_EPOCH"], let seconds = Int(raw.trimmingCharacters(in: .whitespaces)) else {
                return .none
            }
            let formatter = ISO8601DateFormatter()
            formatter.timeZone = TimeZone(identifier: "UTC")
            return PDFDates(iso8601: formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds))))
        }
    }

    /// All pages in one PDF, with metadata; fonts are embedded as subsets by Cairo. With `bleed`
    /// (in points) each page is set on a larger sheet: the background runs `bleed` past the trim
    /// edge, crop marks stand outside that, and the PDF's TrimBox and BleedBox say where both are.
    public func pdf(_ document: SceneDocument, dates: PDFDates = .none, bleed: Double = 0) throws -> Data {
        guard let first = document.pages.first else { throw RenderError.cairo("the document has no pages") }
        let marks = CropMarks(bleed: bleed)
        let sink = ByteSink()
        let firstSheet = marks.sheet(for: first.size)
        let surface = cairo_pdf_surface_create_for_stream(ByteSink.write, sink.pointer, firstSheet.width, firstSheet.height)!
        defer { cairo_surface_destroy(surface) }
        try check(surface)
        let m = document.metadata
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, CairoText.safe(m.title))
        if let author = m.author { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, CairoText.safe(author)) }
        if let subject = m.subject { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, CairoText.safe(subject)) }
        if !m.keywords.isEmpty { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_KEYWORDS, CairoText.safe(m.keywords.joined(separator: ", "))) }
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Praatplaat")
        // Cairo stamps the current time unless told otherwise; a date it cannot parse (empty) is left out.
        // SOURCE_DATE_EPOCH (a build's time) first, else the report's own date, else none.
        let date = dates.iso8601 ?? document.metadata.date ?? ""
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, date)

        let cr = cairo_create(surface)!
        defer { cairo_destroy(cr) }
        // One Document structure element around everything drawn. Without it cairo 1.16 still
        // gives link annotations a place in a structure tree it never writes (a dangling
        // reference qpdf calls damage); with it the tree is written and the PDF is tagged.
        // The surface was made at the first page's size: setting a size after the Document tag
        // has begun, before anything was drawn, makes cairo drop the structure tree.
        cairo_tag_begin(cr, "Document", "")
        for (index, page) in document.pages.enumerated() {
            let sheet = marks.sheet(for: page.size)
            if index > 0 { cairo_pdf_surface_set_size(surface, sheet.width, sheet.height) }
            if marks.isOn {
                marks.paintBleed(page, on: cr)
                cairo_save(cr)
                cairo_translate(cr, marks.offset, marks.offset)
                try draw(page, on: cr)
                cairo_restore(cr)
                marks.draw(around: page.size, on: cr)
            } else {
                try draw(page, on: cr)
            }
            cairo_show_page(cr)
        }
        cairo_tag_end(cr, "Document")
        // Bookmarks: every titled section, at the top of its first box.
        for entry in document.outline where document.pages.indices.contains(entry.page) {
            let destination = "page=\(entry.page + 1) pos=[0 \(String(format: "%.2f", max(0, entry.y - 12 + marks.offset)))]"
            cairo_pdf_surface_add_outline(surface, Int32(CAIRO_PDF_OUTLINE_ROOT), CairoText.safe(entry.title), destination, cairo_pdf_outline_flags_t(0))
        }
        cairo_surface_finish(surface)
        try check(surface)
        do {
            // One set of boxes fits every page only when the pages share a size, as they do.
            let boxes = marks.isOn ? marks.boxes(for: first.size) : nil
            return try PDFCatalog.amend(sink.data, language: document.metadata.language, boxes: boxes,
                                        figureAlts: document.pages.flatMap { $0.items.flatMap(\.figureAlts) })
        } catch {
            throw RenderError.cairo("\(error)")
        }
    }

    /// One page as SVG, in points. Cairo numbers its surfaces per process; the ids are renumbered
    /// so the same page gives the same bytes however many were drawn before it.
    public func svg(_ page: ScenePage) throws -> Data {
        let sink = ByteSink()
        let surface = cairo_svg_surface_create_for_stream(ByteSink.write, sink.pointer, page.size.width, page.size.height)!
        defer { cairo_surface_destroy(surface) }
        try check(surface)
        cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_PT)
        let cr = cairo_create(surface)!
        defer { cairo_destroy(cr) }
        try draw(page, on: cr)
        cairo_surface_finish(surface)
        try check(surface)
        return SVGNormaliser.stableSurfaceIDs(sink.data)
    }

    /// The pixel size of a page at `dpi`, rounded to whole pixels (A4 at 150 dpi: 1240 x 1754).
    public static func pixelSize(of page: ScenePage, dpi: Double) -> (width: Int, height: Int) {
        (Int((Length.pt(page.size.width).pixels(dpi: dpi)).rounded()), Int((Length.pt(page.size.height).pixels(dpi: dpi)).rounded()))
    }

    /// The resolutions a PNG may be asked for: 600 dpi is the most a print shop asks for, and an
    /// A0 page at 600 dpi is already some 20,000 pixels wide.
    public static let dpiRange: ClosedRange<Double> = 10...600

    /// One page as an opaque RGB PNG at `dpi`, which the file records (pHYs).
    public func png(_ page: ScenePage, dpi: Double = 150) throws -> Data {
        try png(page, dpi: dpi, wholeBufferLimit: PNGWriter.wholeBufferLimit)
    }

    /// Tests lower `wholeBufferLimit` to take the path very large images take.
    func png(_ page: ScenePage, dpi: Double, wholeBufferLimit: Int) throws -> Data {
        guard Self.dpiRange.contains(dpi) else { throw RenderError.invalidDPI(dpi) }
        let (width, height) = Self.pixelSize(of: page, dpi: dpi)
        // Runs last, after the surface using the writer's buffer is gone.
        defer { pngWriter.trim() }
        let surface = pngWriter.surface(width: width, height: height)
        defer { cairo_surface_destroy(surface) }
        try check(surface)
        let cr = cairo_create(surface)!
        defer { cairo_destroy(cr) }
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        cairo_scale(cr, Double(width) / page.size.width, Double(height) / page.size.height)
        try draw(page, on: cr)
        return try pngWriter.png(from: surface, dpi: dpi, wholeBufferLimit: wholeBufferLimit)
    }

    private func draw(_ page: ScenePage, on cr: OpaquePointer) throws {
        let painter = CairoPainter(cr: cr, engine: engine, images: images)
        try painter.paint(page)
        let status = cairo_status(cr)
        guard status == CAIRO_STATUS_SUCCESS else { throw RenderError.cairo(String(cString: cairo_status_to_string(status))) }
    }

    private func check(_ surface: OpaquePointer) throws {
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else { throw RenderError.cairo(String(cString: cairo_status_to_string(status))) }
    }
}

/// Collects what Cairo writes to a stream.
final class ByteSink {
    var data = Data()

    var pointer: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    static let write: cairo_write_func_t = { closure, bytes, length in
        guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
        let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
        sink.data.append(bytes, count: Int(length))
        return CAIRO_STATUS_SUCCESS
    }
}
