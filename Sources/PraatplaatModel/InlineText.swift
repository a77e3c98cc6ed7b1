/// A run of text in one style, from the inline markup of a text field.
public struct InlineRun: Sendable, Hashable {
    public var text: String
    public var bold: Bool
    public var italic: Bool

    public init(_ text: String, bold: Bool = false, italic: Bool = false) {
        self.text = text
        self.bold = bold
        self.italic = italic
    }
}

/// Inline markup of text fields: `**bold**`, `*italic*`, `\*` for a literal asterisk.
/// A marker without its partner stays as written, so no text is ever lost.
public enum InlineText {
    private enum Token { case text(String), marker(bold: Bool) }

    public static func parse(_ source: String) -> [InlineRun] {
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
