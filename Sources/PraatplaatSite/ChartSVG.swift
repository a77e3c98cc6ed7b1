import Foundation
import PraatplaatLayout
import PraatplaatModel

/// Charts as inline SVG with real `<text>`: selectable, searchable, read aloud. Each has
/// `role="img"`, a `<title>` and a `<desc>` (the chart's values in words, as in the PDF's /Alt);
/// colours come from the theme's custom properties through classes (`s1`...`s4`, `accent`).
enum ChartSVG {
    /// Numbers in SVG coordinates, at most two decimals, the same on every machine.
    static func n(_ v: Double) -> String {
        let r = (v * 100).rounded() / 100
        return r == r.rounded() ? String(Int(r)) : String(format: "%.2f", r)
    }

    static func open(id: String, width: Double, height: Double, title: String, desc: String) -> String {
        "<svg class=\"chart\" viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" aria-labelledby=\"\(id)-t \(id)-d\" xmlns=\"http://www.w3.org/2000/svg\">"
            + "<title id=\"\(id)-t\">\(HTML.escape(title))</title><desc id=\"\(id)-d\">\(HTML.escape(desc))</desc>"
    }

    static func text(_ x: Double, _ y: Double, _ content: String, cls: String, anchor: String = "start") -> String {
        "<text x=\"\(n(x))\" y=\"\(n(y))\" class=\"\(cls)\"\(anchor == "start" ? "" : " text-anchor=\"\(anchor)\"")>\(HTML.escape(content))</text>"
    }

    /// Horizontal bars, the label above each and the value at its end, like the print layout.
    static func bars(_ s: BarChartSection, id: String, language: String, desc: String) -> String {
        var bars = s.bars
        switch s.sort {
        case .none: break
        case .descending: bars.sort { $0.value.magnitude > $1.value.magnitude }
        case .ascending: bars.sort { $0.value.magnitude < $1.value.magnitude }
        }
        let width = 600.0, track = 430.0, row = 52.0
        let values = bars.map(\.value.magnitude)
        let fraction: (Double) -> Double
        if s.scale == .log, let lo = values.filter({ $0 > 0 }).min(), let hi = values.max() {
            let a = floor(log10(lo)), b = max(ceil(log10(hi)), a + 1)
            fraction = { v in v > 0 ? (log10(v) - a) / (b - a) : 0 }
        } else {
            let top = max(values.max() ?? 1, 1e-9)
            fraction = { $0 / top }
        }
        var svg = open(id: id, width: width, height: row * Double(bars.count), title: InlineText.plain(s.title ?? "Staafdiagram"), desc: desc)
        for (i, bar) in bars.enumerated() {
            let y = Double(i) * row
            let length = max(2, track * fraction(bar.value.magnitude))
            let highlighted = s.highlight == bar.label
            let cls = s.highlight == nil ? "s\(i % 4 + 1)" : (highlighted ? "accent" : "primary")
            svg += text(0, y + 16, InlineText.plain(bar.label), cls: "label")
            svg += "<rect x=\"0\" y=\"\(n(y + 22))\" width=\"\(n(length))\" height=\"20\" rx=\"2\" class=\"\(cls)\"/>"
            let value = bar.value.formatted(language: language) + (s.unit.map { " " + InlineText.plain($0) } ?? "")
            svg += text(length + 8, y + 37, value, cls: "value")
        }
        return svg + "</svg>"
    }

    /// A donut for a percentage: the share as an arc over a track, the number in the middle.
    static func donut(_ share: Double, index: Int, id: String, label: String, language: String) -> String {
        let r = 40.0, c = 2 * Double.pi * r
        let dash = c * min(max(share, 0), 100) / 100
        let value = FigureValue.percent(share).formatted(language: language)
        return open(id: id, width: 100, height: 100, title: value, desc: label)
            + "<circle cx=\"50\" cy=\"50\" r=\"40\" class=\"track\" fill=\"none\" stroke-width=\"14\"/>"
            + "<circle cx=\"50\" cy=\"50\" r=\"40\" class=\"arc s\(index % 4 + 1)\" fill=\"none\" stroke-width=\"14\" stroke-dasharray=\"\(n(dash)) \(n(c))\" transform=\"rotate(-90 50 50)\"/>"
            + text(50, 57, value, cls: "donut-value", anchor: "middle") + "</svg>"
    }

    /// One square per unit, in rows, with the label and value above each row.
    static func units(_ s: UnitChartSection, id: String, language: String, desc: String) -> String {
        let perRow = 20, cell = 26.0, size = 20.0
        let largest = s.items.map(\.value.magnitude).max() ?? 1
        let per = s.per ?? SharedRules.unitsPerIcon(largest: largest, capacity: perRow * 6)
        var y = 0.0, body = ""
        for (i, item) in s.items.enumerated() {
            let units = item.value.magnitude / per
            let cls = s.items.contains(where: \.highlight) ? (item.highlight ? "accent" : "primary") : "s\(i % 4 + 1)"
            body += text(0, y + 16, "\(InlineText.plain(item.label)): \(item.value.formatted(language: language))", cls: "label")
            y += 26
            let whole = Int(units.rounded(.down)), rest = units - Double(whole)
            let count = whole + (rest > 0.01 ? 1 : 0)
            for k in 0..<max(count, 0) {
                let x = Double(k % perRow) * cell, top = y + Double(k / perRow) * cell
                let w = k == whole ? size * rest : size
                body += "<rect x=\"\(n(x))\" y=\"\(n(top))\" width=\"\(n(w))\" height=\"\(n(size))\" rx=\"3\" class=\"\(cls)\"/>"
            }
            y += Double(max(1, (count + perRow - 1) / perRow)) * cell + 10
        }
        let legend = "1 ■ = " + NumberText.format(per, language: language, maxDecimals: 2) + (s.unitLabel.map { " " + InlineText.plain($0) } ?? "")
        body += text(0, y + 12, legend, cls: "note")
        return open(id: id, width: Double(perRow) * cell, height: y + 20, title: InlineText.plain(s.title ?? "Pictogrammen"), desc: desc) + body + "</svg>"
    }

    /// Circles whose areas compare the quantities, largest first, labels below.
    static func comparison(_ s: ComparisonSection, id: String, language: String, desc: String) -> String {
        let largest = max(s.items.map(\.value.magnitude).max() ?? 1, 1e-9)
        let maxR = 80.0, gap = 40.0
        let radii = s.items.map { max(2, maxR * sqrt($0.value.magnitude / largest)) }
        var x = 0.0, body = ""
        for (i, item) in s.items.enumerated() {
            let r = radii[i], cx = x + max(r, 60)
            body += "<circle cx=\"\(n(cx))\" cy=\"\(n(maxR * 2 - r))\" r=\"\(n(r))\" class=\"s\(i % 4 + 1)\"/>"
            body += text(cx, maxR * 2 + 22, item.value.formatted(language: language), cls: "value", anchor: "middle")
            body += text(cx, maxR * 2 + 42, InlineText.plain(item.label), cls: "label", anchor: "middle")
            x = cx + max(r, 60) + gap
        }
        return open(id: id, width: max(x - gap, 1), height: maxR * 2 + 50, title: InlineText.plain(s.title ?? "Vergelijking"), desc: desc) + body + "</svg>"
    }
}
