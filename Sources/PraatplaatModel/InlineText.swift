/// A run of text in one style, from the inline markup of a text field.
public struct InlineRun: Sendable, Hashable {
    public var text: String
    public var bold: Bool
    public var italic: Bool
    /// The target of a `[label](url)` link around this run.
    public var link: String?

    public init(_ text: String, bold: Bool = false, italic: Bool = false, link: String? = nil) {
        self.text = text
        self.bold = bold
        self.italic = italic
        self.link = link
    }
}

/// Inline markup of text fields: `**bold**`, `*italic*`, `[label](https://…)`, and a backslash
/// before `*` for a literal asterisk. A marker without its partner stays as written, so no text is
/// ever lost.
public enum InlineText {
    private enum Token { case text(String), marker(bold: Bool) }

    public static func parse(_ source: String) -> [InlineRun] {
        // Most texts have no markup at all: no need to walk them character by character.
        if !source.utf8.contains(where: { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "\\") }) {
            return source.isEmpty ? [] : [InlineRun(source)]
        }
        var runs: [InlineRun] = []
        for (text, link) in linkSegments(source) {
            runs += emphasis(text).map { run in
                var run = run
                run.link = link
                return run
            }
        }
        return runs
    }

    /// Splits out `[label](url)` links; everything else is text without a link.
    static func linkSegments(_ source: String) -> [(String, String?)] {
        var segments: [(String, String?)] = []
        var rest = source[...]
        while let open = rest.firstIndex(of: "["),
              let close = rest[open...].range(of: "]("),
              let end = rest[close.upperBound...].firstIndex(of: ")") {
            let label = rest[rest.index(after: open)..<close.lowerBound]
            let url = rest[close.upperBound..<end]
            guard !label.isEmpty, !url.isEmpty, !url.contains(" "), !label.contains("[") else {
                segments.append((String(rest[...open]), nil))
                rest = rest[rest.index(after: open)...]
                continue
            }
            if open > rest.startIndex { segments.append((String(rest[..<open]), nil)) }
            segments.append((String(label), URLText.encoded(String(url))))
            rest = rest[rest.index(after: end)...]
        }
        if !rest.isEmpty { segments.append((String(rest), nil)) }
        // Neighbouring plain pieces are merged so emphasis can span them.
        var merged: [(String, String?)] = []
        for segment in segments {
            if let last = merged.last, last.1 == nil, segment.1 == nil {
                merged[merged.count - 1].0 += segment.0
            } else {
                merged.append(segment)
            }
        }
        return merged
    }

    /// Every link target in the text, for validation.
    public static func links(_ source: String) -> [String] {
        linkSegments(source).compactMap(\.1)
    }

    static func emphasis(_ source: String) -> [InlineRun] {
        var tokens: [Token] = []
        var buffer = ""
        var chars = Array(source)[...]
        while let c = chars.popFirst() {
            if c == "\\", chars.first == "*" {
                buffer.append(chars.removeFirst())
            } else if c == "*" {
                if !buffer.isEmpty { tokens.append(.text(buffer)); buffer = "" }
                if chars.first == "*" {
                    chars.removeFirst()
                    tokens.append(.marker(bold: true))
                } else {
                    tokens.append(.marker(bold: false))
                }
            } else {
                buffer.append(c)
            }
        }
        if !buffer.isEmpty { tokens.append(.text(buffer)) }

        // Pair markers of each kind in order; an unpaired one is literal text.
        var paired = Set<Int>()
        var open: [Bool: Int] = [:]
        for (i, token) in tokens.enumerated() {
            guard case .marker(let bold) = token else { continue }
            if let start = open[bold] {
                paired.insert(start)
                paired.insert(i)
                open[bold] = nil
            } else {
                open[bold] = i
            }
        }

        var runs: [InlineRun] = []
        var bold = false, italic = false
        func append(_ text: String) {
            if let last = runs.last, last.bold == bold, last.italic == italic {
                runs[runs.count - 1].text += text
            } else {
                runs.append(InlineRun(text, bold: bold, italic: italic))
            }
        }
        for (i, token) in tokens.enumerated() {
            switch token {
            case .text(let text):
                append(text)
            case .marker(let isBold):
                if paired.contains(i) {
                    if isBold { bold.toggle() } else { italic.toggle() }
                } else {
                    append(isBold ? "**" : "*")
                }
            }
        }
        return runs
    }

    /// The text without markup, for metadata and accessible names.
    public static func plain(_ source: String) -> String {
        parse(source).map(\.text).joined()
    }
}
