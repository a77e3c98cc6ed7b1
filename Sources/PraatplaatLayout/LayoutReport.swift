import Foundation
import PraatplaatModel
import PraatplaatScene

/// What the layout did, page by page: how full each page is, its largest empty area, boxes
/// stretched to their row, words hyphenated, texts ending on one short word, and the type scale
/// `fit` chose. `validate --layout-report` prints it, so build scripts can gate on it. Lengths
/// are millimetres, shares run from 0 to 1.
public struct LayoutReport: Sendable, Hashable, Codable {
    public var pages: [Page]
    public var fit: Fit?

    public struct Page: Sendable, Hashable, Codable {
        public var page: Int
        /// How far down the content box the flowing content reaches (footer and folio aside).
        public var filled: Double
        /// The share of the content box's area that sections, header and footer cover.
        public var covered: Double
        public var largestEmpty: Area
        public var stretched: [Stretch]
        /// Each word the layout hyphenated, with its break: "samenwerkings-overeenkomsten".
        public var hyphenations: [String]
        /// The word a paragraph, heading or label ends on when it stands alone on a short line.
        public var shortLastLines: [String]
    }

    /// A rectangle on the page, from its top left corner, and its share of the content box.
    public struct Area: Sendable, Hashable, Codable {
        public var x: Double, y: Double, width: Double, height: Double
        public var share: Double
    }

    public struct Stretch: Sendable, Hashable, Codable {
        /// The section's index in the file (`sections[N]`).
        public var section: Int
        public var kind: String
        /// Height added in millimetres, and as a share of the box's new height.
        public var by: Double
        public var share: Double
    }

    public struct Fit: Sendable, Hashable, Codable {
        public var scale: Double
        public var body: Double
    }

    /// A line narrower than this share of its width, holding one word, is a short last line.
    static let shortLine = 0.3

    public init(_ result: LayoutResult) {
        pages = result.pages.enumerated().map { number, page in Self.page(number + 1, page) }
        fit = result.fit.map { Fit(scale: Self.round($0.share, 2), body: Self.round($0.body, 1)) }
    }

    private static func page(_ number: Int, _ page: LaidOutPage) -> Page {
        let box = page.contentBox
        let area = max(box.width * box.height, 1)
        let empty = largestEmpty(in: box, around: page.areas)
        let lines = textLines(page.scene.items)
        var hyphenations: [String] = []
        var short: [String] = []
        for (i, line) in lines.enumerated() {
            guard let setting = line.setting else { continue }
            if setting.hyphenated {
                let head = line.text.split(separator: " ").last.map(String.init) ?? line.text
                let tail = i + 1 < lines.count ? (lines[i + 1].text.split(separator: " ").first.map(String.init) ?? "") : ""
                hyphenations.append(head + tail)
            }
            if setting.endsText, !line.text.contains(" "), line.width < setting.measure * shortLine { short.append(line.text) }
        }
        let stretched = page.frames.filter { $0.stretched > 0.5 }.map { frame in
            Stretch(section: frame.section, kind: frame.kind.rawValue, by: mm(frame.stretched), share: round(frame.stretched / max(frame.rect.height, 1), 2))
        }
        return Page(page: number,
                    filled: round((page.flowBottom - box.minY) / max(box.height, 1), 2),
                    covered: round(unionArea(page.areas.compactMap { $0.intersection(box) }) / area, 2),
                    largestEmpty: Area(x: mm(empty.minX), y: mm(empty.minY), width: mm(empty.width), height: mm(empty.height),
                                       share: round(empty.width * empty.height / area, 2)),
                    stretched: stretched, hyphenations: hyphenations, shortLastLines: short)
    }

    /// Text lines in reading order, through groups and tags.
    public static func textLines(_ items: [SceneItem]) -> [TextLine] {
        items.flatMap { item -> [TextLine] in
            switch item {
            case .text(let line): [line]
            case .group(let inner, _, _), .tagged(_, let inner): textLines(inner)
            case .fill, .stroke, .image, .link: []
            }
        }
    }

    /// The largest rectangle inside `box` that overlaps none of `areas`: every top and bottom
    /// edge pair the areas give, and the widest free run between them.
    static func largestEmpty(in box: Rect, around areas: [Rect]) -> Rect {
        let rects = areas.compactMap { $0.intersection(box) }.filter { $0.width > 0.01 && $0.height > 0.01 }
        let tops = Set([box.minY] + rects.map(\.maxY)).sorted()
        let bottoms = Set([box.maxY] + rects.map(\.minY)).sorted()
        var best = Rect(x: box.minX, y: box.minY, width: 0, height: 0)
        for top in tops {
            for bottom in bottoms where bottom > top + 0.01 {
                let height = bottom - top
                guard box.width * height > best.width * best.height else { continue }
                let blocked = rects.filter { $0.minY < bottom - 0.01 && $0.maxY > top + 0.01 }.map { ($0.minX, $0.maxX) }.sorted { $0.0 < $1.0 }
                var x = box.minX
                for (start, end) in blocked + [(box.maxX, box.maxX)] {
                    if start - x > 0, (start - x) * height > best.width * best.height {
                        best = Rect(x: x, y: top, width: start - x, height: height)
                    }
                    x = max(x, end)
                }
            }
        }
        return best
    }

    /// The area rectangles cover together, counting overlaps once: strips between their edges.
    static func unionArea(_ rects: [Rect]) -> Double {
        let ys = Set(rects.flatMap { [$0.minY, $0.maxY] }).sorted()
        var total = 0.0
        for (top, bottom) in zip(ys, ys.dropFirst()) {
            let spans = rects.filter { $0.minY <= top && $0.maxY >= bottom }.map { ($0.minX, $0.maxX) }.sorted { $0.0 < $1.0 }
            var covered = 0.0, reach = -Double.infinity
            for (start, end) in spans where end > reach {
                covered += end - max(start, reach)
                reach = end
            }
            total += covered * (bottom - top)
        }
        return total
    }

    private static func mm(_ points: Double) -> Double { round(points / 72 * 25.4, 1) }
    private static func round(_ value: Double, _ places: Int) -> Double { value.rounded(toPlaces: places) }
}
