import CPangoCairo
import PraatplaatScene

/// Pango set up so that measuring and drawing agree to the hundredth of a point on every surface:
/// no hinting, no rounding of glyph positions (with either, widths measured at one scale differ from those drawn at another). The measurer and the renderer
/// must share one engine. Not thread-safe: use one engine per thread.
public final class PangoTextEngine {
    let fontMap: UnsafeMutablePointer<PangoFontMap>
    let fontOptions: OpaquePointer
    /// The context for measuring: identity matrix, the same font options as every drawing context.
    let measuringContext: OpaquePointer

    public init() {
        fontMap = pango_cairo_font_map_new()
        fontOptions = cairo_font_options_create()
        cairo_font_options_set_hint_style(fontOptions, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(fontOptions, CAIRO_HINT_METRICS_OFF)
        measuringContext = pango_font_map_create_context(fontMap)
        configure(measuringContext)
    }

    deinit {
        forgetLines()
        g_object_unref(UnsafeMutableRawPointer(measuringContext))
        cairo_font_options_destroy(fontOptions)
        g_object_unref(UnsafeMutableRawPointer(fontMap))
    }

    private func configure(_ context: OpaquePointer) {
        pango_cairo_context_set_font_options(context, fontOptions)
        pango_context_set_round_glyph_positions(context, 0)
    }

    /// Sets `cr` up to draw text as it was measured: the engine's font options (no hinting).
    func prepare(_ cr: OpaquePointer) {
        cairo_set_font_options(cr, fontOptions)
    }

    /// A context for drawing on `cr`, following its transformation (the PNG's dpi scale).
    private func drawingContext(for cr: OpaquePointer) -> OpaquePointer {
        let context = pango_font_map_create_context(fontMap)!
        configure(context)
        pango_cairo_update_context(cr, context)
        return context
    }

    /// Lines already shaped, kept for the next format and the next report: PDF and SVG draw
    /// the same lines, and a batch's rows share many (headings, labels, fixed texts). Keyed by
    /// the scale drawn at, because a layout must be shaped in a context with the drawing's own
    /// scale: drawn under another one, Cairo builds a new scaled font for every run.
    private struct LineKey: Hashable {
        var spans: [TextSpan]
        var scale: Scale
    }
    struct Scale: Hashable {
        var x: Double, y: Double
    }
    private var lines: [LineKey: OpaquePointer] = [:]
    private var scaledContexts: [Scale: OpaquePointer] = [:]
    /// Pieces shaped for the SVG writer, kept like `lines`: a batch's rows share most lines.
    var shapedPieces: [[TextSpan]: [ShapedPiece]] = [:]
    /// A factsheet has one or two hundred lines; past this many (some 10 MB) all are let go.
    static let linesLimit = 1_500

    /// The layout of one line for drawing on `cr`, whose transformation is a scale by `scale`
    /// (and a translation). Owned by the engine: do not unref.
    func line(_ spans: [TextSpan], scale: Scale, on cr: OpaquePointer) -> OpaquePointer {
        let key = LineKey(spans: spans, scale: scale)
        if let known = lines[key] { return known }
        if lines.count >= Self.linesLimit { forgetLines() }
        let made = layout(spans, in: context(for: scale, like: cr))
        lines[key] = made
        return made
    }

    /// At unit scale the measuring context (what layout measured with); otherwise one context
    /// a scale, made for the first surface drawn at it.
    private func context(for scale: Scale, like cr: OpaquePointer) -> OpaquePointer {
        if scale == Scale(x: 1, y: 1) { return measuringContext }
        if let known = scaledContexts[scale] { return known }
        let made = drawingContext(for: cr)
        scaledContexts[scale] = made
        return made
    }

    /// Lets go of the lines and of the scaled contexts with them (each layout holds on to its
    /// own context), so neither grows without bound in a long run.
    private func forgetLines() {
        lines.values.forEach { g_object_unref(UnsafeMutableRawPointer($0)) }
        lines.removeAll(keepingCapacity: true)
        scaledContexts.values.forEach { g_object_unref(UnsafeMutableRawPointer($0)) }
        scaledContexts.removeAll()
    }

    /// A one-line layout of `spans`; the caller unrefs it. Styles go in as attributes, never as
    /// markup built from report text, so no text can break the layout.
    func layout(_ spans: [TextSpan], in context: OpaquePointer) -> OpaquePointer {
        let spans = Self.drawable(spans)
        let layout = pango_layout_new(context)!
        let text = spans.map(\.text).joined()
        pango_layout_set_text(layout, text, -1)
        pango_layout_set_single_paragraph_mode(layout, 1)
        let attributes = pango_attr_list_new()
        var start: UInt32 = 0
        for span in spans {
            let end = start + UInt32(span.text.utf8.count)
            let description = Self.description(span.font)
            insert(pango_attr_font_desc_new(description), start, end, into: attributes)
            pango_font_description_free(description)
            if span.font.tabular { insert(pango_attr_font_features_new("tnum"), start, end, into: attributes) }
            let c = span.color
            insert(pango_attr_foreground_new(Self.channel(c.red), Self.channel(c.green), Self.channel(c.blue)), start, end, into: attributes)
            if c.alpha < 1 { insert(pango_attr_foreground_alpha_new(Self.channel(c.alpha)), start, end, into: attributes) }
            start = end
        }
        pango_layout_set_attributes(layout, attributes)
        pango_attr_list_unref(attributes)
        return layout
    }

    /// The spans with what Cairo refuses replaced (CairoText): the text every layout is made of,
    /// and what the shaper reads its clusters against.
    static func drawable(_ spans: [TextSpan]) -> [TextSpan] {
        spans.map { span in
            var span = span
            span.text = CairoText.safe(span.text)
            return span
        }
    }

    private func insert(_ attribute: UnsafeMutablePointer<PangoAttribute>?, _ start: UInt32, _ end: UInt32, into list: OpaquePointer?) {
        guard let attribute else { return }
        attribute.pointee.start_index = start
        attribute.pointee.end_index = end
        pango_attr_list_insert(list, attribute)
    }

    static func channel(_ value: Double) -> UInt16 { UInt16((max(0, min(1, value)) * 65535).rounded()) }

    /// Sizes are absolute (points on the page), so pangocairo's 96 dpi assumption never applies.
    static func description(_ font: FontSpec) -> OpaquePointer {
        let description = pango_font_description_new()!
        pango_font_description_set_family(description, font.family)
        pango_font_description_set_absolute_size(description, font.size * Double(PANGO_SCALE))
        pango_font_description_set_weight(description, PangoWeight(rawValue: UInt32(font.weight.rawValue)))
        pango_font_description_set_style(description, font.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        return description
    }

    /// The font families Pango can use on this machine, sorted, without duplicates.
    public func installedFamilies() -> [String] {
        var families: UnsafeMutablePointer<UnsafeMutablePointer<PangoFontFamily>?>?
        var count: Int32 = 0
        pango_font_map_list_families(fontMap, &families, &count)
        guard let families else { return [] }
        defer { g_free(families) }
        var names: Set<String> = []
        for i in 0..<Int(count) {
            if let family = families[i], let name = pango_font_family_get_name(family) { names.insert(String(cString: name)) }
        }
        return names.sorted { $0.localizedStandardCompare($1) == .orderedAscending }
    }

    /// The family Pango really uses for `font`: differs from the request when it fell back.
    public func resolvedFamily(of font: FontSpec) -> String? {
        let description = Self.description(font)
        defer { pango_font_description_free(description) }
        guard let loaded = pango_font_map_load_font(fontMap, measuringContext, description) else { return nil }
        defer { g_object_unref(UnsafeMutableRawPointer(loaded)) }
        let described = pango_font_describe(loaded)
        defer { pango_font_description_free(described) }
        return pango_font_description_get_family(described).map { String(cString: $0) }
    }
}
