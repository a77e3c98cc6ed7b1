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
        case .definition, .list, .partners, .quote, .recommendations, .text, .image, .sources:
            // Text that is read as text, and pictures, whose alt text is their own.
            return nil
        }
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
