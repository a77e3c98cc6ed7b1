import Foundation

/// A stable, readable text form of a scene, one item a line, for golden tests and debugging.
/// Numbers have two decimals so tiny float noise does not change the text.
public enum Dump {
    public static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return String(format: "%.2f", rounded == 0 ? 0 : rounded)
    }

    public static func document(_ document: SceneDocument) -> String {
        var out = "document \(quoted(document.metadata.title)) lang=\(document.metadata.language)\n"
        for (index, page) in document.pages.enumerated() {
            out += "page \(index + 1) \(number(page.size.width))x\(number(page.size.height))"
                + (page.background.map { " background=\($0)" } ?? "") + "\n"
            for fill in page.fullBleed { out += "  full-bleed \(rect(fill.rect)) \(fill.color)\n" }
            for item in page.items { out += lines(item, indent: "  ") }
        }
        return out
    }

    public static func lines(_ item: SceneItem, indent: String = "") -> String {
        switch item {
        case .fill(let shape, let color):
            return "\(indent)fill \(describe(shape)) \(color)\n"
        case .stroke(let shape, let stroke):
            return "\(indent)stroke \(describe(shape)) \(stroke.color) w=\(number(stroke.width)) cap=\(stroke.lineCap.rawValue)\(stroke.dash.isEmpty ? "" : " dash=" + stroke.dash.map(number).joined(separator: ","))\(stroke.lineJoin == .miter ? "" : " join=" + stroke.lineJoin.rawValue)\n"
        case .text(let line):
            let spans = line.spans.map { "[\($0.font) \($0.color) \(quoted($0.text))\($0.link.map { " -> " + $0 } ?? "")]" }.joined(separator: " ")
            return "\(indent)text \(point(line.origin)) w=\(number(line.width)) \(spans)\n"
        case .image(let image):
            // Only the file name: dumps must not depend on where the checkout lives.
            let name = image.path.split(separator: "/").last.map(String.init) ?? image.path
            return "\(indent)image \(rect(image.rect)) \(quoted(name)) alt=\(quoted(image.alt))\(image.tint.map { " tint=\($0)" } ?? "")\n"
        case .link(let r, let url):
            return "\(indent)link \(rect(r)) \(quoted(url))\n"
        case .group(let items, let clip, let edges):
            var out = "\(indent)group" + (clip.map { " clip=\(rect($0))" } ?? "") + (edges == .fine ? "" : " edges=\(edges.rawValue)") + "\n"
            for child in items { out += lines(child, indent: indent + "  ") }
            return out
        case .tagged(let tag, let items):
            var out = "\(indent)tag \(tag.role)"
            if case .figure(let alt) = tag { out += " alt=\(quoted(alt))" }
            out += "\n"
            for child in items { out += lines(child, indent: indent + "  ") }
            return out
        }
    }

    static func describe(_ shape: Shape) -> String {
        switch shape {
        case .rect(let r, let radius): return "rect \(rect(r)) r=\(number(radius))"
        case .circle(let c, let radius): return "circle \(point(c)) r=\(number(radius))"
        case .arc(let c, let radius, let a0, let a1):
            return "arc \(point(c)) r=\(number(radius)) \(number(a0))..\(number(a1))"
        case .line(let a, let b): return "line \(point(a))-\(point(b))"
        case .path(let elements):
            return "path " + elements.map { element -> String in
                switch element {
                case .move(let p): return "M\(point(p))"
                case .line(let p): return "L\(point(p))"
                case .curve(let a, let b, let c): return "C\(point(a)) \(point(b)) \(point(c))"
                case .close: return "Z"
                }
            }.joined(separator: " ")
        }
    }

    static func point(_ p: Point) -> String { "\(number(p.x)),\(number(p.y))" }
    static func rect(_ r: Rect) -> String { "\(number(r.x)),\(number(r.y)) \(number(r.width))x\(number(r.height))" }

    static func quoted(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n") + "\""
    }
}
