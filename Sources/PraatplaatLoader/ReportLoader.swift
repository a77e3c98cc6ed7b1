import Foundation
import PraatplaatModel
import Yams

/// The outcome of reading a report: a model when there were no errors, and every diagnostic found.
public struct LoadResult: Sendable {
    public var report: Report?
    public var diagnostics: [Diagnostic]

    public init(report: Report?, diagnostics: [Diagnostic]) {
        self.report = report
        self.diagnostics = diagnostics
    }
}

/// Reads YAML or JSON report files. JSON goes through the same YAML parser (JSON is YAML's flow
/// style), so both formats get the same located diagnostics.
public enum ReportLoader {
    /// Reads the file at `url`; `displayName` is how diagnostics name it (default: the path as given).
    public static func load(contentsOf url: URL, displayName: String? = nil, limits: LoaderLimits = LoaderLimits()) -> LoadResult {
        let files = FileResolver(baseDirectory: url.deletingLastPathComponent(), builtInIcons: BuiltInIcons.names)
        let name = displayName ?? url.path
        switch YAMLSource.read(url, displayName: name, limits: limits) {
        case .failure(let failed): return LoadResult(report: nil, diagnostics: failed.diagnostics)
        case .success(let data):
            return load(data: data, fileName: name, isJSON: url.pathExtension.lowercased() == "json", limits: limits, files: files)
        }
    }

    /// `files` resolves icon and image references; without a folder, only built-in icons resolve.
    /// A theme file the report names is read too; its problems are named in its own file.
    public static func load(data: Data, fileName: String, isJSON: Bool = false, limits: LoaderLimits = LoaderLimits(),
                            files: FileResolver = FileResolver(baseDirectory: nil, builtInIcons: BuiltInIcons.names)) -> LoadResult {
        let empty = "the file is empty; a report needs at least a 'title' and 'sections'"
        let root: Node
        switch YAMLSource.compose(data, fileName: fileName, isJSON: isJSON, limits: limits, emptyMessage: empty) {
        case .failure(let failed): return LoadResult(report: nil, diagnostics: failed.diagnostics)
        case .success(let node): root = node
        }
        return load(root: root, fileName: fileName, limits: limits, files: files, source: data)
    }

    /// Decodes a composed tree: a file's, or a report template's filled in with one row.
    static func load(root: Node, fileName: String, limits: LoaderLimits, files: FileResolver, source: Data? = nil) -> LoadResult {
        let reader = NodeReader(file: fileName, limits: limits, source: source)
        let decoder = ReportDecoder(reader: reader, files: files)
        var report = decoder.report(root)
        var diagnostics = reader.diagnostics
        // The theme file, named like the report (relative to the same folder as typed).
        if let (reference, url) = decoder.themeFile {
            let folder = (fileName as NSString).deletingLastPathComponent
            let name = folder.isEmpty ? reference : folder + "/" + reference
            let theme = ThemeLoader.load(contentsOf: url, displayName: name, limits: limits)
            diagnostics += theme.diagnostics
            if let spec = theme.theme { report?.theme = .file(spec) }
        }
        return LoadResult(report: diagnostics.hasErrors ? nil : report, diagnostics: diagnostics)
    }
}

extension Diagnostic {
    /// A diagnostic about the file as a whole names it at its start.
    func named(_ file: String) -> Diagnostic {
        var copy = self
        copy.location = SourceLocation(file: file, line: 1, column: 1)
        return copy
    }
}
