/// One block of a report: what it shows (`content`, chosen by the file's `kind`) and how much of
/// the page's width it asks for.
public struct Section: Sendable, Hashable {
    public var width: SectionWidth
    public var content: SectionContent
    /// False keeps this section's words whole at syllables (names, a list of terms), whatever
    /// the report says; they still split where a line runs out.
    public var hyphenate = true
    /// Where the section starts in its file, for messages about it; not part of its value.
    public var location: SourceLocation?

    public init(_ content: SectionContent, width: SectionWidth = .auto, location: SourceLocation? = nil) {
        self.content = content
        self.width = width
        self.location = location
    }

    public static func == (a: Section, b: Section) -> Bool { a.width == b.width && a.content == b.content && a.hyphenate == b.hyphenate }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(width)
        hasher.combine(hyphenate)
        hasher.combine(content)
    }

    public var kind: SectionKind { content.kind }
    public var title: String? { content.title }
}

/// The share of the content width a section asks for. `auto` lets the layout choose per kind.
public enum SectionWidth: String, Sendable, Hashable, Codable, CaseIterable {
    case auto, full, half, third, twoThirds

    /// The fraction of the row, or nil for `auto`.
    public var fraction: Double? {
        switch self {
        case .auto: nil
        case .full: 1
        case .half: 1.0 / 2
        case .third: 1.0 / 3
        case .twoThirds: 2.0 / 3
        }
    }
}

public enum SectionKind: String, Sendable, Hashable, Codable, CaseIterable {
    case definition, keyFigures, list, barChart, lineChart, columnChart, stackedBar, table, unitChart, comparison, map, partners, quote, recommendations, text, image, sources
}

public enum SectionContent: Sendable, Hashable {
    case definition(DefinitionSection)
    case keyFigures(KeyFiguresSection)
    case list(ListSection)
    case barChart(BarChartSection)
    case lineChart(LineChartSection)
    case columnChart(ColumnChartSection)
    case stackedBar(StackedBarSection)
    case table(TableSection)
    case unitChart(UnitChartSection)
    case comparison(ComparisonSection)
    case map(MapSection)
    case partners(PartnersSection)
    case quote(QuoteSection)
    case recommendations(RecommendationsSection)
    case text(TextSection)
    case image(ImageSection)
    case sources(SourcesSection)

    public var kind: SectionKind {
        switch self {
        case .definition: .definition
        case .keyFigures: .keyFigures
        case .list: .list
        case .barChart: .barChart
        case .lineChart: .lineChart
        case .columnChart: .columnChart
        case .stackedBar: .stackedBar
        case .table: .table
        case .unitChart: .unitChart
        case .comparison: .comparison
        case .map: .map
        case .partners: .partners
        case .quote: .quote
        case .recommendations: .recommendations
        case .text: .text
        case .image: .image
        case .sources: .sources
        }
    }

    public var title: String? {
        switch self {
        case .definition(let s): s.title
        case .keyFigures(let s): s.title
        case .list(let s): s.title
        case .barChart(let s): s.title
        case .lineChart(let s): s.title
        case .columnChart(let s): s.title
        case .stackedBar(let s): s.title
        case .table(let s): s.title
        case .unitChart(let s): s.title
        case .comparison(let s): s.title
        case .map(let s): s.title
        case .partners(let s): s.title
        case .quote: nil
        case .recommendations(let s): s.title
        case .text(let s): s.title
        case .image(let s): s.title
        case .sources(let s): s.title
        }
    }
}

extension SectionContent {
    /// The icons and pictures the section names, as written (resolved by the loader).
    public var fileReferences: [String] {
        switch self {
        case .list(let s): s.items.compactMap(\.icon)
        case .unitChart(let s): [s.icon]
        case .image(let s): [s.source]
        // A map's shapes files are read by the loader, not drawn as pictures.
        case .definition, .keyFigures, .barChart, .lineChart, .columnChart, .stackedBar, .table, .comparison, .map, .partners, .quote, .recommendations, .text, .sources: []
        }
    }
}

extension SectionContent {
    /// The numbers the section shows, for rules that hold across a report (digit grouping).
    public var figureValues: [FigureValue] {
        switch self {
        case .keyFigures(let s): s.figures.map(\.value)
        case .barChart(let s): s.bars.map(\.value)
        case .unitChart(let s): s.items.map(\.value)
        case .comparison(let s): s.items.map(\.value)
        case .map(let s): s.values.compactMap(\.cell.value)
        case .lineChart(let s): s.data.figureValues
        case .columnChart(let s): s.data.figureValues
        case .stackedBar(let s): s.data.figureValues
        case .table(let s): s.rows.flatMap(\.cells).compactMap { if case .data(let c) = $0 { c.value } else { nil } }
        case .definition, .list, .partners, .quote, .recommendations, .text, .image, .sources: []
        }
    }
}

extension SeriesData {
    var figureValues: [FigureValue] { series.flatMap(\.values).compactMap(\.value) }
}
