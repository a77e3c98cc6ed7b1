import Foundation

/// Why a map file cannot be read, in words for the person who made it.
public struct GeoError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var hint: String?

    public init(_ message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }

    public var description: String { message + (hint.map { "; " + $0 } ?? "") }
}

/// What a map file may hold, so a damaged or hostile file ends in a message, in bounded time
/// and memory.
public struct GeoLimits: Sendable {
    public var maxFileBytes = 25 * 1024 * 1024
    /// GeoJSON's deepest legal nesting is about 8 (a MultiPolygon in a feature in a collection).
    public var maxDepth = 32
    public var maxRegions = 20_000
    public var maxPoints = 3_000_000

    public init() {}
}
