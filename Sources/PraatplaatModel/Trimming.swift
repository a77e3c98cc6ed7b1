/// Trimming without Foundation's NSString bridge, which cost the loader a tenth of a batch row:
/// the same characters as `CharacterSet.whitespaces` and `.whitespacesAndNewlines`.
extension StringProtocol {
    /// Without spaces and tabs at either end (no line breaks: those are content in a YAML block).
    public var trimmingSpaces: String { trimmed(where: Self.isSpace) }

    /// Without spaces, tabs and line breaks at either end.
    public var trimmingWhitespace: String { trimmed(where: { $0.properties.isWhitespace }) }

    private func trimmed(where drop: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, drop(scalars[start]) { start = scalars.index(after: start) }
        while end > start {
            let before = scalars.index(before: end)
            guard drop(scalars[before]) else { break }
            end = before
        }
        // Most text has nothing to trim: no copy by scalars.
        if start == scalars.startIndex, end == scalars.endIndex { return String(self) }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[start..<end])
        return String(text)
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || scalar == "\t" }
        return scalar.properties.generalCategory == .spaceSeparator
    }
}
