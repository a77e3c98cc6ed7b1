import Foundation
import PraatplaatModel
import Yams

/// The steps every file we read goes through before its fields are read: size limit, encoding,
/// YAML (or JSON) composition, each failure a located diagnostic. Reports and themes share them.
enum YAMLSource {
    /// Why a file could not be read or parsed: usually one diagnostic.
    struct Failed: Error {
        let diagnostics: [Diagnostic]
        init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    }

    /// The bytes of `url`, or why they cannot be had (missing, unreadable, too large).
    static func read(_ url: URL, displayName: String, limits: LoaderLimits) -> Result<Data, Failed> {
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? nil
        if let size, size > limits.maxFileBytes {
            return .failure(Failed([atStart(displayName, "the file is \(size) bytes; the limit (maxFileBytes) is \(limits.maxFileBytes)")]))
        }
        do {
            return .success(try Data(contentsOf: url))
        } catch {
            let reason = FileManager.default.fileExists(atPath: url.path) ? "cannot read the file" : "no such file"
            return .failure(Failed([atStart(displayName, reason)]))
        }
    }

    /// The composed YAML tree of `data`. JSON goes through the same parser (JSON is YAML's flow
    /// style), so both get the same located diagnostics.
    static func compose(_ data: Data, fileName: String, isJSON: Bool, limits: LoaderLimits, emptyMessage: String) -> Result<Node, Failed> {
        if data.count > limits.maxFileBytes {
            return .failure(Failed([atStart(fileName, "the file is \(data.count) bytes; the limit (maxFileBytes) is \(limits.maxFileBytes)")]))
        }
        var bytes = data
        // A UTF-8 byte-order mark (as Windows editors write) is harmless: drop it.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return .failure(Failed([.error("the file is UTF-16 text, not UTF-8", at: SourceLocation(file: fileName, line: 1, column: 1),
                                    path: "", hint: "save it as UTF-8 in your editor")]))
        }
        guard var text = String(validating: bytes, as: UTF8.self) else {
            let (line, column) = TextPosition.firstInvalidUTF8(in: bytes)
            return .failure(Failed([.error("the file is not valid UTF-8 text", at: SourceLocation(file: fileName, line: line, column: column),
                                    path: "", hint: "save it as UTF-8 in your editor")]))
        }
        if text.trimmingWhitespace.isEmpty { return .failure(Failed([atStart(fileName, emptyMessage)])) }
        // JSON allows tabs between tokens; YAML's scanner does not. Outside strings a tab is only
        // white space, and inside a JSON string it is invalid anyway, so a space keeps every column.
        if isJSON { text = text.replacingOccurrences(of: "\t", with: " ") }
        do {
            guard let root = try Yams.compose(yaml: text) else { return .failure(Failed([atStart(fileName, emptyMessage)])) }
            return .success(root)
        } catch let error as YamlError {
            return .failure(Failed([YamlErrors.diagnostic(for: error, file: fileName, isJSON: isJSON)]))
        } catch {
            return .failure(Failed([atStart(fileName, "cannot parse the file: \(error)")]))
        }
    }

    static func atStart(_ file: String, _ message: String) -> Diagnostic {
        .error(message, at: SourceLocation(file: file, line: 1, column: 1), path: "")
    }
}
