/// What a chart says, in words: the text that stands in for it where it cannot be seen (the
/// tagged PDF's `/Alt`, and the site's description). It names the kind of chart and every value
/// with its label, in the report's language.
public enum ChartText {
    public static func alt(_ content: SectionContent, language: Language) -> String? {
        let words = language.phrases
        func value(_ v: FigureValue) -> String { v.exact(language: language) }
        func plain(_ s: String?) -> String? { s.map(InlineText.plain) }
        func joined(_ parts: [String]) -> String { parts.joined(separator: "; ") }
        func titled(_ kind: String, _ title: String?, _ body: String) -> String {
            "\(kind)\(plain(title).map { ", \($0)" } ?? ""): \(body)."
        }
        switch content {
        case .keyFigures(let s):
            return keyFigures(s.figures, title: s.title, language: language)
        case .barChart(let s):
            let body = joined(s.bars.map { "\(InlineText.plain($0.label)) \($0.value.formatted(language: language, unit: s.unit, exact: true))" })
            let kind = s.scale == .log ? words.barChartLogarithmic : words.barChart
            return titled(kind, s.title, body)
        case .unitChart(let s):
            let body = joined(s.items.map { "\(InlineText.plain($0.label)) \($0.value.formatted(language: language, unit: s.unitLabel, exact: true))" })
            return titled(words.unitChart, s.title, body)
        case .comparison(let s):
            let body = joined(s.items.map { "\(InlineText.plain($0.label)) \(value($0.value))" })
            return titled(words.comparison, s.title, body)
        case .map(let s):
            return MapText.alt(s, language: language)
        case .lineChart(let s):
            return titled(words.lineChart, s.title, series(s.data, unit: s.unit, language: language))
        case .columnChart(let s):
            return titled(s.stacked ? words.stackedColumnChart : words.columnChart, s.title, series(s.data, unit: s.unit, language: language))
        case .stackedBar(let s):
            return titled(s.split ? words.splitBar : words.stackedBar, s.title, rows(s, language: language))
        case .definition, .table, .list, .partners, .quote, .recommendations, .text, .image, .sources:
            // Text that is read as text, tables read cell by cell, and pictures, whose alt text is their own.
            return nil
        }
    }

    /// Each series with its value at every axis point: "Lindenmeer: 2019 12%, 2020 14%".
    static func series(_ data: SeriesData, unit: String?, language: Language) -> String {
        let labels = data.axisLabels(language: language)
        return data.series.map { s in
            let name = InlineText.plain(s.label) + (s.reference ? " (\(language.phrases.forReference))" : "")
            let points = zip(labels, s.values).map { "\($0) \(cell($1, unit: unit, language: language))" }
            return "\(name): \(points.joined(separator: ", "))"
        }.joined(separator: "; ")
    }

    /// A stacked bar row by row: "Centrum: 0-3 jaar 120, 4-7 jaar 340".
    static func rows(_ s: StackedBarSection, language: Language) -> String {
        let labels = s.data.axisLabels(language: language)
        return labels.enumerated().map { i, row in
            let parts = s.data.series.map { "\(InlineText.plain($0.label)) \(cell($0.values[i], unit: s.unit, language: language))" }
            return "\(row): \(parts.joined(separator: ", "))"
        }.joined(separator: "; ")
    }

    /// A value as alt text says it: exact, and the word for a sign rather than the sign.
    public static func cell(_ c: DataCell, unit: String?, language: Language) -> String {
        if c.value == nil { return (c.sign ?? .empty).meaning(language) }
        return c.formatted(language: language, unit: unit, exact: true, provisionalMark: " (\(language.phrases.provisional))")
    }

    /// Some of a section's key figures (one row of them, as layout draws it).
    public static func keyFigures(_ figures: [KeyFigure], title: String?, language: Language) -> String {
        let body = figures.map { f in
            var said = "\(f.value.exact(language: language)) \(InlineText.plain(f.label))"
            if let r = f.reference {
                let how = FigureReference.words(r.direction(of: f.value, language: language), language: language)
                said += " (\(how) \(InlineText.plain(r.label)): \(r.value.exact(language: language)))"
            }
            return said
        }.joined(separator: "; ")
        return "\(language.phrases.keyFigures)\(title.map { ", " + InlineText.plain($0) } ?? ""): \(body)."
    }
}
