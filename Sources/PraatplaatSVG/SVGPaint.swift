import Foundation
import PraatplaatScene

/// Colours and outlines as SVG attributes.
enum SVGPaint {
    static func hex(_ color: Color) -> String {
        Color(red: color.red, green: color.green, blue: color.blue).description
    }

    /// `fill="#rrggbb"`, with its opacity when the colour is not opaque.
    static func fill(_ color: Color) -> String {
        "fill=\"\(hex(color))\"" + (color.alpha < 1 ? " fill-opacity=\"\(SVGText.number(color.alpha))\"" : "")
    }

    static func stroke(_ stroke: Stroke) -> String {
        var s = "fill=\"none\" stroke=\"\(hex(stroke.color))\" stroke-width=\"\(SVGText.number(stroke.width))\""
        if stroke.color.alpha < 1 { s += " stroke-opacity=\"\(SVGText.number(stroke.color.alpha))\"" }
        switch stroke.lineCap {
        case .butt: break
        case .round: s += " stroke-linecap=\"round\""
        case .square: s += " stroke-linecap=\"square\""
        }
        if stroke.lineJoin == .round { s += " stroke-linejoin=\"round\"" }
        if !stroke.dash.isEmpty { s += " stroke-dasharray=\"\(stroke.dash.map(SVGText.number).joined(separator: " "))\"" }
        return s
    }

    /// The element that draws `shape` with `paint` (fill or stroke attributes).
    static func element(_ shape: Shape, _ paint: String) -> String {
        let n = SVGText.number
        switch shape {
        case .rect(let r, let radius):
            let k = min(radius, r.width / 2, r.height / 2)
            return "<rect x=\"\(n(r.x))\" y=\"\(n(r.y))\" width=\"\(n(r.width))\" height=\"\(n(r.height))\"\(k > 0 ? " rx=\"\(n(k))\"" : "") \(paint)/>"
        case .circle(let c, let radius):
            return "<circle cx=\"\(n(c.x))\" cy=\"\(n(c.y))\" r=\"\(n(radius))\" \(paint)/>"
        case .arc(let c, let radius, let a0, let a1):
            return "<path d=\"\(arc(center: c, radius: radius, from: a0, to: a1))\" \(paint)/>"
        case .line(let a, let b):
            return "<path d=\"M\(n(a.x)) \(n(a.y))L\(n(b.x)) \(n(b.y))\" \(paint)/>"
        case .path(let elements):
            var d = ""
            for element in elements {
                switch element {
                case .move(let p): d += "M\(n(p.x)) \(n(p.y))"
                case .line(let p): d += "L\(n(p.x)) \(n(p.y))"
                case .curve(let a, let b, let c): d += "C\(n(a.x)) \(n(a.y)) \(n(b.x)) \(n(b.y)) \(n(c.x)) \(n(c.y))"
                case .close: d += "Z"
                }
            }
            return "<path d=\"\(d)\" \(paint)/>"
        }
    }

    /// A circular arc clockwise (on a y-down page) from `a0` to `a1`, as Cairo draws it; a full
    /// turn or more is two half circles, which an SVG arc command cannot do in one.
    static func arc(center c: Point, radius r: Double, from a0: Double, to a1: Double) -> String {
        let n = SVGText.number
        var end = a1
        while end < a0 { end += 2 * .pi }
        func point(_ a: Double) -> String { "\(n(c.x + r * cos(a))) \(n(c.y + r * sin(a)))" }
        if end - a0 >= 2 * .pi - 1e-9 {
            return "M\(point(a0))A\(n(r)) \(n(r)) 0 1 1 \(point(a0 + .pi))A\(n(r)) \(n(r)) 0 1 1 \(point(a0))"
        }
        let large = end - a0 > .pi ? 1 : 0
        return "M\(point(a0))A\(n(r)) \(n(r)) 0 \(large) 1 \(point(end))"
    }
}
