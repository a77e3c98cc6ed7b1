/// What a run of drawing commands is to a reader who cannot see the page: a heading, a
/// paragraph, a list, a picture. PDF output turns these into its structure tree (a tagged PDF);
/// surfaces without one ignore them.
public enum StructureTag: Sendable, Hashable, Codable {
    case heading(level: Int)
    case paragraph
    case list
    case listItem
    /// A picture or chart, with the text that stands in for it.
    case figure(alt: String)

    /// The standard structure type PDF readers know (ISO 32000, 14.8.4).
    public var role: String {
        switch self {
        case .heading(let level): "H\(min(max(level, 1), 6))"
        case .paragraph: "P"
        case .list: "L"
        case .listItem: "LI"
        case .figure: "Figure"
        }
    }
}
