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
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? nil
        if let size, size > limits.maxFileBytes {
            return failure(name, "the file is \(size) bytes; the limit (maxFileBytes) is \(limits.maxFileBytes)")
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            let reason = FileManager.default.fileExists(atPath: url.path) ? "cannot read the file" : "no such file"
            return LoadResult(report: nil, diagnostics: [.error(reason, at: nil, path: "", hint: nil).named(name)])
        }
        return load(data: data, fileName: name, isJSON: url.pathExtension.lowercased() == "json", limits: limits, files: files)
    }

    /// `files` resolves icon and image references; without a folder, only built-in icons resolve.
    public static func load(data: Data, fileName: String, isJSON: Bool = false, limits: LoaderLimits = LoaderLimits(),
                            files: FileResolver = FileResolver(baseDirectory: nil, builtInIcons: BuiltInIcons.names)) -> LoadResult {
        if data.count > limits.maxFileBytes {
            return failure(fileName, "the file is \(data.count) bytes; the limit (maxFileBytes) is \(limits.maxFileBytes)")
        }
        var bytes = data
        // A UTF-8 byte-order mark (as Windows editors write) is harmless: drop it.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return LoadResult(report: nil, diagnostics: [
                .error("the file is UTF-16 text, not UTF-8", at: SourceLocation(file: fileName, line: 1, column: 1),
                       path: "", hint: "save it as UTF-8 in your editor"),
            ])
        }
        guard var text = String(validating: bytes, as: UTF8.self) else {
            let (line, column) = TextPosition.firstInvalidUTF8(in: bytes)
            return LoadResult(report: nil, diagnostics: [
                .error("the file is not valid UTF-8 text", at: SourceLocation(file: fileName, line: line, column: column),
                       path: "", hint: "save it as UTF-8 in your editor"),
            ])
        }
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            return failure(fileName, "the file is empty; a report needs at least a 'title' and 'sections'")
        }
        // JSON allows tabs between tokens; YAML's scanner does not. Outside strings a tab is only
        // white space, and inside a JSON string it is invalid anyway, so a space keeps every column.
        if isJSON { text = text.replacingOccurrences(of: "\t", with: " ") }

        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            return LoadResult(report: nil, diagnostics: [YamlErrors.diagnostic(for: error, file: fileName, isJSON: isJSON)])
        } catch {
            return failure(fileName, "cannot parse the file: \(error)")
        }
        guard let root else { return failure(fileName, "the file is empty; a report needs at least a 'title' and 'sections'") }
        let reader = NodeReader(file: fileName, limits: limits)
        let report = ReportDecoder(reader: reader, files: files).report(root)
        return LoadResult(report: reader.diagnostics.hasErrors ? nil : report, diagnostics: reader.diagnostics)
    }

    private static func failure(_ file: String, _ message: String) -> LoadResult {
        LoadResult(report: nil, diagnostics: [.error(message, at: SourceLocation(file: file, line: 1, column: 1), path: "")])
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
