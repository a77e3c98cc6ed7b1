/// A report: the header of the page and its typed sections, in reading order.
///
/// Text fields hold inline markup (`**bold**`, `*italic*`); see `InlineText`.
public struct Report: Sendable, Hashable, Codable {
    public var title: String
    public var subtitle: String?
    /// Shown above the title and written as the PDF's author.
    public var organisation: String?
    /// When the report appeared: shown in the header, written as the PDF's creation date.
    public var date: ReportDate?
    /// Read once from the file's `language` tag; decides words, numbers and `lang` everywhere.
    public var language: Language
    public var keywords: [String]
    public var page: PageSpec
    /// A built-in theme by name or a theme file (read with the report); nil for the default.
    public var theme: ThemeChoice?
    public var sections: [Section]
    /// Every picture and icon the sections name, by the name as written, resolved by the loader.
    public var files: [String: ResolvedFile] = [:]
    /// The data files charts and tables read, in the order they were read.
    public var dataFiles: [DataFileUse] = []
    /// Whether words too wide for their line break at a syllable (`hyphenate: false` turns it off).
    public var hyphenate = true

    public init(title: String, subtitle: String? = nil, organisation: String? = nil, language: Language = .dutch,
                keywords: [String] = [], page: PageSpec = PageSpec(), sections: [Section] = []) {
        self.title = title
        self.subtitle = subtitle
        self.organisation = organisation
        self.language = language
        self.keywords = keywords
        self.page = page
        self.sections = sections
    }
}
