/// A short defining text, drawn as a callout.
public struct DefinitionSection: Sendable, Hashable, Codable {
    public var title: String?
    public var text: String

    public init(title: String? = nil, text: String) {
        self.title = title
        self.text = text
    }
}

/// Running text: paragraphs separated by blank lines, with inline markup and `[links](https://…)`.
public struct TextSection: Sendable, Hashable, Codable {
    public var title: String?
    public var text: String

    public init(title: String? = nil, text: String) {
        self.title = title
        self.text = text
    }
}

/// Someone's words, with who said them.
public struct QuoteSection: Sendable, Hashable, Codable {
    public var text: String
    public var person: String?
    public var role: String?

    public init(text: String, person: String? = nil, role: String? = nil) {
        self.text = text
        self.person = person
        self.role = role
    }
}

/// A bulleted, numbered or icon list.
public struct ListSection: Sendable, Hashable, Codable {
    public var title: String?
    public var items: [ListItem]
    public var numbered: Bool

    public init(title: String? = nil, items: [ListItem], numbered: Bool = false) {
        self.title = title
        self.items = items
        self.numbered = numbered
    }
}

public struct ListItem: Sendable, Hashable, Codable, ExpressibleByStringLiteral {
    public var text: String
    /// A built-in icon name or an SVG/PNG file next to the report, drawn instead of the bullet.
    public var icon: String?
    /// Whether the icon is drawn in the theme's accent colour (its shape, filled) or as itself.
    /// The loader decides it: `tint:` when given, else yes for built-in icons and one-colour
    /// SVGs, no for multi-colour SVGs and PNGs (a logo, a photo).
    public var tint: Bool

    public init(_ text: String, icon: String? = nil, tint: Bool = true) {
        self.text = text
        self.icon = icon
        self.tint = tint
    }

    public init(stringLiteral value: String) { self.init(value) }
}

/// Advice grouped by audience, numbered within each group.
public struct RecommendationsSection: Sendable, Hashable, Codable {
    public var title: String?
    public var groups: [RecommendationGroup]

    public init(title: String? = nil, groups: [RecommendationGroup]) {
        self.title = title
        self.groups = groups
    }
}

public struct RecommendationGroup: Sendable, Hashable, Codable {
    public var audience: String
    public var items: [Recommendation]

    public init(audience: String, items: [Recommendation]) {
        self.audience = audience
        self.items = items
    }
}

public struct Recommendation: Sendable, Hashable, Codable {
    /// A short lead, set in bold before the text.
    public var title: String?
    public var text: String

    public init(title: String? = nil, text: String) {
        self.title = title
        self.text = text
    }
}

/// Partner organisations as labelled chips, optionally in named groups.
public struct PartnersSection: Sendable, Hashable, Codable {
    public var title: String?
    public var text: String?
    public var groups: [PartnerGroup]

    public init(title: String? = nil, text: String? = nil, groups: [PartnerGroup]) {
        self.title = title
        self.text = text
        self.groups = groups
    }
}

public struct PartnerGroup: Sendable, Hashable, Codable {
    public var name: String?
    public var items: [String]

    public init(name: String? = nil, items: [String]) {
        self.name = name
        self.items = items
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
    /// The address as the report writes it, shown to readers.
    public var url: String?

    /// The address to link to: percent-encoded, as HTML, SVG and PDF links need it.
    public var link: String? { url.map(URLText.encoded) }

    public init(text: String, url: String? = nil) {
        self.text = text
        self.url = url
    }
}

/// A picture from a file next to the report: a logo or a photo, always with alt text.
public struct ImageSection: Sendable, Hashable, Codable {
    public var title: String?
    /// A path relative to the report's folder; PNG or SVG.
    public var source: String
    public var alt: String
    public var caption: String?
    /// The picture's height on paper in millimetres; its width follows, never wider than its column.
    public var height: Double?
    /// Width to height of the frame the picture fills (cropped at its edges when the file's
    /// proportions differ); nil keeps the file's own.
    public var aspect: Double?

    public init(title: String? = nil, source: String, alt: String, caption: String? = nil, height: Double? = nil, aspect: Double? = nil) {
        self.title = title
        self.source = source
        self.alt = alt
        self.caption = caption
        self.height = height
        self.aspect = aspect
    }
}
