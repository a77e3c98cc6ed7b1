import CPangoCairo
import PraatplaatScene

/// Measures text with Pango for layout, through the same engine the renderer draws with.
public final class PangoMeasurer: TextMeasurer {
    let engine: PangoTextEngine
    private var widths: [[TextSpan]: Double] = [:]
    private var metricsCache: [FontSpec: FontMetrics] = [:]

    public init(engine: PangoTextEngine) {
        self.engine = engine
    }

    /// A pipeline keeps one measurer for all its reports (a batch's rows share most words), so
    /// the cache is emptied when it grows past this many texts, to keep memory bounded.
    static let cacheLimit = 20_000

    public func width(of spans: [TextSpan]) -> Double {
        if let known = widths[spans] { return known }
        if widths.count >= Self.cacheLimit { widths.removeAll(keepingCapacity: true) }
        let layout = engine.layout(spans, in: engine.measuringContext)
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        let width = Double(logical.width) / Double(PANGO_SCALE)
        widths[spans] = width
        return width
    }

    /// Ascent and descent as the drawn layout has them, so baselines land where layout put them.
    public func metrics(of font: FontSpec) -> FontMetrics {
        if let known = metricsCache[font] { return known }
        let layout = engine.layout([TextSpan(text: "Ág", font: font, color: .black)], in: engine.measuringContext)
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        let baseline = Double(pango_layout_get_baseline(layout)) / Double(PANGO_SCALE)
        let metrics = FontMetrics(ascent: baseline, descent: Double(logical.height) / Double(PANGO_SCALE) - baseline)
        metricsCache[font] = metrics
        return metrics
    }
}
