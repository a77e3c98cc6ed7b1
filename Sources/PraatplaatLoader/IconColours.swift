import Foundation
import PraatplaatModel

/// Whether an icon is one colour, so that tinting it (filling its shape with the accent) keeps
/// what it shows. Built-in icons are. An SVG is when its fills and strokes name at most one
/// colour (black by default; `none`, `transparent` and white cut-outs do not count). A PNG is
/// drawn as itself: it is usually a logo or a picture. `tint:` overrides this.
public enum IconColours {
    static func isOneColour(_ file: ResolvedFile) -> Bool {
        switch file {
        case .builtInIcon: return true
        case .file(let path, _):
            guard path.lowercased().hasSuffix(".svg"), let data = FileManager.default.contents(atPath: path) else { return false }
            return colours(inSVG: String(decoding: data.prefix(1_000_000), as: UTF8.self)).count <= 1
        }
    }

    /// The paint colours an SVG names in fill, stroke and stop-color attributes and styles,
    /// lower-cased; gradients and images count as more than one.
    public static func colours(inSVG text: String) -> Set<String> {
        if text.contains("<linearGradient") || text.contains("<radialGradient") || text.contains("<image") { return ["gradient", "image"] }
        var found = Set<String>()
        let pattern = /(?:fill|stroke|stop-color)\s*[:=]\s*["']?\s*([#a-zA-Z0-9(),.% ]+?)\s*["';\/>]/
        for match in text.matches(of: pattern) {
            let value = match.output.1.lowercased().replacingOccurrences(of: " ", with: "")
            if ["none", "transparent", "currentcolor", "inherit", "#fff", "#ffffff", "white"].contains(value) || value.hasPrefix("url(") { continue }
            found.insert(value == "black" || value == "#000000" ? "#000" : value)
        }
        return found
    }
}
