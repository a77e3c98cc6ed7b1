import PraatplaatScene

/// A picture layout may place: an absolute file path and its natural size (for the aspect ratio).
public struct Asset: Sendable, Hashable {
    public var path: String
    public var size: Size

    public init(path: String, size: Size) {
        self.path = path
        self.size = size
    }
}
