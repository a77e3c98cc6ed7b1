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

    /// A chart that scales its drawing but not its text: a viewBox (donut).
    static func open(id: String, width: Double, height: Double, title: String, desc: String) -> String {
        "<svg class=\"chart\" viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" aria-labelledby=\"\(id)-t \(id)-d\" xmlns=\"http://www.w3.org/2000/svg\">"
            + heading(id: id, title: title, desc: desc)
    }

    /// A fluid chart: no viewBox, as wide as its column and a fixed height in CSS pixels, so
    /// text keeps its size on a phone and on a wide screen; lengths along x are percentages.
    static func fluid(id: String, height: Double, title: String, desc: String) -> String {
        "<svg class=\"chart fluid\" width=\"100%\" height=\"\(n(height))\" role=\"img\" aria-labelledby=\"\(id)-t \(id)-d\" xmlns=\"http://www.w3.org/2000/svg\">"
            + heading(id: id, title: title, desc: desc)
    }

    static func heading(id: String, title: String, desc: String) -> String {
        "<title id=\"\(id)-t\">\(HTML.escape(title))</title><desc id=\"\(id)-d\">\(HTML.escape(desc))</desc>"
    }

    /// A percentage of the chart's width, for x and width attributes.
    static func pct(_ v: Double) -> String { n(v) + "%" }

    static func text(_ x: Double, _ y: Double, _ content: String, cls: String, anchor: String = "start") -> String {
        text(x: n(x), y, content, cls: cls, anchor: anchor)
    }

    static func text(x: String, _ y: Double, _ content: String, cls: String, anchor: String = "start", dx: Double = 0) -> String {
        "<text x=\"\(x)\"\(dx == 0 ? "" : " dx=\"\(n(dx))\"") y=\"\(n(y))\" class=\"\(cls)\"\(anchor == "start" ? "" : " text-anchor=\"\(anchor)\"")>\(HTML.escape(content))</text>"
    }

    /// Horizontal bars, the label above each and the value at its end, like the print layout.
    static func bars(_ s: BarChartSection, id: String, language: String, desc: String) -> String {
        var bars = s.bars
        switch s.sort {
        case .none: break
        case .descending: bars.sort { $0.value.magnitude > $1.value.magnitude }
        case .ascending: bars.sort { $0.value.magnitude < $1.value.magnitude }
        }
        // The longest bar leaves room after it for the longest value on a phone (a 320 px
        // column, about 9 px a character in bold figures), and takes at most 75% of the width.
        let valueTexts = bars.map { $0.value.formatted(language: language) + (s.unit.map { " " + InlineText.plain($0) } ?? "") }
        let reserve = Double(valueTexts.map(\.count).max() ?? 0) * 9 + 12
        let track = min(75, max(25, (320 - reserve) / 320 * 100)), row = 52.0
        let values = bars.map(\.value.magnitude)
        let fraction: (Double) -> Double
        if s.scale == .log, let lo = values.filter({ $0 > 0 }).min(), let hi = values.max() {
            let a = floor(log10(lo)), b = max(ceil(log10(hi)), a + 1)
            fraction = { v in v > 0 ? (log10(v) - a) / (b - a) : 0 }
        } else {
            let top = max(values.max() ?? 1, 1e-9)
            fraction = { $0 / top }
        }
        var svg = fluid(id: id, height: row * Double(bars.count), title: InlineText.plain(s.title ?? "Staafdiagram"), desc: desc)
        for (i, bar) in bars.enumerated() {
            let y = Double(i) * row
            let length = max(0.4, track * fraction(bar.value.magnitude))
            let highlighted = s.highlight == bar.label
            let cls = s.highlight == nil ? "s\(i % 4 + 1)" : (highlighted ? "accent" : "primary")
            svg += text(0, y + 16, InlineText.plain(bar.label), cls: "label")
            svg += "<rect x=\"0\" y=\"\(n(y + 22))\" width=\"\(pct(length))\" height=\"20\" rx=\"2\" class=\"\(cls)\"/>"
            svg += text(x: pct(length), y + 37, valueTexts[i], cls: "value", dx: 8)
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
    /// Twelve squares a row fit a 320 px phone; the scale is the print layout's, up to 120 squares.
    static func units(_ s: UnitChartSection, id: String, language: String, desc: String) -> String {
        let perRow = 12, cell = 26.0, size = 20.0
        let largest = s.items.map(\.value.magnitude).max() ?? 1
        let per = s.per ?? SharedRules.unitsPerIcon(largest: largest, capacity: 120)
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
        return fluid(id: id, height: y + 20, title: InlineText.plain(s.title ?? "Pictogrammen"), desc: desc) + body + "</svg>"
    }

    /// Circles whose areas compare the quantities, each in an equal column, labels below and
    /// wrapped to the column's width on a 320 px phone.
    static func comparison(_ s: ComparisonSection, id: String, language: String, desc: String) -> String {
        let largest = max(s.items.map(\.value.magnitude).max() ?? 1, 1e-9)
        let columns = Double(max(s.items.count, 1))
        let maxR = min(70.0, 300 / columns / 2 - 6)
        // Characters per line at the label size, from the narrowest column a phone gives.
        let perLine = max(8, Int(300 / columns / 8))
        var lines: [[String]] = []
        for item in s.items { lines.append(wrap(InlineText.plain(item.label), width: perLine)) }
        let height = maxR * 2 + 44 + Double(lines.map(\.count).max() ?? 1) * 18
        var body = ""
        for (i, item) in s.items.enumerated() {
            let r = max(2, maxR * sqrt(item.value.magnitude / largest))
            let cx = pct((Double(i) + 0.5) / columns * 100)
            body += "<circle cx=\"\(cx)\" cy=\"\(n(maxR * 2 - r))\" r=\"\(n(r))\" class=\"s\(i % 4 + 1)\"/>"
            body += text(x: cx, maxR * 2 + 22, item.value.formatted(language: language), cls: "value", anchor: "middle")
            for (k, line) in lines[i].enumerated() {
                body += text(x: cx, maxR * 2 + 42 + Double(k) * 18, line, cls: "label", anchor: "middle")
            }
        }
        return fluid(id: id, height: height, title: InlineText.plain(s.title ?? "Vergelijking"), desc: desc) + body + "</svg>"
    }

    /// Greedy word wrap by character count; a word longer than a line stands alone.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = [], line = ""
        for word in text.split(separator: " ") {
            if line.isEmpty { line = String(word) } else if line.count + 1 + word.count <= width { line += " " + word } else {
                lines.append(line)
                line = String(word)
            }
        }
        return line.isEmpty && !lines.isEmpty ? lines : lines + [line]
    }
}
