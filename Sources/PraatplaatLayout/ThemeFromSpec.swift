import PraatplaatModel
import PraatplaatScene

extension Theme {
    /// The theme a report asks for: a built-in one by name, or a theme file's changes applied to
    /// its base. `logo` is the theme file's logo, measured by the caller (layout reads no files).
    public static func resolve(_ choice: ThemeChoice?, logo: Asset? = nil) -> Theme {
        switch choice {
        case nil: return .default
        case .builtIn(let name): return named(name) ?? .default
        case .file(let spec): return Theme(spec: spec, logo: logo)
        }
    }

    /// `spec`'s base with every value the spec gives put in its place.
    public init(spec: ThemeSpec, logo: Asset? = nil) {
        var t = Theme.named(spec.base) ?? .default
        func colour(_ role: PaletteRole) -> Color? { spec.palette[role].flatMap(Color.init(hex:)) }
        t.palette.primary = colour(.primary) ?? t.palette.primary
        t.palette.accent = colour(.accent) ?? t.palette.accent
        t.palette.secondary = colour(.secondary) ?? t.palette.secondary
        t.palette.text = colour(.text) ?? t.palette.text
        t.palette.muted = colour(.muted) ?? t.palette.muted
        t.palette.background = colour(.background) ?? t.palette.background
        t.palette.callout = colour(.callout) ?? t.palette.callout
        t.palette.track = colour(.track) ?? t.palette.track
        t.palette.rule = colour(.rule) ?? t.palette.rule
        if let series = spec.series?.compactMap(Color.init(hex:)), !series.isEmpty { t.palette.series = series }
        for (role, families) in spec.fonts where !families.isEmpty { t.fonts[role] = families }
        for (role, size) in spec.sizes {
            switch role {
            case .eyebrow: t.type.eyebrow = size
            case .title: t.type.title = size
            case .subtitle: t.type.subtitle = size
            case .sectionTitle: t.type.sectionTitle = size
            case .calloutTitle: t.type.calloutTitle = size
            case .body: t.type.body = size
            case .percentage: t.type.donutValue = size
            case .bigNumber: t.type.bigNumber = size
            case .footer: t.type.footer = size
            }
        }
        if let leading = spec.leading { t.spacing.leading = leading }
        for (role, value) in spec.spacing {
            switch role {
            case .margin: t.spacing.margin = value
            case .section: t.spacing.section = value
            case .title: t.spacing.title = value
            case .item: t.spacing.item = value
            case .columnGap: t.spacing.columnGap = value
            case .calloutPadding: t.spacing.calloutPadding = value
            case .cornerRadius: t.spacing.cornerRadius = value
            }
        }
        if let logoSpec = spec.logo, let logo {
            t.logo = Logo(asset: logo, alt: logoSpec.alt, position: logoSpec.position, width: Length.mm(logoSpec.width).points)
        }
        t.footer = spec.footer
        t.header = spec.header ?? t.header
        self = t
    }
}
