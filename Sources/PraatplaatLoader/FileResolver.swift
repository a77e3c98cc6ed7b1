import Foundation
import PraatplaatData
import PraatplaatModel

/// Decides what a file reference in a report (an icon or image) points to. Built-in icon names
/// stand for themselves; anything else is a path that must stay inside the report's folder, also
/// after following symbolic links.
public struct FileResolver: Sendable {
    public var baseDirectory: URL?
    public var builtInIcons: Set<String>
    /// Whose folder it is, for messages: "report" or "theme".
    public var owner: String
    /// The data files charts and tables read; one cache for a batch's reports.
    public var dataFiles: DataFileCache

    public init(baseDirectory: URL?, builtInIcons: Set<String> = [], owner: String = "report", dataFiles: DataFileCache = DataFileCache()) {
        self.baseDirectory = baseDirectory
        self.builtInIcons = builtInIcons
        self.owner = owner
        self.dataFiles = dataFiles
    }

    public enum Resolved: Sendable, Hashable {
        case builtInIcon(String)
        case file(URL)
    }

    public static let imageExtensions = ["png", "svg"]
    public static let themeExtensions = ["yaml", "yml", "json"]

    /// The file or icon `reference` names, or a message saying why it cannot be used. Files must
    /// end in one of `extensions`.
    public func resolve(_ reference: String, extensions: [String] = imageExtensions) -> Result<Resolved, ResolveError> {
        if builtInIcons.contains(reference) { return .success(.builtInIcon(reference)) }
        if !builtInIcons.isEmpty, !reference.contains("/"), !reference.contains(".") {
            return .failure(.unknownIcon(reference, Suggestions.closest(to: reference, in: builtInIcons.sorted())))
        }
        if reference.hasPrefix("/") || reference.hasPrefix("~") || reference.contains(":") {
            return .failure(.outside(reference, owner))
        }
        let components = reference.split(separator: "/")
        if components.contains("..") { return .failure(.outside(reference, owner)) }
        let ext = (reference as NSString).pathExtension.lowercased()
        guard extensions.contains(ext) else { return .failure(.format(reference, extensions)) }
        guard let base = baseDirectory else { return .failure(.missing(reference, owner)) }
        let root = base.standardizedFileURL.resolvingSymlinksInPath().path
        let url = base.appendingPathComponent(reference).standardizedFileURL
        guard FileManager.default.fileExists(atPath: url.path) else { return .failure(.missing(reference, owner)) }
        let real = url.resolvingSymlinksInPath().path
        guard real.hasPrefix(root + "/") else { return .failure(.linkOutside(reference, owner)) }
        guard FileManager.default.isReadableFile(atPath: real) else { return .failure(.unreadable(reference, owner)) }
        return .success(.file(URL(fileURLWithPath: real)))
    }

    public enum ResolveError: Error, Sendable, Hashable {
        static let iconNames = BuiltInIcons.names.sorted().joined(separator: ", ")

        case unknownIcon(String, String?)
        /// The path, and whose folder it left ("report", "theme").
        case outside(String, String)
        /// A path inside the folder that is a symbolic link to a file outside it.
        case linkOutside(String, String)
        case missing(String, String)
        /// There, but this user may not read it.
        case unreadable(String, String)
        /// The path and the extensions that were allowed.
        case format(String, [String])

        public var message: String {
            switch self {
            case .unknownIcon(let name, _): "unknown icon '\(name)'"
            case .outside(let path, let owner): "the path \"\(path)\" leaves the \(owner)'s folder; files must be next to the \(owner) or below it"
            case .linkOutside(let path, let owner): "\"\(path)\" is a link to a file outside the \(owner)'s folder; copy the file next to the \(owner) instead"
            case .missing(let path, let owner): "no file \"\(path)\" next to the \(owner)"
            case .unreadable(let path, _): "the file \"\(path)\" cannot be read (its permissions do not allow it)"
            case .format(let path, let allowed):
                allowed == DataFile.extensions ? "\"\(path)\" is not a data file: name a .csv, .tsv or .xlsx file"
                    : allowed == FileResolver.imageExtensions ? "\"\(path)\" is not a PNG or SVG file"
                    : "\"\(path)\" is not a \(allowed.map { "." + $0 }.joined(separator: ", ")) file"
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
