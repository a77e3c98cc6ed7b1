/// An sRGB colour with alpha, components from 0 to 1.
public struct Color: Sendable, Hashable, Codable, CustomStringConvertible {
    public var red: Double
    public var green: Double
    public var blue: Double
    public var alpha: Double

    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = red; self.green = green; self.blue = blue; self.alpha = alpha
    }

    /// `#RRGGBB` or `#RRGGBBAA`; nil for anything else.
    public init?(hex: String) {
        var digits = Substring(hex)
        if digits.first == "#" { digits = digits.dropFirst() }
        guard digits.count == 6 || digits.count == 8, let value = UInt64(digits, radix: 16) else { return nil }
        let hasAlpha = digits.count == 8
        let v = hasAlpha ? value : (value << 8 | 0xFF)
        self.init(red: Double((v >> 24) & 0xFF) / 255, green: Double((v >> 16) & 0xFF) / 255,
                  blue: Double((v >> 8) & 0xFF) / 255, alpha: Double(v & 0xFF) / 255)
    }

    public static let white = Color(red: 1, green: 1, blue: 1)
    public static let black = Color(red: 0, green: 0, blue: 0)

    /// `#rrggbb`, with `aa` appended when not opaque.
    public var description: String {
        func byte(_ c: Double) -> String {
            let s = String(Int((c * 255).rounded()), radix: 16)
            return s.count == 1 ? "0" + s : s
        }
        return "#" + byte(red) + byte(green) + byte(blue) + (alpha < 1 ? byte(alpha) : "")
    }
}

/// How finely a raster (PNG) smooths the edges of a group's shapes; PDF and SVG leave it to
/// the viewer.
public enum RasterEdges: String, Sendable, Hashable, Codable {
    /// Cairo's default, 256 × 15 samples a pixel.
    case fine
    /// Thin lines, and fills whose every edge one of those lines covers (a map's regions under
    /// their borders): from about 100 dpi a raster samples the lines 4 × 4 a pixel and fills
    /// without smoothing, which the line over each edge gives. A third of the time for hundreds
    /// of regions, where no eye sees a difference. Not for text, nor a fill with a bare edge.
    case fast
}

public struct Stroke: Sendable, Hashable, Codable {
    public var color: Color
    public var width: Double
    public var lineCap: LineCap
    /// Lengths of dashes and gaps, in points; empty for a solid line (an estimate is dashed).
    public var dash: [Double]
    public var lineJoin: LineJoin

    public init(color: Color, width: Double, lineCap: LineCap = .butt, dash: [Double] = [], lineJoin: LineJoin = .miter) {
        self.color = color; self.width = width; self.lineCap = lineCap; self.dash = dash; self.lineJoin = lineJoin
    }

    public enum LineCap: String, Sendable, Hashable, Codable { case butt, round, square }
    public enum LineJoin: String, Sendable, Hashable, Codable { case miter, round }
}

extension Color {
    /// This colour moved `amount` (0 to 1) of the way towards `other`: tints for boxes behind text.
    public func mixed(with other: Color, amount: Double) -> Color {
        Color(red: red + (other.red - red) * amount, green: green + (other.green - green) * amount,
              blue: blue + (other.blue - blue) * amount, alpha: alpha + (other.alpha - alpha) * amount)
    }
}
