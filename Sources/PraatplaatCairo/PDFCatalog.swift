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
        let bytes = [UInt8](pdf)
        // The last trailer (cairo writes one) names the catalog and the info dictionary.
        guard let trailerStart = lastOffset(of: "trailer", in: bytes) else { throw Failure.unexpectedLayout("no trailer") }
        let trailer = Array(String(decoding: bytes[trailerStart...], as: UTF8.self).split(whereSeparator: \.isWhitespace))
        func value(after key: String) -> Int? { trailer.firstIndex(of: Substring(key)).flatMap { $0 + 1 < trailer.count ? Int(trailer[$0 + 1]) : nil } }
        guard let root = value(after: "/Root"), let size = value(after: "/Size"), let startxref = value(after: "startxref") else {
            throw Failure.unexpectedLayout("the trailer lacks /Root, /Size or startxref")
        }
        let info = value(after: "/Info")
        let objects = try ObjectIndex(bytes, xrefAt: startxref)

        var amended: [(number: Int, entries: String)] = []
        var catalog = try objects.dictionary(of: root)
        if !catalog.contains("/Lang") { catalog += "\n   /Lang (\(escaped(language)))" }
        if !catalog.contains("/ViewerPreferences") { catalog += "\n   /ViewerPreferences << /DisplayDocTitle true >>" }
        amended.append((root, catalog))
        if let boxes {
            func box(_ b: (Double, Double, Double, Double)) -> String {
                "[ \(number(b.0)) \(number(b.1)) \(number(b.2)) \(number(b.3)) ]"
            }
            for page in objects.numbers(beginning: ["/Type", "/Page"]) {
                let entries = try objects.dictionary(of: page) + "\n   /TrimBox \(box(boxes.trim))\n   /BleedBox \(box(boxes.bleed))"
                amended.append((page, entries))
            }
        }

        if !figureAlts.isEmpty {
            // Cairo numbers structure elements as the tags begin, so in drawing order.
            let figures = objects.numbers(beginning: ["/Type", "/StructElem", "/S", "/Figure"])
            guard figures.count == figureAlts.count else {
                throw Failure.unexpectedLayout("\(figures.count) Figure elements for \(figureAlts.count) alternative texts")
            }
            for (number, alt) in zip(figures, figureAlts) {
                amended.append((number, try objects.dictionary(of: number) + "\n   /Alt \(textString(alt))"))
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

    /// Where each object starts, read from the cross-reference table cairo writes, so objects are
    /// found by offset instead of by searching the whole file (which compressed streams could
    /// fool, and which took a third of the PDF's time).
    struct ObjectIndex {
        let bytes: [UInt8]
        private(set) var offsets: [Int: Int] = [:]

        init(_ bytes: [UInt8], xrefAt start: Int) throws {
            self.bytes = bytes
            guard start >= 0, start < bytes.count, let end = PDFCatalog.offset(of: "trailer", in: bytes, from: start) else {
                throw Failure.unexpectedLayout("no cross-reference table at \(start)")
            }
            let lines = String(decoding: bytes[start..<end], as: UTF8.self).split(whereSeparator: \.isNewline).map { $0.split(separator: " ") }
            guard lines.first == ["xref"] else { throw Failure.unexpectedLayout("no cross-reference table at \(start)") }
            var next = 0
            for fields in lines.dropFirst() {
                if fields.count == 2, let first = Int(fields[0]) {
                    next = first  // a subsection: first object number and count
                } else if fields.count == 3, let offset = Int(fields[0]) {
                    if fields[2] == "n" { offsets[next] = offset }
                    next += 1
                }
            }
        }

        /// The bytes of object `number` between `obj` and `endobj`.
        private func body(of number: Int) -> ArraySlice<UInt8>? {
            guard let start = offsets[number], start < bytes.count,
                  let objEnd = PDFCatalog.offset(of: "obj", in: bytes, from: start),
                  let end = PDFCatalog.offset(of: "endobj", in: bytes, from: objEnd + 3) else { return nil }
            return bytes[(objEnd + 3)..<end]
        }

        /// The entries of object `number`'s dictionary (`N 0 obj << ... >> endobj`), without the brackets.
        func dictionary(of number: Int) throws -> String {
            guard let body = body(of: number) else { throw Failure.unexpectedLayout("object \(number) not found") }
            let text = String(decoding: body, as: UTF8.self)
            guard let open = text.range(of: "<<"), let close = text.range(of: ">>", options: .backwards), open.upperBound <= close.lowerBound else {
                throw Failure.unexpectedLayout("object \(number) is not a dictionary")
            }
            return String(text[open.upperBound..<close.lowerBound])
        }

        /// Numbers, in ascending order, of the dictionary objects whose first tokens are `tokens`
        /// (`/Type /Page` does not match `/Type /Pages`).
        func numbers(beginning tokens: [String]) -> [Int] {
            let wanted = ["<<"] + tokens
            return offsets.keys.sorted().filter { number in
                // Only the head is read: finding `endobj` would scan every stream of the file.
                guard let start = offsets[number], start < bytes.count,
                      let objEnd = PDFCatalog.offset(of: "obj", in: bytes, from: start) else { return false }
                // PDF's whitespace bytes, not Unicode's: the head may run into a binary stream.
                let head = bytes[(objEnd + 3)..<min(bytes.count, objEnd + 131)]
                let words = head.split(omittingEmptySubsequences: true, whereSeparator: { [0, 9, 10, 12, 13, 32].contains($0) })
                return words.count >= wanted.count && zip(words, wanted).allSatisfy { $0.elementsEqual($1.utf8) }
            }
        }
    }

    /// A PDF text string of any text: UTF-16BE with a byte-order mark, written in hex, so no
    /// character needs escaping.
    static func textString(_ text: String) -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = Array("<FEFF".utf8)
        out.reserveCapacity(6 + text.utf16.count * 4)
        for unit in text.utf16 {
            for shift in stride(from: 12, through: 0, by: -4) { out.append(digits[Int(unit >> UInt16(shift)) & 0xF]) }
        }
        out.append(UInt8(ascii: ">"))
        return String(decoding: out, as: UTF8.self)
    }

    private static func number(_ value: Double) -> String {
        String(format: "%.4f", value)
    }

    /// A PDF literal string: backslashes and parentheses escaped (language tags are ASCII anyway).
    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "(", with: "\\(").replacingOccurrences(of: ")", with: "\\)")
    }
}

extension PDFCatalog {
    static func offset(of pattern: String, in bytes: [UInt8], from: Int) -> Int? {
        ByteSearch.first(pattern, in: bytes, from: from)
    }

    /// The offset of the last `pattern`, looked for in the file's last kilobytes first (where
    /// cairo's trailer is).
    static func lastOffset(of pattern: String, in bytes: [UInt8]) -> Int? {
        var found: Int?
        var from = max(0, bytes.count - 4096)
        while true {
            while let hit = offset(of: pattern, in: bytes, from: from) {
                found = hit
                from = hit + 1
            }
            if found != nil || from == 0 { return found }
            from = 0
        }
    }
}
