/// The paper a report is laid out on.
public struct PageSpec: Sendable, Hashable, Codable {
    public var size: PaperSize
    public var orientation: Orientation
    /// A size of its own in millimetres, width by height; it overrides `size` and `orientation`.
    public var custom: CustomSize?
    /// The margin in millimetres; nil uses the theme's, scaled to the paper.
    public var margin: Double?
    /// Keep everything on one page, making type smaller (to 70%) if needed: for posters.
    public var fit: Bool
    /// Where the report's `page` field is, for findings about the pages (nil when it has none).
    public var location: SourceLocation?

    public init(size: PaperSize = .a4, orientation: Orientation = .portrait, custom: CustomSize? = nil, margin: Double? = nil,
                fit: Bool = false) {
        self.size = size
        self.orientation = orientation
        self.custom = custom
        self.margin = margin
        self.fit = fit
    }

    /// Width and height in millimetres, after orientation.
    public var millimetres: (width: Double, height: Double) {
        if let custom { return (custom.width, custom.height) }
        let (short, long) = size.millimetres
        return orientation == .portrait ? (short, long) : (long, short)
    }
}

public struct CustomSize: Sendable, Hashable, Codable {
    public var width: Double
    public var height: Double

    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }
}

public enum Orientation: String, Sendable, Hashable, Codable, CaseIterable {
    case portrait
    case landscape
}

/// ISO 216 A sizes. Spelled as in the file: `A4`, `A3`.
public enum PaperSize: String, Sendable, Hashable, Codable, CaseIterable {
    case a5 = "A5", a4 = "A4", a3 = "A3", a2 = "A2", a1 = "A1", a0 = "A0"

    /// Short and long side in millimetres.
    public var millimetres: (Double, Double) {
        switch self {
        case .a5: (148, 210)
        case .a4: (210, 297)
        case .a3: (297, 420)
        case .a2: (420, 594)
        case .a1: (594, 841)
        case .a0: (841, 1189)
        }
    }
}
