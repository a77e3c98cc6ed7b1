import Foundation

/// Folders of the repository the loader tests read from (fixtures are shared by all test targets).
enum Paths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = root.appendingPathComponent("Tests/Fixtures")
    static let examples = root.appendingPathComponent("examples")
}
