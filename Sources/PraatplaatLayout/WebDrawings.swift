import PraatplaatModel
import PraatplaatScene

/// A chart or figure drawn on its own, for a web page: the print layout's own rules (scale, icon
/// unit, colours, labels) at a width in CSS pixels, with body text at a size in CSS pixels.
public struct SectionDrawing: Sendable {
    public var items: [SceneItem]
    public var size: Size
}

/// Lays out the figures of a report's sections for the web. The site gives each chart its own
/// heading, note and table in HTML, so the drawing leaves those out; everything else is the
/// drawing print makes, so paper and screen show one chart.
public struct WebDrawings {
    public var theme: Theme
    public var measurer: any TextMeasurer
    public var assets: [String: Asset]
    public var language: Language
    /// What print chose where the width decides (a unit chart's units per icon), by section
    /// index, so a narrow screen keeps the paper's scale.
    public var printed: PrintedScales

    public init(theme: Theme, measurer: any TextMeasurer, assets: [String: Asset], language: Language, printed: PrintedScales) {
        self.theme = theme
        self.measurer = measurer
        self.assets = assets
        self.language = language
        self.printed = printed
    }

    private func context(width: Double, textSize: Double) -> LayoutContext {
        let t = theme.scaled(by: textSize / theme.type.body)
        return LayoutContext(theme: t, measurer: measurer, width: width, language: language, assets: assets,
                             maxBlockHeight: .infinity, pageHeight: .infinity)
    }

    /// The chart of section `index` at `width`, or nil for a kind the site writes as HTML.
    public func chart(_ section: Section, index: Int, width: Double, textSize: Double) -> SectionDrawing? {
        let ctx = context(width: width, textSize: textSize)
        let blocks: [Block]
        switch section.content {
        case .barChart(var s):
            s.title = nil
            s.note = nil
            blocks = SectionLayouts.figure(BarChartLayout.blocks(s, ctx), .barChart(s), ctx)
        case .lineChart(var s):
            s.title = nil
            s.note = nil
            blocks = SectionLayouts.figure(LineChartLayout.blocks(s, ctx, notes: false), .lineChart(s), ctx)
        case .columnChart(var s):
            s.title = nil
            s.note = nil
            blocks = SectionLayouts.figure(ColumnChartLayout.blocks(s, ctx, notes: false), .columnChart(s), ctx)
        case .stackedBar(var s):
            s.title = nil
            s.note = nil
            blocks = SectionLayouts.figure(StackedBarLayout.blocks(s, ctx, notes: false), .stackedBar(s), ctx)
        case .unitChart(var s):
            s.title = nil
            s.note = nil
            if s.per == nil { s.per = printed.unitsPerIcon[index] }
            blocks = SectionLayouts.figure(UnitChartLayout.blocks(s, ctx), .unitChart(s), ctx)
        case .comparison(var s):
            s.title = nil
            s.note = nil
            blocks = SectionLayouts.figure(ComparisonLayout.blocks(s, ctx), .comparison(s), ctx)
        case .map(var s):
            s.title = nil
            s.note = nil
            blocks = SectionLayouts.figure(MapLayout.blocks(s, ctx), .map(s), ctx)
        case .definition, .keyFigures, .list, .partners, .quote, .recommendations, .text, .image, .sources, .table:
            return nil
        }
        return Self.stacked(blocks, width: width)
    }

    /// The donut of a percentage key figure (the `index`th of its section, for its colour), or
    /// nil when print shows that figure as a number.
    public func donut(_ section: KeyFiguresSection, figure index: Int, textSize: Double) -> SectionDrawing? {
        guard section.figures.indices.contains(index),
              let share = KeyFiguresLayout.donutShare(section.figures[index], style: section.style) else { return nil }
        let ctx = context(width: .infinity, textSize: textSize)
        let mark = KeyFiguresLayout.donut(share: share, value: section.figures[index].drawnValue, color: ctx.theme.seriesColor(index), ctx)
        return SectionDrawing(items: mark.items, size: Size(width: mark.diameter, height: mark.diameter))
    }

    /// The share bar of a percentage key figure shown as a bar (`style: bar`), `width` long, or
    /// nil when print shows that figure otherwise.
    public func shareBar(_ section: KeyFiguresSection, figure index: Int, width: Double, textSize: Double) -> SectionDrawing? {
        guard section.style == .bar, section.figures.indices.contains(index),
              case .percent(let share) = section.figures[index].value else { return nil }
        let ctx = context(width: width, textSize: textSize)
        let bar = KeyFiguresLayout.shareBar(share: share, color: ctx.theme.seriesColor(index), width: width, ctx)
        return SectionDrawing(items: bar.items, size: Size(width: width, height: bar.height))
    }

    static func stacked(_ blocks: [Block], width: Double) -> SectionDrawing {
        var items: [SceneItem] = []
        var y = 0.0
        for (i, block) in blocks.enumerated() {
            if i > 0 { y += block.gapBefore }
            items += block.items.map { $0.offset(dx: 0, dy: y) }
            y += block.height
        }
        return SectionDrawing(items: items, size: Size(width: width, height: y))
    }
}

/// Choices print made that depend on the width a section had on paper.
public struct PrintedScales: Sendable, Hashable {
    public var unitsPerIcon: [Int: Double] = [:]

    public init(unitsPerIcon: [Int: Double] = [:]) { self.unitsPerIcon = unitsPerIcon }
}
