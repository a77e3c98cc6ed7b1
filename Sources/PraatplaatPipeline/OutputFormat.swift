/// The files `render` can write.
public enum OutputFormat: String, Sendable, Hashable, CaseIterable, Comparable {
    case pdf, svg, png

    public static func < (a: OutputFormat, b: OutputFormat) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
