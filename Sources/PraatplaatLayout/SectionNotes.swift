import PraatplaatModel

/// The line under a chart or table as print writes it (the section's note after what the CBS
/// signs and provisional figures mean), so the site says the same.
public enum SectionNotes {
    public static func note(_ content: SectionContent, language: Language) -> String? {
        switch content {
        case .lineChart(let s): SeriesStyle.note(s.note, signs: SeriesStyle.signsNote(s.data, drawn: .dashed, language: language))
        case .columnChart(let s): SeriesStyle.note(s.note, signs: SeriesStyle.signsNote(s.data, drawn: .lighter, language: language))
        case .stackedBar(let s): SeriesStyle.note(s.note, signs: SeriesStyle.signsNote(s.data, drawn: .marked, language: language))
        case .table(let s): TableLayout.note(s, language: language)
        case .barChart(let s): s.note
        case .unitChart(let s): s.note
        case .comparison(let s): s.note
        // A picture's caption is its own; the others have no note.
        case .definition, .keyFigures, .list, .partners, .quote, .recommendations, .text, .image, .sources: nil
        }
    }
}
