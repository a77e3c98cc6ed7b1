import Foundation

/// Adds to a PDF the catalog entries cairo 1.16 cannot write: the document's language (`/Lang`,
/// which screen readers use to pick a voice) and `/ViewerPreferences << /DisplayDocTitle true >>`
/// (viewers show the title, not the file name). Done as an incremental update, the way PDF
/// editors amend a file: the new catalog, one cross-reference entry and a trailer pointing back
/// to the original are appended, and the bytes cairo wrote stay as they were.
enum PDFCatalog {
    enum Failure: Error, CustomStringConvertible {
        case unexpectedLayout(String)
        var description: String {
            switch self {
            case .unexpectedLayout(let what): "cannot amend the PDF's catalog: \(what)"
            }
        }
    }

    static func amend(_ pdf: Data, language: String) throws -> Data {
        // The last trailer (cairo writes one) names the catalog and the info dictionary.
        guard let trailerStart = pdf.lastRange(of: Data("trailer".utf8))?.lowerBound else { throw Failure.unexpectedLayout("no trailer") }
        let trailer = String(decoding: pdf[trailerStart...], as: UTF8.self)
        guard let root = first(#"/Root (\d+) 0 R"#, in: trailer).flatMap(Int.init),
              let size = first(#"/Size (\d+)"#, in: trailer).flatMap(Int.init),
              let startxref = first(#"startxref\s+(\d+)"#, in: trailer).flatMap(Int.init) else {
            throw Failure.unexpectedLayout("the trailer lacks /Root, /Size or startxref")
        }
        let info = first(#"/Info (\d+) 0 R"#, in: trailer)

        // The catalog object: `N 0 obj << ... >> endobj`; keep its dictionary and add to it.
        guard let objectStart = pdf.range(of: Data("\n\(root) 0 obj".utf8))?.upperBound,
              let objectEnd = pdf[objectStart...].range(of: Data("endobj".utf8))?.lowerBound else {
            throw Failure.unexpectedLayout("catalog object \(root) not found")
        }
        let body = String(decoding: pdf[objectStart..<objectEnd], as: UTF8.self)
        guard let open = body.range(of: "<<"), let close = body.range(of: ">>", options: .backwards), open.upperBound <= close.lowerBound else {
            throw Failure.unexpectedLayout("catalog object \(root) is not a dictionary")
        }
        var entries = String(body[open.upperBound..<close.lowerBound])
        if !entries.contains("/Lang") { entries += "\n   /Lang (\(escaped(language)))" }
        if !entries.contains("/ViewerPreferences") { entries += "\n   /ViewerPreferences << /DisplayDocTitle true >>" }

        var out = pdf
        if out.last != UInt8(ascii: "\n") { out.append(UInt8(ascii: "\n")) }
        let offset = out.count
        out.append(Data("\(root) 0 obj\n<<\(entries)\n>>\nendobj\n".utf8))
        let xref = out.count
        var tail = "xref\n\(root) 1\n" + String(format: "%010d 00000 n \n", offset)
        tail += "trailer\n<< /Size \(size)\n   /Root \(root) 0 R\n"
        if let info { tail += "   /Info \(info) 0 R\n" }
        tail += "   /Prev \(startxref)\n>>\nstartxref\n\(xref)\n%%EOF\n"
        out.append(Data(tail.utf8))
        return out
    }

    private static func first(_ pattern: String, in text: String) -> String? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
              let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let range = Range(match.range(at: 1), in: text) else { return nil }
        return String(text[range])
    }

    /// A PDF literal string: backslashes and parentheses escaped (language tags are ASCII anyway).
    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "(", with: "\\(").replacingOccurrences(of: ")", with: "\\)")
    }
}

private extension Data {
    func lastRange(of pattern: Data) -> Range<Index>? {
        range(of: pattern, options: .backwards)
    }
}
