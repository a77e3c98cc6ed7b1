import Foundation
import PraatplaatModel

/// Decides what a file reference in a report (an icon or image) points to. Built-in icon names
/// stand for themselves; anything else is a path that must stay inside the report's folder, also
/// after following symbolic links.
public struct FileResolver: Sendable {
    public var baseDirectory: URL?
    public var builtInIcons: Set<String>

    public init(baseDirectory: URL?, builtInIcons: Set<String> = []) {
        self.baseDirectory = baseDirectory
        self.builtInIcons = builtInIcons
    }

    public enum Resolved: Sendable, Hashable {
        case builtInIcon(String)
        case file(URL)
    }

    static let imageExtensions = ["png", "svg"]

    /// The file or icon `reference` names, or a message saying why it cannot be used.
    public func resolve(_ reference: String) -> Result<Resolved, ResolveError> {
        if builtInIcons.contains(reference) { return .success(.builtInIcon(reference)) }
        if !reference.contains("/"), !reference.contains(".") {
            return .failure(.unknownIcon(reference, Suggestions.closest(to: reference, in: builtInIcons.sorted())))
        }
        if reference.hasPrefix("/") || reference.hasPrefix("~") || reference.contains(":") {
            return .failure(.outside(reference))
        }
        let components = reference.split(separator: "/")
        if components.contains("..") { return .failure(.outside(reference)) }
        let ext = (reference as NSString).pathExtension.lowercased()
        guard Self.imageExtensions.contains(ext) else { return .failure(.format(reference)) }
        guard let base = baseDirectory else { return .failure(.missing(reference)) }
        let root = base.standardizedFileURL.resolvingSymlinksInPath().path
        let url = base.appendingPathComponent(reference).standardizedFileURL
        guard FileManager.default.fileExists(atPath: url.path) else { return .failure(.missing(reference)) }
        let real = url.resolvingSymlinksInPath().path
        guard real.hasPrefix(root + "/") else { return .failure(.linkOutside(reference)) }
        return .success(.file(URL(fileURLWithPath: real)))
    }

    public enum ResolveError: Error, Sendable, Hashable {
        static let iconNames = BuiltInIcons.names.sorted().joined(separator: ", ")

        case unknownIcon(String, String?)
        case outside(String)
        /// A path inside the folder that is a symbolic link to a file outside it.
        case linkOutside(String)
        case missing(String)
        case format(String)

        public var message: String {
            switch self {
            case .unknownIcon(let name, _): "unknown icon '\(name)'"
            case .outside(let path): "the path \"\(path)\" leaves the report's folder; files must be next to the report or below it"
            case .linkOutside(let path): "\"\(path)\" is a link to a file outside the report's folder; copy the file next to the report instead"
            case .missing(let path): "no file \"\(path)\" next to the report"
            case .format(let path): "\"\(path)\" is not a PNG or SVG file"
            }
        }

        public var hint: String? {
            switch self {
            case .unknownIcon(_, let suggestion?): "did you mean '\(suggestion)'?"
            case .unknownIcon: "the built-in icons are \(ResolveError.iconNames); or name a .svg or .png file next to the report"
            default: nil
            }
        }
    }
}
