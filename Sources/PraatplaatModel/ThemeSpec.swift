import Foundation

/// A theme file as written: what it changes about the built-in theme it starts from. Every field
/// is optional; layout fills the rest from `base`. Colours are `#RRGGBB` text, checked by the
/// loader; sizes are in points at A4 (they grow with the paper like the built-in ones).
public struct ThemeSpec: Sendable, Hashable, Codable {
    /// The built-in theme this one changes (`default` unless the file says otherwise).
    public var base: String = "default"
    public var name: String?
    public var palette: [PaletteRole: String] = [:]
    /// Chart colours in order, replacing the base theme's series.
    public var series: [String]?
    /// Font families per role, the first that is installed wins (Pango's fallback list).
    public var fonts: [FontRole: [String]] = [:]
    public var sizes: [TypeRole: Double] = [:]
    /// Line height of running text as a multiple of the font size.
    public var leading: Double?
    public var spacing: [SpacingRole: Double] = [:]
    public var logo: LogoSpec?
    /// A line at the foot of every page: the house's name, address or web site.
    public var footer: String?
    public var header: HeaderStyle?
    /// Where the theme came from, for messages about it.
    public var location: SourceLocation?

    public init() {}
}

/// The colours of a palette by meaning. `muted`, `callout`, `track` and `rule` are the neutrals.
public enum PaletteRole: String, Sendable, Hashable, Codable, CaseIterable {
    case primary, accent, secondary, text, muted, background, callout, track, rule
}

/// What text a font is for: headings (the title, section titles), body text, and figures (the
/// large numbers of key figures and chart values).
public enum FontRole: String, Sendable, Hashable, Codable, CaseIterable {
    case headings, body, figures
}

/// The steps of the type scale, in points at A4.
public enum TypeRole: String, Sendable, Hashable, Codable, CaseIterable {
    case eyebrow, title, subtitle, sectionTitle, calloutTitle, body, percentage, bigNumber, footer
}

public enum SpacingRole: String, Sendable, Hashable, Codable, CaseIterable {
    case margin, section, title, item, columnGap, calloutPadding, cornerRadius
}

/// A logo drawn on every report that uses the theme.
public struct LogoSpec: Sendable, Hashable, Codable {
    /// The PNG or SVG file, resolved inside the theme file's folder.
    public var file: URL
    /// What the logo says, for screen readers (usually the organisation's name).
    public var alt: String
    public var position: LogoPosition
    /// Width on an A4 page in millimetres; the height follows the picture.
    public var width: Double

    public init(file: URL, alt: String, position: LogoPosition = .topRight, width: Double = 30) {
        self.file = file; self.alt = alt; self.position = position; self.width = width
    }
}

/// Top positions put the logo beside the title on the first page; bottom positions put it at
/// the foot of every page.
public enum LogoPosition: String, Sendable, Hashable, Codable, CaseIterable {
    case topRight, topLeft, bottomRight, bottomLeft
}

/// How the first page's header looks: on the page (`plain`) or in a band of the primary colour
/// that runs to the paper's edges (`band`; it extends into the bleed when printing with bleed).
public enum HeaderStyle: String, Sendable, Hashable, Codable, CaseIterable {
    case plain, band
}

/// The theme a report names: a built-in one by name, or a theme file next to the report.
public enum ThemeChoice: Sendable, Hashable, Codable {
    case builtIn(String)
    case file(ThemeSpec)
}
