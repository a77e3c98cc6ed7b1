import PraatplaatScene

/// The themes that come with Praatplaat, by the name a report or `--theme` uses.
extension Theme {
    public static let builtIn: [(name: String, theme: Theme)] = [
        ("default", .default),
        ("monochrome", .monochrome),
        ("high-contrast", .highContrast),
    ]

    public static func named(_ name: String) -> Theme? {
        builtIn.first { $0.name == name }?.theme
    }

    /// Black and greys only, for an office laser printer. The greys of the chart series are
    /// spaced in lightness, so they stay apart on paper and for every reader.
    public static let monochrome: Theme = {
        var theme = Theme.default
        theme.palette = Palette(
            // Headings and the bars beside a highlighted (black) one: a grey dark enough for text.
            primary: Color(hex: "#595959")!,
            accent: Color(hex: "#000000")!,
            secondary: Color(hex: "#474747")!,
            text: Color(hex: "#1A1A1A")!,
            muted: Color(hex: "#4D4D4D")!,
            background: .white,
            callout: Color(hex: "#F0F0F0")!,
            track: Color(hex: "#E0E0E0")!,
            rule: Color(hex: "#BDBDBD")!,
            series: [Color(hex: "#1A1A1A")!, Color(hex: "#5C5C5C")!, Color(hex: "#8A8A8A")!, Color(hex: "#3A3A3A")!]
        )
        return theme
    }()

    /// For readers with low vision: black text, deep colours (7:1 or more on white, WCAG's AAA
    /// level for text), larger body type and more leading.
    public static let highContrast: Theme = {
        var theme = Theme.default
        theme.palette = Palette(
            primary: Color(hex: "#002B5C")!,
            accent: Color(hex: "#9E1B0F")!,
            secondary: Color(hex: "#00574F")!,
            text: Color(hex: "#000000")!,
            muted: Color(hex: "#333333")!,
            background: .white,
            // A pale box, so the callout still reads as one (white on white lost its edge).
            callout: Color(hex: "#EEF1F5")!,
            track: Color(hex: "#BDBDBD")!,
            rule: Color(hex: "#000000")!,
            series: [Color(hex: "#9E1B0F")!, Color(hex: "#00574F")!, Color(hex: "#002B5C")!, Color(hex: "#5B2A86")!]
        )
        theme.type.body = 11.5
        theme.type.footer = 8.5
        theme.type.eyebrow = 10.5
        theme.spacing.leading = 1.6
        return theme
    }()
}
