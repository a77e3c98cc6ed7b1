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
        if isJSON { text = JSONEscapes.joiningSurrogatePairs(text) }
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

/// JSON writes a character beyond U+FFFF as an escaped UTF-16 surrogate pair (`"\ud83d\ude00"`,
/// as Python's `json.dump` does by default); YAML writes it `\U0001F600`, and libyaml refused the
/// pair as an invalid escape, so valid JSON with an emoji did not load (found by the text path's
/// fuzz target: Tests/Fixtures/text-path/escapes.json). A pair in a string becomes YAML's escape,
/// two columns shorter: a message about what follows on its line points that much to the left.
/// A lone half is left as it is, and refused as before.
enum JSONEscapes {
    static func joiningSurrogatePairs(_ text: String) -> String {
        guard text.contains("\\u") else { return text }
        let bytes = Array(text.utf8)
        func hex(_ at: Int) -> UInt32? {
            guard at + 4 <= bytes.count else { return nil }
            var value: UInt32 = 0
            for b in bytes[at..<at + 4] {
                guard let digit = Character(Unicode.Scalar(b)).hexDigitValue else { return nil }
                value = value * 16 + UInt32(digit)
            }
            return value
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var inString = false
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                inString.toggle()
            } else if inString, b == UInt8(ascii: "\\"), i + 1 < bytes.count {
                if bytes[i + 1] == UInt8(ascii: "u"), let high = hex(i + 2), (0xD800...0xDBFF).contains(high),
                   i + 7 < bytes.count, bytes[i + 6] == UInt8(ascii: "\\"), bytes[i + 7] == UInt8(ascii: "u"),
                   let low = hex(i + 8), (0xDC00...0xDFFF).contains(low) {
                    let scalar = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                    let digits = String(scalar, radix: 16, uppercase: true)
                    out += Array(("\\U" + String(repeating: "0", count: 8 - digits.count) + digits).utf8)
                    i += 12
                    continue
                }
                // Any other escape is copied whole, so an escaped quote or backslash is not read again.
                out += [b, bytes[i + 1]]
                i += 2
                continue
            }
            out.append(b)
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}

