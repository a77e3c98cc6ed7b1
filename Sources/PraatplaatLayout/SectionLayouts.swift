import PraatplaatModel
import PraatplaatScene

/// One entry point per section kind; `minHeight` lets boxed kinds grow to their row's height.
enum SectionLayouts {
    static func blocks(_ content: SectionContent, _ ctx: LayoutContext, minHeight: Double = 0) -> [Block] {
        switch content {
        case .definition(let s): DefinitionLayout.blocks(s, ctx, minHeight: minHeight)
        case .keyFigures(let s): KeyFiguresLayout.blocks(s, ctx)
        case .list(let s): ListLayout.blocks(s, ctx)
        case .barChart(let s): figure(BarChartLayout.blocks(s, ctx), content, ctx)
        case .lineChart(let s): figure(LineChartLayout.blocks(s, ctx), content, ctx)
        case .columnChart(let s): figure(ColumnChartLayout.blocks(s, ctx), content, ctx)
        case .stackedBar(let s): figure(StackedBarLayout.blocks(s, ctx), content, ctx)
        case .table(let s): TableLayout.blocks(s, ctx)
        case .unitChart(let s): figure(UnitChartLayout.blocks(s, ctx), content, ctx)
        case .comparison(let s): figure(ComparisonLayout.blocks(s, ctx), content, ctx)
        case .map(let s): figure(MapLayout.blocks(s, ctx), content, ctx)
        case .partners(let s): PartnersLayout.blocks(s, ctx)
        case .quote(let s): QuoteLayout.blocks(s, ctx, minHeight: minHeight)
        case .recommendations(let s): RecommendationsLayout.blocks(s, ctx, minHeight: minHeight)
        case .text(let s): TextLayout.blocks(s, ctx)
        case .image(let s): ImageLayout.blocks(s, ctx)
        case .sources(let s): SourcesLayout.blocks(s, ctx)
        }
    }

    /// A chart is a Figure to the tagged PDF, with its values in words as the alternative text;
    /// its heading stays a heading before it.
    static func figure(_ blocks: [Block], _ content: SectionContent, _ ctx: LayoutContext) -> [Block] {
        guard let alt = ChartText.alt(content, language: ctx.language) else { return blocks }
        return blocks.map { block in
            var block = block
            let heading = block.items.filter { if case .tagged(.heading, _) = $0 { true } else { false } }
            let rest = block.items.filter { if case .tagged(.heading, _) = $0 { false } else { true } }
            block.items = heading + (rest.isEmpty ? [] : [.tagged(.figure(alt: alt), rest)])
            return block
        }
    }

    /// Kinds drawn as a box, which grow to the height of their row.
    static func isBoxed(_ kind: SectionKind) -> Bool {
        kind == .definition || kind == .quote || kind == .recommendations
    }

    /// The width a section takes when it says `auto`: what its content reads best at.
    static func automaticFraction(_ content: SectionContent) -> Double {
        switch content {
        case .definition, .unitChart, .partners, .recommendations, .sources, .table: 1
        // A line or column chart over many points needs the width; a short one reads at half.
        case .lineChart(let s): s.data.axis.count > 8 || s.data.series.count > 3 ? 1 : 0.5
        case .columnChart(let s): s.data.axis.count * (s.stacked ? 1 : s.data.series.count) > 10 ? 1 : 0.5
        case .stackedBar(let s): s.data.series.count > 4 ? 1 : 0.5
        case .keyFigures(let s): s.figures.count >= 3 ? 1 : 0.5
        case .list, .barChart, .comparison, .quote, .text: 0.5
        // A few wijken read at half the width; buurten need the whole of it.
        case .map(let s): s.regions.regions.count > 30 ? 1 : 0.5
        case .image: 1.0 / 3
        }
    }
}
