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

    /// Print boxes of one page, in PDF units from the lower left corner.
    struct PageBoxes {
        var trim: (Double, Double, Double, Double)
        var bleed: (Double, Double, Double, Double)
    }

    /// `boxes`, when given, adds a TrimBox and a BleedBox to every page (cairo sets only the MediaBox).
    /// `figureAlts` are the alternative texts of the document's Figure elements in the order they
    /// were drawn; cairo writes those elements without `/Alt`, in that order.
    static func amend(_ pdf: Data, language: String, boxes: PageBoxes? = nil, figureAlts: [String] = []) throws -> Data {
        // The last trailer (cairo writes one) names the catalog and the info dictionary.
        guard let trailerStart = pdf.lastRange(of: Data("trailer".utf8))?.lowerBound else { throw Failure.unexpectedLayout("no trailer") }
        let trailer = String(decoding: pdf[trailerStart...], as: UTF8.self)
        guard let root = first(#"/Root (\d+) 0 R"#, in: trailer).flatMap(Int.init),
              let size = first(#"/Size (\d+)"#, in: trailer).flatMap(Int.init),
              let startxref = first(#"startxref\s+(\d+)"#, in: trailer).flatMap(Int.init) else {
            throw Failure.unexpectedLayout("the trailer lacks /Root, /Size or startxref")
        }
        let info = first(#"/Info (\d+) 0 R"#, in: trailer)

        var amended: [(number: Int, entries: String)] = []
        var catalog = try dictionary(of: root, in: pdf)
        if !catalog.contains("/Lang") { catalog += "\n   /Lang (\(escaped(language)))" }
        if !catalog.contains("/ViewerPreferences") { catalog += "\n   /ViewerPreferences << /DisplayDocTitle true >>" }
        amended.append((root, catalog))
        if let boxes {
            func box(_ b: (Double, Double, Double, Double)) -> String {
                "[ \(number(b.0)) \(number(b.1)) \(number(b.2)) \(number(b.3)) ]"
            }
            for page in pageObjects(in: pdf) {
                let entries = try dictionary(of: page, in: pdf) + "\n   /TrimBox \(box(boxes.trim))\n   /BleedBox \(box(boxes.bleed))"
                amended.append((page, entries))
            }
        }

        if !figureAlts.isEmpty {
            let figures = structureElements(of: "Figure", in: pdf)
            guard figures.count == figureAlts.count else {
                throw Failure.unexpectedLayout("\(figures.count) Figure elements for \(figureAlts.count) alternative texts")
            }
            for (number, alt) in zip(figures, figureAlts) {
                amended.append((number, try dictionary(of: number, in: pdf) + "\n   /Alt \(textString(alt))"))
            }
        }

        var out = pdf
        if out.last != UInt8(ascii: "\n") { out.append(UInt8(ascii: "\n")) }
        var offsets: [(Int, Int)] = []
        for (number, entries) in amended {
            offsets.append((number, out.count))
            out.append(Data("\(number) 0 obj\n<<\(entries)\n>>\nendobj\n".utf8))
        }
        let xref = out.count
        var tail = "xref\n"
        for (number, offset) in offsets.sorted(by: { $0.0 < $1.0 }) {
            tail += "\(number) 1\n" + String(format: "%010d 00000 n \n", offset)
        }
        tail += "trailer\n<< /Size \(size)\n   /Root \(root) 0 R\n"
        if let info { tail += "   /Info \(info) 0 R\n" }
        tail += "   /Prev \(startxref)\n>>\nstartxref\n\(xref)\n%%EOF\n"
        out.append(Data(tail.utf8))
        return out
    }

    /// The entries of object `number`'s dictionary (`N 0 obj << ... >> endobj`), without the brackets.
    private static func dictionary(of number: Int, in pdf: Data) throws -> String {
        guard let objectStart = pdf.range(of: Data("\n\(number) 0 obj".utf8))?.upperBound,
              let objectEnd = pdf[objectStart...].range(of: Data("endobj".utf8))?.lowerBound else {
            throw Failure.unexpectedLayout("object \(number) not found")
        }
        let body = String(decoding: pdf[objectStart..<objectEnd], as: UTF8.self)
        guard let open = body.range(of: "<<"), let close = body.range(of: ">>", options: .backwards), open.upperBound <= close.lowerBound else {
            throw Failure.unexpectedLayout("object \(number) is not a dictionary")
        }
        return String(body[open.upperBound..<close.lowerBound])
    }

    /// Numbers of the page objects: cairo writes each as `N 0 obj\n<< /Type /Page`.
    private static func pageObjects(in pdf: Data) -> [Int] {
        let text = String(decoding: pdf, as: UTF8.self)
        guard let regex = try? NSRegularExpression(pattern: #"\n(\d+) 0 obj\n<< /Type /Page\b(?!s)"#) else { return [] }
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            Range(match.range(at: 1), in: text).flatMap { Int(text[$0]) }
        }
    }

    /// Numbers of the structure elements of type `role`, in the order of their object numbers
    /// (cairo numbers them as the tags begin, so in drawing order).
    private static func structureElements(of role: String, in pdf: Data) -> [Int] {
        let text = String(decoding: pdf, as: UTF8.self)
        guard let regex = try? NSRegularExpression(pattern: #"\n(\d+) 0 obj\n<< /Type /StructElem\s+/S /"# + role + #"\b"#) else { return [] }
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            Range(match.range(at: 1), in: text).flatMap { Int(text[$0]) }
        }.sorted()
    }

    /// A PDF text string of any text: UTF-16BE with a byte-order mark, written in hex, so no
    /// character needs escaping.
    static func textString(_ text: String) -> String {
        "<FEFF" + text.utf16.map { String(format: "%04X", $0) }.joined() + ">"
    }

    private static func number(_ value: Double) -> String {
        String(format: "%.4f", value)
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
