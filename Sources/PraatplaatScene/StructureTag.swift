/// What a run of drawing commands is to a reader who cannot see the page: a heading, a
/// paragraph, a list, a picture. PDF output turns these into its structure tree (a tagged PDF);
/// surfaces without one ignore them.
public enum StructureTag: Sendable, Hashable, Codable {
    case heading(level: Int)
    /// A paragraph. Layout cuts running text into blocks of a line or two (so it can break across
    /// pages); pieces with the same `key` that end up next to each other on a page are one
    /// paragraph again (see `merged`).
    case paragraph(key: String)
    /// A list; its pieces join like a paragraph's.
    case list(key: String)
    case listItem
    /// A picture or chart, with the text that stands in for it.
    case figure(alt: String)
    /// A table; its pieces (rows laid out as blocks of their own) join like a list's.
    case table(key: String)
    case tableRow
    case tableHeaderCell
    case tableCell

    /// The standard structure type PDF readers know (ISO 32000, 14.8.4).
    public var role: String {
        switch self {
        case .heading(let level): "H\(min(max(level, 1), 6))"
        case .paragraph: "P"
        case .list: "L"
        case .listItem: "LI"
        case .figure: "Figure"
        case .table: "Table"
        case .tableRow: "TR"
        case .tableHeaderCell: "TH"
        case .tableCell: "TD"
        }
    }

    var joins: Bool {
        switch self {
        case .paragraph, .list, .table: true
        default: false
        }
    }
}

extension SceneItem {
    /// The alternative texts of the figures in this item, in drawing order.
    public var figureAlts: [String] {
        switch self {
        case .tagged(let tag, let items):
            if case .figure(let alt) = tag { return [alt] + items.flatMap(\.figureAlts) }
            return items.flatMap(\.figureAlts)
        case .group(let items, _, _): return items.flatMap(\.figureAlts)
        default: return []
        }
    }

    /// `items` with neighbouring pieces of one paragraph or list joined into one element. Only
    /// direct neighbours join: a piece on the next page, or after another section's column,
    /// starts an element of its own.
    public static func merged(_ items: [SceneItem]) -> [SceneItem] {
        var out: [SceneItem] = []
        for item in items {
            if case .tagged(let tag, let children) = item, tag.joins,
               case .tagged(let previousTag, let previous)? = out.last, previousTag == tag {
                out[out.count - 1] = .tagged(tag, previous + children)
            } else {
                out.append(item)
            }
        }
        return out
    }
}
