import PraatplaatLayout
import PraatplaatModel
import PraatplaatSVG

/// A chart on a report page: the print layout's drawing, written by the SVG writer with real
/// text. It is laid out at several widths; CSS container queries (site.css) show the widest one
/// that fits the column, so chart text stays at 14 to 16 CSS pixels from a phone to a wide screen.
struct ChartFigure {
    /// Column widths, in CSS pixels, a drawing is made for: each next one 16% wider, so text set
    /// at `textSize` is shown at most 16% larger. Must match the container queries in site.css.
    static let widths: [Double] = [288, 334, 388, 450, 522, 605]
    static let textSize = 14.0
    /// A percentage's donut beside its label, at the size of a big number.
    static let donutTextSize = 15.0

    let drawings: WebDrawings
    let writer: SVGWriter

    /// The chart of section `index`, or nil for kinds written as HTML.
    func html(_ section: Section, index: Int, title: String, description: String) throws -> String? {
        var variants: [String] = []
        for (v, width) in Self.widths.enumerated() {
            guard let drawing = drawings.chart(section, index: index, width: width, textSize: Self.textSize) else { return nil }
            variants.append(try writer.inline(drawing.items, size: drawing.size, prefix: "s\(index + 1)-v\(v + 1)-",
                                              title: title, description: description, cssClass: "chart v\(v + 1)"))
        }
        return "<div class=\"chart-variants\">" + variants.joined() + "</div>"
    }

    /// The bar under a percentage key figure shown with `style: bar`, or nil.
    func shareBar(_ section: KeyFiguresSection, index: Int, figure: Int) throws -> String? {
        guard let drawing = drawings.shareBar(section, figure: figure, width: 224, textSize: Self.donutTextSize) else { return nil }
        let value = section.figures[figure].drawn(language: drawings.language)
        return try writer.inline(drawing.items, size: drawing.size, prefix: "s\(index + 1)-b\(figure + 1)-", title: value,
                                 description: InlineText.plain(section.figures[figure].label), cssClass: "share-bar")
    }

    /// The donut of figure `figure` of a key-figures section `index`, or nil when it is a number.
    func donut(_ section: KeyFiguresSection, index: Int, figure: Int, label: String) throws -> String? {
        guard let drawing = drawings.donut(section, figure: figure, textSize: Self.donutTextSize) else { return nil }
        let value = section.figures[figure].drawn(language: drawings.language)
        return try writer.inline(drawing.items, size: drawing.size, prefix: "s\(index + 1)-d\(figure + 1)-",
                                 title: value, description: label, cssClass: "donut", pixelSize: drawing.size)
    }
}
