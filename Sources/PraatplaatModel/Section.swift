/// One typed block of a report. The `kind` key of the file chooses the case.
public enum Section: Sendable, Hashable {
    case definition(DefinitionSection)
    case keyFigures(KeyFiguresSection)
    case list(ListSection)
    case sources(SourcesSection)

    /// The `kind` value that selects this case in a file.
    public var kind: SectionKind {
        switch self {
        case .definition: .definition
        case .keyFigures: .keyFigures
        case .list: .list
        case .sources: .sources
        }
    }

    public var title: String? {
        switch self {
        case .definition(let s): s.title
        case .keyFigures(let s): s.title
        case .list(let s): s.title
        case .sources(let s): s.title
        }
    }
}

public enum SectionKind: String, Sendable, Hashable, Codable, CaseIterable {
    case definition
    case keyFigures
    case list
    case sources
}

/// A short defining text, drawn as a callout.
public struct DefinitionSection: Sendable, Hashable, Codable {
    public var title: String?
    public var text: String

    public init(title: String? = nil, text: String) {
        self.title = title
        self.text = text
    }
}

/// A few numbers that carry the message: percentages as donuts, counts and ranges as large figures.
public struct KeyFiguresSection: Sendable, Hashable, Codable {
    public var title: String?
    public var figures: [KeyFigure]

    public init(title: String? = nil, figures: [KeyFigure]) {
        self.title = title
        self.figures = figures
    }
}

public struct KeyFigure: Sendable, Hashable, Codable {
    public var value: FigureValue
    public var label: String

    public init(value: FigureValue, label: String) {
        self.value = value
        self.label = label
    }
}

/// A bulleted or numbered list.
public struct ListSection: Sendable, Hashable, Codable {
    public var title: String?
    public var items: [String]
    public var numbered: Bool

    public init(title: String? = nil, items: [String], numbered: Bool = false) {
        self.title = title
        self.items = items
        self.numbered = numbered
    }
}

/// The references, drawn as the page footer.
public struct SourcesSection: Sendable, Hashable, Codable {
    public var title: String?
    public var items: [SourceItem]

    public init(title: String? = nil, items: [SourceItem]) {
        self.title = title
        self.items = items
    }
}

public struct SourceItem: Sendable, Hashable, Codable {
    public var text: String
    public var url: String?

    public init(text: String, url: String? = nil) {
        self.text = text
        self.url = url
    }
}
