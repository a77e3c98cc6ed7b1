import Foundation
import PraatplaatModel
import PraatplaatScene

/// Chart colours that readers with a red-green colour vision deficiency may not tell apart.
/// Each pair of colours one chart uses is simulated for protanopia and deuteranopia (Machado,
/// Oliveira and Fernandes 2009, full severity) and compared in CIELAB; a difference under
/// `threshold` is a warning.
enum ColourVisionCheck {
    /// CIE76 colour difference below which two chart colours read as one.
    static let threshold = 12.0

    enum Deficiency: String, CaseIterable {
        case protanopia, deuteranopia

        /// Applied to linear RGB.
        var matrix: [[Double]] {
            switch self {
            case .protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]]
            case .deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]]
            }
        }
    }

    static func linear(_ c: Color) -> [Double] {
        [c.red, c.green, c.blue].map { $0 <= 0.04045 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
    }

    static func simulate(_ rgb: [Double], _ deficiency: Deficiency) -> [Double] {
        deficiency.matrix.map { row in min(1, max(0, zip(row, rgb).map(*).reduce(0, +))) }
    }

    /// CIELAB (D65) of a linear RGB triple.
    static func lab(_ rgb: [Double]) -> [Double] {
        let x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047
        let y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]
        let z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883
        func f(_ t: Double) -> Double { t > 0.008856 ? cbrt(t) : 7.787 * t + 16.0 / 116 }
        return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))]
    }

    static func difference(_ a: Color, _ b: Color, as deficiency: Deficiency) -> Double {
        let (la, lb) = (lab(simulate(linear(a), deficiency)), lab(simulate(linear(b), deficiency)))
        return sqrt(zip(la, lb).map { ($0 - $1) * ($0 - $1) }.reduce(0, +))
    }

    /// The colours a section's chart sets side by side, as its layout picks them.
    static func colours(of content: SectionContent, theme: Theme) -> [Color] {
        func series(_ count: Int) -> [Color] { (0..<min(count, theme.palette.series.count)).map(theme.seriesColor) }
        switch content {
        case .keyFigures(let s): return series(s.figures.count)
        case .barChart(let s): return s.highlight == nil ? series(s.bars.count) : [theme.palette.accent, theme.palette.primary]
        case .unitChart(let s): return s.items.contains(where: \.highlight) ? [theme.palette.accent, theme.palette.primary] : series(s.items.count)
        case .comparison(let s): return series(s.items.count)
        // Neighbouring classes must stay apart; circles are one colour.
        case .map(let s): return s.show == .colours ? MapColours.classes(s, theme: theme) : []
        // References are one quiet grey against the report's own colours; two references are told
        // apart by their names at the line ends, not by their shades of it.
        case .lineChart(let s): return SeriesStyle.distinctColours(s.data, theme: theme)
        case .columnChart(let s): return s.stacked ? series(s.data.series.count) : SeriesStyle.distinctColours(s.data, theme: theme)
        case .stackedBar(let s): return series(s.data.series.count)
        case .recommendations(let s): return series(s.groups.count)
        // One colour each, or none that stand for different things.
        case .definition, .list, .partners, .quote, .text, .image, .sources, .table: return []
        }
    }

    static func warnings(_ report: Report, theme: Theme) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for (index, section) in report.sections.enumerated() {
            let colours = colours(of: section.content, theme: theme)
            let isMap = section.kind == .map
            pairs: for i in colours.indices {
                for j in colours.indices where j > i && colours[i] != colours[j] {
                    for deficiency in Deficiency.allCases {
                        let difference = difference(colours[i], colours[j], as: deficiency)
                        guard difference < threshold else { continue }
                        found.append(.warning(
                            "the \(isMap ? "map's class" : "chart") colours \(colours[i]) and \(colours[j]) look alike with \(deficiency.rawValue) (colour difference \(String(format: "%.1f", difference))), so some readers cannot tell them apart",
                            at: section.location, path: "sections[\(index)]",
                            hint: isMap ? "use fewer classes ('count'), or choose a primary and accent colour in the theme that differ more" : "choose theme colours that differ in lightness too, or show fewer series in one chart"))
                        break pairs
                    }
                }
            }
        }
        return found
    }
}
