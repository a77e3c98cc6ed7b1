import PraatplaatModel
import PraatplaatScene

/// The theme as CSS custom properties, so web pages built from a report look like its PDF:
/// `--pp-primary`, `--pp-series-1`, `--pp-font-headings`, `--pp-size-body` (in rem at 16 px)...
/// Font names are quoted and every value is built from checked theme data, never raw user text.
extension Theme {
    public func cssCustomProperties(selector: String = ":root") -> String {
        var lines: [String] = []
        func add(_ name: String, _ value: String) { lines.append("  --pp-\(name): \(value);") }
        let p = palette
        for (name, colour) in [("primary", p.primary), ("accent", p.accent), ("secondary", p.secondary), ("text", p.text),
                               ("muted", p.muted), ("background", p.background), ("callout", p.callout), ("track", p.track), ("rule", p.rule)] {
            add(name, Self.css(colour))
        }
        for (i, colour) in p.series.enumerated() { add("series-\(i + 1)", Self.css(colour)) }
        for role in FontRole.allCases {
            add("font-\(role.rawValue)", (fonts[role].map(Self.quoted) + ["system-ui", "sans-serif"]).joined(separator: ", "))
        }
        // Print sizes at A4 map to screen sizes with the body at 1rem.
        let sizes: [(String, Double)] = [("eyebrow", type.eyebrow), ("title", type.title), ("subtitle", type.subtitle),
                                         ("section-title", type.sectionTitle), ("callout-title", type.calloutTitle), ("body", type.body),
                                         ("percentage", type.donutValue), ("big-number", type.bigNumber), ("footer", type.footer)]
        for (name, size) in sizes { add("size-\(name)", Self.rem(size / type.body)) }
        add("leading", Dump.number(spacing.leading))
        add("radius", Self.rem(spacing.cornerRadius / type.body))
        add("gap", Self.rem(spacing.section / type.body))
        return "\(selector) {\n" + lines.joined(separator: "\n") + "\n}\n"
    }

    /// One class per series colour, however many the theme has: `.series-N` sets `--pp-series`
    /// to the Nth colour (a key figure's number takes the colour of its place, as in print).
    public func cssSeriesRules() -> String {
        palette.series.indices.map { ".series-\($0 + 1) { --pp-series: var(--pp-series-\($0 + 1)); }\n" }.joined()
    }

    /// `#rrggbb`.
    public static func css(_ c: Color) -> String {
        func byte(_ v: Double) -> String {
            let n = Int((min(max(v, 0), 1) * 255).rounded())
            let hex = String(n, radix: 16, uppercase: false)
            return hex.count == 1 ? "0" + hex : hex
        }
        return "#" + byte(c.red) + byte(c.green) + byte(c.blue)
    }

    static func rem(_ value: Double) -> String {
        let text = Dump.number(value)
        return (text.hasSuffix(".00") ? String(text.dropLast(3)) : text) + "rem"
    }

    /// A CSS string: only letters, digits, spaces and a few marks survive, so a family name
    /// cannot close the string or the rule.
    public static func quoted(_ family: String) -> String {
        let safe = family.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) || " -_.".unicodeScalars.contains($0) }
        return "\"" + String(String.UnicodeScalarView(safe)) + "\""
    }
}
