/// Text and numbers as SVG writes them: escaped for XML, and numbers in a fixed, short form so
/// the same scene gives the same bytes on every machine.
enum SVGText {
    /// Escapes `&`, `<`, `>` and `"`, and drops the control characters XML 1.0 does not allow.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(" ")
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// At most two decimals, no trailing zeros, never "-0".
    static func number(_ value: Double) -> String { number(value, places: 2) }

    /// Three decimals, for the page's size (A4 is 595.276 points wide).
    static func precise(_ value: Double) -> String { number(value, places: 3) }

    private static func number(_ value: Double, places: Int) -> String {
        guard value.isFinite else { return "0" }
        let unit = places == 3 ? 1000 : 100
        let scaled = Int((value * Double(unit)).rounded())
        if scaled == 0 { return "0" }
        let sign = scaled < 0 ? "-" : ""
        let magnitude = abs(scaled)
        var fraction = String(magnitude % unit)
        fraction = String(repeating: "0", count: places - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return sign + String(magnitude / unit) + (fraction.isEmpty ? "" : "." + fraction)
    }
}
