import PraatplaatModel

/// The line under a chart or table as print writes it (the section's note after what the CBS
/// signs and provisional figures mean), so the site says the same.
public enum SectionNotes {
    public static func note(_ content: SectionContent, language: Language) -> String? {
        switch content {
        case .lineChart(let s): SeriesStyle.note(s.note, signs: joined(SeriesStyle.signsNote(s.data, drawn: .dashed, language: language), rounding(s.round, s.data, language)))
        case .columnChart(let s): SeriesStyle.note(s.note, signs: joined(SeriesStyle.signsNote(s.data, drawn: .lighter, language: language), rounding(s.round, s.data, language)))
        case .stackedBar(let s):
            // Shares are written as whole percentages of each row; the rule is for counts.
            SeriesStyle.note(s.note, signs: joined(SeriesStyle.signsNote(s.data, drawn: .marked, language: language), s.mode == .count ? rounding(s.round, s.data, language) : nil))
        case .table(let s): TableLayout.note(s, language: language)
        case .barChart(let s):
            SeriesStyle.note(s.note, signs: joined(s.scale == .log ? language.phrases.logarithmicScale + "." : nil,
                                                   ValueRounding.note(s.round, for: s.bars.map(\.value), language: language)))
        case .unitChart(let s): s.note
        case .comparison(let s): s.note
        case .map(let s): s.note
        case .keyFigures(let s):
            // Said once for the figures it changes, with nothing else to say.
            s.figures.compactMap { ValueRounding.note($0.round, for: [$0.value], language: language) }
                .reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }.joined(separator: " ").nilIfEmpty
        // A picture's caption is its own; the others have no note.
        case .definition, .list, .partners, .quote, .recommendations, .text, .image, .sources: nil
        }
    }

    private static func rounding(_ rule: ValueRounding?, _ data: SeriesData, _ language: Language) -> String? {
        ValueRounding.note(rule, for: data.series.flatMap(\.values).compactMap(\.value), language: language)
    }

    private static func joined(_ a: String?, _ b: String?) -> String? {
        [a, b].compactMap { $0 }.joined(separator: " ").nilIfEmpty
    }
}

private extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
