import Foundation
import PraatplaatModel
import PraatplaatScene

/// WCAG 2.2 contrast between text and what it is drawn on (success criterion 1.4.3): 4.5:1 for
/// body text, 3:1 for large text (18 pt, or 14 pt bold). A text's background is the last opaque
/// box painted under it, or the page.
enum ContrastCheck {
    /// Relative luminance of an sRGB colour (WCAG's definition).
    static func luminance(_ c: Color) -> Double {
        func channel(_ v: Double) -> Double { v <= 0.04045 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4) }
        return 0.2126 * channel(c.red) + 0.7152 * channel(c.green) + 0.0722 * channel(c.blue)
    }

    static func ratio(_ a: Color, _ b: Color) -> Double {
        let (l1, l2) = (luminance(a), luminance(b))
        return (max(l1, l2) + 0.05) / (min(l1, l2) + 0.05)
    }

    static func isLarge(_ font: FontSpec) -> Bool {
        font.size >= 18 || (font.size >= 14 && font.weight.rawValue >= 700)
    }

    /// One warning per section and colour pair that falls short.
    static func warnings(_ pages: [LaidOutPage], report: Report) -> [Diagnostic] {
        var seen: Set<String> = []
        var found: [Diagnostic] = []
        for page in pages {
            var boxes: [(Rect, Color)] = page.scene.fullBleed.map { ($0.rect, $0.color) }
            for item in page.scene.items.flatMap(\.leaves) {
                switch item {
                case .fill(let shape, let color) where color.alpha >= 0.99:
                    // Boxes and discs (a number in a badge) are backgrounds; a text lies on the
                    // last one painted under it.
                    switch shape {
                    case .rect(let rect, _): boxes.append((rect, color))
                    case .circle: boxes.append((shape.bounds, color))
                    default: break
                    }
                case .text(let line):
                    let bounds = line.bounds
                    let background = boxes.last { $0.0.contains(bounds) }?.1 ?? page.scene.background ?? .white
                    let section = page.frames.first { $0.rect.contains(bounds) }?.section
                    for span in line.spans where span.color.alpha >= 0.99 {
                        let needed = isLarge(span.font) ? 3.0 : 4.5
                        let ratio = ratio(span.color, background)
                        guard ratio < needed else { continue }
                        let key = "\(section ?? -1) \(span.color) \(background)"
                        guard seen.insert(key).inserted else { continue }
                        found.append(.warning(
                            "text in \(span.color) on \(background) has a contrast of \(String(format: "%.2f", ratio)):1; "
                                + "\(isLarge(span.font) ? "large" : "body") text needs \(needed == 3 ? "3" : "4.5"):1 (WCAG 2.2)",
                            at: section.flatMap { report.sections[$0].location },
                            path: section.map { "sections[\($0)]" } ?? "",
                            hint: "choose a darker text colour or a lighter background in the theme"))
                    }
                default:
                    continue
                }
            }
        }
        return found
    }
}
