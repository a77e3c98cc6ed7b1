import PraatplaatModel
import PraatplaatScene

/// What every section layout needs: the theme at the page's scale, the measurer and the width.
struct LayoutContext {
    let theme: Theme
    let measurer: any TextMeasurer
    let width: Double
    let language: Language

    /// Images and icons by the name the report uses, resolved and measured by the pipeline.
    let assets: [String: Asset]
    /// Boxes (callouts, quotes, recommendations) taller than this are split into continued boxes.
    /// It is well under a page, so a slice of a grid row that holds one still fits on a page.
    let maxBlockHeight: Double
    /// The height a page has for content; nothing taller can be placed whole.
    let pageHeight: Double
    /// Where words may break, in the report's language; nil splits overlong words where they run out.
    var hyphenator: (any Hyphenator)? = nil
    /// Paper wider than A4 portrait (A3 and up, landscape): running text keeps to about 75
    /// characters a line there, where A4 and A5 portrait keep their full-width lines.
    var widePaper = false
    /// The report is to fit one page (`fit`): what could take the room a page has, such as a map,
    /// keeps to the measure of the type instead, so it shrinks as `fit` shrinks the type.
    var onePage = false

    /// The tallest plot a chart gets: under a third of the page, so on landscape paper a chart
    /// leaves room for what follows (one chart a page left four pages half empty).
    var chartRoom: Double { pageHeight > 0 ? max(pageHeight * 0.3, theme.type.body * 8) : .infinity }

    var builder: BlockBuilder { BlockBuilder(measurer: measurer, hyphenator: hyphenator) }

    var wrapper: TextWrapper { TextWrapper(measurer: measurer, hyphenator: hyphenator) }

    func with(width: Double) -> LayoutContext {
        LayoutContext(theme: theme, measurer: measurer, width: width, language: language, assets: assets, maxBlockHeight: maxBlockHeight, pageHeight: pageHeight,
                      hyphenator: hyphenator, widePaper: widePaper, onePage: onePage)
    }

    /// The context for one section: without syllable breaks where it says `hyphenate: false`.
    func `for`(_ section: Section) -> LayoutContext {
        guard !section.hyphenate else { return self }
        var ctx = self
        ctx.hyphenator = nil
        return ctx
    }

    /// Paragraph text in the body size: the look of running text everywhere.
    func body(_ markup: String, color: Color? = nil, weight: FontSpec.Weight = .regular) -> [TextSpan] {
        TextWrapper.spans(markup, font: theme.font(theme.type.body, weight), color: color ?? theme.palette.text, linkColor: theme.palette.primary)
    }

    func lineHeight(_ size: Double, leading: Double? = nil) -> Double {
        (size * (leading ?? theme.spacing.leading)).rounded(toPlaces: 2)
    }

    /// A small muted line under a chart or picture (a note, a caption); returns the height used.
    func note(_ markup: String, at y: Double, into b: inout BlockBuilder) -> Double {
        let size = theme.type.footer * 1.1
        return b.text(TextWrapper.spans(markup, font: theme.font(size), color: theme.palette.muted),
                      x: 0, y: y, width: width, lineHeight: lineHeight(size, leading: 1.4))
    }

    /// Splits `count` consecutive items of height `height(i)` into runs that each fit `limit`
    /// (plus a fixed `overhead` per run; the first run also carries `firstOverhead`). An item
    /// taller than the limit gets a run of its own.
    func chunks(count: Int, limit: Double, overhead: Double, firstOverhead: Double = 0, height: (Int) -> Double) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start = 0, used = overhead + firstOverhead
        for i in 0..<count {
            let h = height(i)
            if i > start, used + h > limit {
                runs.append(start..<i)
                start = i
                used = overhead
            }
            used += h
        }
        if start < count || runs.isEmpty { runs.append(start..<count) }
        return runs
    }

    /// Sets a section's title as a level-2 heading at the top of `b`; returns the height it takes
    /// with the space after it, 0 without a title. It is part of the section's first block, so a
    /// title never stands alone at the foot of a page.
    func titleHeight(_ title: String?, into b: inout BlockBuilder) -> Double {
        guard let title else { return 0 }
        let size = theme.type.sectionTitle
        let used = b.tagged(.heading(level: 2)) { b in
            b.text(TextWrapper.spans(title, font: theme.font(size, .bold, role: .headings), color: theme.palette.primary),
                   x: 0, y: 0, width: width, lineHeight: lineHeight(size, leading: 1.25), balanced: true)
        }
        return used + theme.spacing.title
    }
}

extension Double {
    func rounded(toPlaces places: Int) -> Double {
        let k = pow(10.0, Double(places))
        return (self * k).rounded() / k
    }
}

import Foundation
