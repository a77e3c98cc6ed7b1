import PraatplaatModel
import PraatplaatScene

/// The colours of a map's classes, from the theme: a sequential scheme runs from a pale tint of
/// the primary colour to the primary colour itself (more is darker); a diverging one runs from
/// the accent colour through a pale middle to the primary, the darkest at both ends.
enum MapColours {
    static func classes(_ section: MapSection, theme: Theme) -> [Color] {
        classes(section, classes: section.classLimits, theme: theme)
    }

    static func classes(_ section: MapSection, classes: MapClasses, theme: Theme) -> [Color] {
        let count = max(classes.count, 1)
        let palette = theme.palette
        switch section.scheme {
        case .sequential:
            return ramp(palette.primary, steps: count, background: palette.background, from: 0.18)
        case .diverging where isGrey(palette.accent) && isGrey(palette.primary):
            // Two greys (a theme for black-and-white printers) cannot tell the sides apart by
            // colour: one ramp from light to dark keeps at least the order, and the legend's
            // limits say where the middle is.
            return ramp(palette.primary.mixed(with: palette.text, amount: 0.5), steps: count, background: palette.background, from: 0.12)
        case .diverging:
            let middle = section.middle ?? 0
            let below = classes.count == 0 ? 0 : (0..<classes.count).filter { classes.limits[$0 + 1] <= middle }.count
            let above = count - below
            // Each side as deep as the longer one, so equal distances from the middle look alike.
            let depth = max(below, above, 1)
            // Below the middle the lowest class is the darkest: the ramp's pale end lies at the middle.
            // The pale ends are stronger than a sequential scheme's: both sides of the middle must
            // stay apart for readers who do not see red.
            let low = ramp(palette.accent, steps: depth, background: palette.background, from: 0.35).prefix(below).reversed()
            let high = ramp(palette.primary, steps: depth, background: palette.background, from: 0.35).prefix(above)
            return Array(low) + Array(high)
        }
    }

    static func isGrey(_ c: Color) -> Bool { max(c.red, c.green, c.blue) - min(c.red, c.green, c.blue) < 0.08 }

    /// `steps` shades from a pale tint of `colour` to `colour`, evenly apart in how much of it
    /// they hold from `from`; one step is the colour itself.
    static func ramp(_ colour: Color, steps: Int, background: Color, from: Double) -> [Color] {
        guard steps > 1 else { return [colour] }
        return (0..<steps).map { i in
            i == steps - 1 ? colour : background.mixed(with: colour, amount: from + (1 - from) * Double(i) / Double(steps - 1))
        }
    }
}
