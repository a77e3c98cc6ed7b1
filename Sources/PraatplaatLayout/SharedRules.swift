import PraatplaatModel

/// Rules of the print layout that the site's HTML follows too, so a heading says the same on
/// paper and on screen (charts the site takes whole from `WebDrawings`).
public enum SharedRules {
    /// The heading of a sources section that has none: "Bron"/"Bronnen", "Source"/"Sources".
    public static func sourcesTitle(_ section: SourcesSection, language: Language) -> String {
        SourcesLayout.defaultTitle(section, language: language)
    }
}
