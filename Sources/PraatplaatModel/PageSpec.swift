/// The paper a report is laid out on.
public struct PageSpec: Sendable, Hashable, Codable {
    public var size: PaperSize
    public var orientation: Orientation

    public init(size: PaperSize = .a4, orientation: Orientation = .portrait) {
        self.size = size
        self.orientation = orientation
    }

    /// Width and height in millimetres, after orientation.
    public var millimetres: (width: Double, height: Double) {
        let (short, long) = size.millimetres
        return orientation == .portrait ? (short, long) : (long, short)
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
