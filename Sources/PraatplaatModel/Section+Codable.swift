// Sections encode as flat objects with a `kind` discriminator, the same shape as in a report file.
extension Section: Codable {
    private enum Keys: String, CodingKey { case kind, width, hyphenate }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        let kind = try container.decode(SectionKind.self, forKey: .kind)
        width = try container.decodeIfPresent(SectionWidth.self, forKey: .width) ?? .auto
        hyphenate = try container.decodeIfPresent(Bool.self, forKey: .hyphenate) ?? true
        content = switch kind {
        case .definition: .definition(try DefinitionSection(from: decoder))
        case .keyFigures: .keyFigures(try KeyFiguresSection(from: decoder))
        case .list: .list(try ListSection(from: decoder))
        case .barChart: .barChart(try BarChartSection(from: decoder))
        case .lineChart: .lineChart(try LineChartSection(from: decoder))
        case .columnChart: .columnChart(try ColumnChartSection(from: decoder))
        case .stackedBar: .stackedBar(try StackedBarSection(from: decoder))
        case .table: .table(try TableSection(from: decoder))
        case .unitChart: .unitChart(try UnitChartSection(from: decoder))
        case .comparison: .comparison(try ComparisonSection(from: decoder))
        case .map: .map(try MapSection(from: decoder))
        case .partners: .partners(try PartnersSection(from: decoder))
        case .quote: .quote(try QuoteSection(from: decoder))
        case .recommendations: .recommendations(try RecommendationsSection(from: decoder))
        case .text: .text(try TextSection(from: decoder))
        case .image: .image(try ImageSection(from: decoder))
        case .sources: .sources(try SourcesSection(from: decoder))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(kind, forKey: .kind)
        if width != .auto { try container.encode(width, forKey: .width) }
        if !hyphenate { try container.encode(false, forKey: .hyphenate) }
        switch content {
        case .definition(let s): try s.encode(to: encoder)
        case .keyFigures(let s): try s.encode(to: encoder)
        case .list(let s): try s.encode(to: encoder)
        case .barChart(let s): try s.encode(to: encoder)
        case .lineChart(let s): try s.encode(to: encoder)
        case .columnChart(let s): try s.encode(to: encoder)
        case .stackedBar(let s): try s.encode(to: encoder)
        case .table(let s): try s.encode(to: encoder)
        case .unitChart(let s): try s.encode(to: encoder)
        case .comparison(let s): try s.encode(to: encoder)
        case .map(let s): try s.encode(to: encoder)
        case .partners(let s): try s.encode(to: encoder)
        case .quote(let s): try s.encode(to: encoder)
        case .recommendations(let s): try s.encode(to: encoder)
        case .text(let s): try s.encode(to: encoder)
        case .image(let s): try s.encode(to: encoder)
        case .sources(let s): try s.encode(to: encoder)
        }
    }
}
