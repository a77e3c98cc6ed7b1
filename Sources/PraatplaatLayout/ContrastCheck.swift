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
                    // The box under the text's middle: a label in a thin segment may reach past
                    // its edges by a descender, and still reads on it.
                    let middle = Rect(x: bounds.minX + bounds.width / 2 - 0.5, y: bounds.minY + bounds.height / 2 - 0.5, width: 1, height: 1)
                    let background = boxes.last { $0.0.contains(middle) }?.1 ?? page.scene.background ?? .white
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

    /// Chart marks (bars, donut arcs, icons, areas) against what they stand on: WCAG 2.2's 3:1 for
    /// graphics needed to understand the content (success criterion 1.4.11). The theme's neutrals
    /// (tracks, rules, box fills) are scaffolding, not marks, and are left out.
    static func markWarnings(_ pages: [LaidOutPage], report: Report, theme: Theme) -> [Diagnostic] {
        let neutrals = [theme.palette.track, theme.palette.rule, theme.palette.callout, theme.palette.background]
        var seen: Set<String> = []
        var found: [Diagnostic] = []
        for page in pages {
            // Boxes outside figures (callouts, bands) are what a chart may stand on.
            var boxes: [(Rect, Color)] = page.scene.fullBleed.map { ($0.rect, $0.color) }
            func visit(_ item: SceneItem, inFigure: Bool) {
                switch item {
                case .tagged(let tag, let items):
                    let figure: Bool
                    if case .figure = tag { figure = true } else { figure = inFigure }
                    items.forEach { visit($0, inFigure: figure) }
                case .group(let items, _, _):
                    // A lighter fill outlined in a colour that stands out is read by its outline.
                    let outlines = items.compactMap { item -> Rect? in
                        if case .stroke(let shape, let stroke) = item, ratio(stroke.color, backdrop(shape.bounds)) >= 3 { shape.bounds } else { nil }
                    }
                    for item in items {
                        if inFigure, case .fill(let shape, _) = item, outlines.contains(where: { $0.insetBy(dx: -1.5, dy: -1.5).contains(shape.bounds) }) { continue }
                        visit(item, inFigure: inFigure)
                    }
                case .fill(.rect(let rect, _), let color) where !inFigure && color.alpha >= 0.99:
                    boxes.append((rect, color))
                case .fill(let shape, let color) where inFigure:
                    check(color, shape.bounds)
                case .stroke(let shape, let stroke) where inFigure:
                    check(stroke.color, shape.bounds)
                case .image(let image) where inFigure:
                    if let tint = image.tint { check(tint, image.rect) }
                default:
                    break
                }
            }
            func backdrop(_ bounds: Rect) -> Color { boxes.last { $0.0.contains(bounds) }?.1 ?? page.scene.background ?? .white }
            func check(_ color: Color, _ bounds: Rect) {
                guard color.alpha >= 0.99, !neutrals.contains(color) else { return }
                let background = backdrop(bounds)
                guard color != background else { return }
                let ratio = ratio(color, background)
                guard ratio < 3 else { return }
                let section = page.frames.first { $0.rect.intersects(bounds) }?.section
                guard seen.insert("\(section ?? -1) \(color) \(background)").inserted else { return }
                found.append(.warning(
                    "chart marks in \(color) on \(background) have a contrast of \(String(format: "%.2f", ratio)):1; marks need 3:1 (WCAG 2.2)",
                    at: section.flatMap { report.sections[$0].location }, path: section.map { "sections[\($0)]" } ?? "",
                    hint: "choose a darker chart colour in the theme's palette"))
            }
            page.scene.items.forEach { visit($0, inFigure: false) }
        }
        return found
    }
}
