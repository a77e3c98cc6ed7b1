import PraatplaatModel

/// Rules of the print layout that the site follows too, so a chart or heading says the same on
/// paper and on screen.
public enum SharedRules {
    /// Units per icon of a unit chart: 1, 2 or 5 times a power of ten that fits `capacity` icons.
    public static func unitsPerIcon(largest: Double, capacity: Int) -> Double {
        UnitChartLayout.autoScale(largest: largest, capacity: capacity)
    }

    /// The heading of a sources section that has none: "Bron"/"Bronnen", "Source"/"Sources".
    public static func sourcesTitle(_ section: SourcesSection, language: String) -> String {
        SourcesLayout.defaultTitle(section, language: language)
    }
}
