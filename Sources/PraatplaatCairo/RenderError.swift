/// What can go wrong while drawing: reported by the pipeline as an I/O or rendering failure.
public enum RenderError: Error, Equatable, CustomStringConvertible {
    case cairo(String)
    case image(String, String)
    case invalidDPI(Double)

    public var description: String {
        switch self {
        case .cairo(let status): return "Cairo failed: \(status)"
        case .image(let path, let reason): return "image \(path) \(reason)"
        case .invalidDPI(let dpi): return "the resolution must be from 10 to 600 dpi, got \(dpi)"
        }
    }
}
