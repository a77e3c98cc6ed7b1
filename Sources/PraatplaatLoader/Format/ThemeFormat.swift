import PraatplaatModel

/// The theme file format. Like `ReportFormat`, the loader reads through these shapes and the
/// JSON Schema is written from them. The keys of palette, fonts, type and spacing come from the
/// model's enums, so a new role cannot be forgotten in one of the three places.
public enum ThemeFormat {
    public static let theme = ObjectShape(id: "theme", doc: "A house style: colours, fonts, type scale, spacing, a logo and a footer. Every field is optional; what a theme leaves out comes from its base.", fields: [
        FieldSpec("name", .text(.plain), "The theme's name, for people."),
        FieldSpec("base", .choice(ReportFormat.themes), "The built-in theme this one changes: default (the default), monochrome or high-contrast."),
        FieldSpec("palette", .object(palette), "Colours by meaning, as #RRGGBB."),
        FieldSpec("fonts", .object(fonts), "Font families for headings, body text and figures, each with fallbacks."),
        FieldSpec("type", .object(typeScale), "The type scale: font sizes in points on an A4 page (larger paper scales them up)."),
        FieldSpec("spacing", .object(spacing), "Margins, gaps and corner radii in points on an A4 page."),
        FieldSpec("logo", .object(logo), "A logo (SVG or PNG next to the theme file) and where it goes."),
        FieldSpec("footer", .text(.plain), "A line at the foot of every page, e.g. the organisation's address or web site."),
        FieldSpec("header", .choice(HeaderStyle.self), "plain (the default), or band: the title on a band of the primary colour running to the paper's edges."),
    ])

    static let paletteDocs: [PaletteRole: String] = [
        .primary: "Headings, the title and the main figures.",
        .accent: "The first highlight: bullets, the first chart series, the callout's bar.",
        .secondary: "The second highlight: the organisation line, icons.",
        .text: "Running text.",
        .muted: "Subtitles, labels, notes and the footer (a neutral).",
        .background: "The paper (a neutral; white unless printing on colour).",
        .callout: "The fill of boxes: definitions, recommendations (a neutral).",
        .track: "The unfilled part of donuts and bars (a neutral).",
        .rule: "Hairlines between parts (a neutral).",
    ]

    static let palette = ObjectShape(id: "themePalette", doc: "Colours by meaning, as #RRGGBB (or #RGB).",
                                     fields: PaletteRole.allCases.map { FieldSpec($0.rawValue, .color, paletteDocs[$0] ?? "") } + [
        FieldSpec("series", .list(of: .color, minItems: 1, limit: .items), "Chart colours in order; figures and bars take them in turn."),
    ])

    static let fontDocs: [FontRole: String] = [
        .headings: "The title, section titles and box titles.",
        .body: "Running text, lists, labels and the footer.",
        .figures: "The large numbers: key figures, percentages, chart values.",
    ]

    static let fonts = ObjectShape(id: "themeFonts", doc: "A family, or a list of families of which the first installed one is used.",
                                   fields: FontRole.allCases.map { FieldSpec($0.rawValue, .families, fontDocs[$0] ?? "") })

    static let typeDocs: [TypeRole: String] = [
        .eyebrow: "The organisation line above the title.",
        .title: "The report's title.",
        .subtitle: "The line under the title.",
        .sectionTitle: "Section headings.",
        .calloutTitle: "Titles inside boxes (recommendations, definitions).",
        .body: "Running text.",
        .percentage: "The value inside a donut.",
        .bigNumber: "A key figure that is a count.",
        .footer: "Footer, folio, notes and captions.",
    ]

    static let typeScale = ObjectShape(id: "themeType", doc: "Font sizes in points on an A4 page.",
                                       fields: TypeRole.allCases.map { FieldSpec($0.rawValue, .number(4...144, unit: "pt"), typeDocs[$0] ?? "") } + [
        FieldSpec("leading", .number(1...3, unit: nil), "Line height of running text as a multiple of the font size (default 1.5)."),
    ])

    static let spacingDocs: [SpacingRole: String] = [
        .margin: "The page margin (a report's page.margin, in mm, wins).",
        .section: "Between sections: the basic unit of the vertical rhythm.",
        .title: "Between a section title and its content.",
        .item: "Between entries of a list.",
        .columnGap: "Between columns.",
        .calloutPadding: "Inside boxes.",
        .cornerRadius: "The corners of boxes and bars; 0 for square.",
    ]

    static let spacing = ObjectShape(id: "themeSpacing", doc: "Distances in points on an A4 page.",
                                     fields: SpacingRole.allCases.map { FieldSpec($0.rawValue, .number(0...200, unit: "pt"), spacingDocs[$0] ?? "") })

    static let logo = ObjectShape(id: "themeLogo", doc: "A logo drawn on every report that uses the theme.", fields: [
        FieldSpec("file", .imageFile, required: true, "An SVG or PNG file in the theme file's folder or below it."),
        FieldSpec("alt", .text(.plain), required: true, "What the logo says, for screen readers: usually the organisation's name."),
        FieldSpec("position", .choice(LogoPosition.self), "topRight (the default) or topLeft: beside the title; bottomRight or bottomLeft: at the foot of every page."),
        FieldSpec("width", .number(5...200, unit: "mm"), "Width on an A4 page in millimetres (default 30); the height follows the picture."),
    ])
}
