import PraatplaatModel
import PraatplaatScene

/// The visual decisions layout applies: colours with a meaning, a type scale and spacing.
/// Sizes are for A4 and scale with the paper (see `scaled(by:)`).
public struct Theme: Sendable, Hashable {
    public struct Palette: Sendable, Hashable {
        /// Headings and the main figures.
        public var primary: Color
        /// The first highlight: bullets, the first chart series, the callout's bar.
        public var accent: Color
        public var secondary: Color
        public var text: Color
        /// Subtitles, labels and the footer.
        public var muted: Color
        public var background: Color
        public var callout: Color
        /// The unfilled part of donuts.
        public var track: Color
        public var rule: Color
        /// Chart colours in order; figures take them in turn.
        public var series: [Color]
    }

    public struct TypeScale: Sendable, Hashable {
        public var eyebrow: Double
        public var title: Double
        public var subtitle: Double
        public var sectionTitle: Double
        public var calloutTitle: Double
        public var body: Double
        public var donutValue: Double
        public var bigNumber: Double
        public var footer: Double
    }

    public struct Spacing: Sendable, Hashable {
        public var margin: Double
        /// Between sections; the basic unit of the vertical rhythm.
        public var section: Double
        /// Between a section title and its content.
        public var title: Double
        public var item: Double
        public var columnGap: Double
        public var calloutPadding: Double
        public var cornerRadius: Double
        /// Line height as a multiple of the font size, for running text.
        public var leading: Double
    }

    /// Font families by role, each a list in order of preference (Pango takes the first it has).
    public struct Fonts: Sendable, Hashable {
        public var headings: [String]
        public var body: [String]
        public var figures: [String]

        public subscript(role: FontRole) -> [String] {
            get {
                switch role {
                case .headings: headings
                case .body: body
                case .figures: figures
                }
            }
            set {
                switch role {
                case .headings: headings = newValue
                case .body: body = newValue
                case .figures: figures = newValue
                }
            }
        }
    }

    /// A logo from a theme file, measured by the pipeline. `width` is in points at A4.
    public struct Logo: Sendable, Hashable {
        public var asset: Asset
        public var alt: String
        public var position: LogoPosition
        public var width: Double

        public init(asset: Asset, alt: String, position: LogoPosition, width: Double) {
            self.asset = asset; self.alt = alt; self.position = position; self.width = width
        }
    }

    public var fonts: Fonts
    public var palette: Palette
    public var type: TypeScale
    public var spacing: Spacing
    public var logo: Logo?
    /// A line at the foot of every page.
    public var footer: String?
    public var header: HeaderStyle = .plain

    public static let `default` = Theme(
        fonts: Fonts(headings: ["Inter"], body: ["Inter"], figures: ["Inter"]),
        palette: Palette(
            // Every colour that text or a chart mark takes passes WCAG 2.2 on white: accent 4.85:1,
            // secondary 5.15:1, the purple series colour 4.67:1 (body text 4.5:1). The four series
            // colours stay apart for protanopes and deuteranopes too (ColourVisionCheck); the gold
            // this replaced looked like the accent to them.
            primary: Color(hex: "#1B3A6B")!,
            accent: Color(hex: "#C9441E")!,
            secondary: Color(hex: "#1F7A70")!,
            text: Color(hex: "#1F2430")!,
            muted: Color(hex: "#5B6472")!,
            background: .white,
            callout: Color(hex: "#EAF2FB")!,
            track: Color(hex: "#E3E6EA")!,
            rule: Color(hex: "#D5DAE0")!,
            series: [Color(hex: "#C9441E")!, Color(hex: "#1F7A70")!, Color(hex: "#1B3A6B")!, Color(hex: "#9B59B6")!]
        ),
        type: TypeScale(eyebrow: 9.5, title: 32, subtitle: 14, sectionTitle: 15, calloutTitle: 12.5,
                        body: 10.5, donutValue: 19, bigNumber: 30, footer: 7.5),
        spacing: Spacing(margin: 48, section: 24, title: 9, item: 5, columnGap: 24,
                         calloutPadding: 17, cornerRadius: 8, leading: 1.5)
    )

    /// The same theme with type and spacing multiplied by `factor`; `ReportLayout.naturalScale`
    /// chooses it from the paper (the fourth root of the area relative to A4).
    public func scaled(by factor: Double) -> Theme {
        var t = self
        let k = factor
        t.type = TypeScale(eyebrow: type.eyebrow * k, title: type.title * k, subtitle: type.subtitle * k,
                           sectionTitle: type.sectionTitle * k, calloutTitle: type.calloutTitle * k,
                           body: type.body * k, donutValue: type.donutValue * k, bigNumber: type.bigNumber * k,
                           footer: type.footer * k)
        t.spacing = Spacing(margin: spacing.margin * k, section: spacing.section * k, title: spacing.title * k,
                            item: spacing.item * k, columnGap: spacing.columnGap * k,
                            calloutPadding: spacing.calloutPadding * k, cornerRadius: spacing.cornerRadius * k,
                            leading: spacing.leading)
        t.logo?.width = (logo?.width ?? 0) * k
        return t
    }

    /// A font of `role`'s families. Pango reads the comma-separated list as fallbacks in order.
    func font(_ size: Double, _ weight: FontSpec.Weight = .regular, italic: Bool = false, role: FontRole = .body) -> FontSpec {
        FontSpec(family: fonts[role].joined(separator: ","), size: size, weight: weight, italic: italic)
    }

    func seriesColor(_ index: Int) -> Color { palette.series[index % palette.series.count] }
}
