/// Bounds on what one report file may hold, so a hostile or broken file ends in a message, not a hang.
public struct LoaderLimits: Sendable, Hashable {
    /// Largest file read, in bytes. A long report is some tens of kilobytes; a megabyte still
    /// parses in well under a second, where a hostile 50 MB file would take minutes.
    public var maxFileBytes: Int = 1024 * 1024
    /// Values visited after YAML aliases are expanded (stops "billion laughs" files).
    public var maxNodes: Int = 200_000
    public var maxSections: Int = 500
    /// Items in one list, figures in one section, and so on.
    public var maxItems: Int = 1_000
    /// Characters in one text field.
    public var maxTextLength: Int = 20_000
    /// Errors reported per file; past this one line says how many more there were.
    public var maxErrors: Int = 100

    public init() {}
}
