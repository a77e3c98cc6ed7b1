/// A picture or icon a report names, as the loader found it: once, for every stage after it.
public enum ResolvedFile: Sendable, Hashable, Codable {
    /// One of Praatplaat's own icons, by name.
    case builtInIcon(String)
    /// A file inside the report's folder: its absolute path (links followed) and its version
    /// when it was read, so a long-running process sees edits.
    case file(path: String, version: FileVersion?)

    public var path: String? {
        if case .file(let path, _) = self { return path }
        return nil
    }
}

/// A file's size and modification time (seconds since 1970), enough to tell that it changed.
public struct FileVersion: Sendable, Hashable, Codable {
    public var size: Int
    public var modified: Double

    public init(size: Int, modified: Double) {
        self.size = size
        self.modified = modified
    }
}

/// A data file a chart or table read its values from: where it is, and a digest of the cells
/// the report took from it, so a batch renders a report again only when its own rows changed.
public struct DataFileUse: Sendable, Hashable, Codable {
    public var path: String
    public var digest: String

    public init(path: String, digest: String) {
        self.path = path
        self.digest = digest
    }
}
