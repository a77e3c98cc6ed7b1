import PraatplaatScene

/// A laid-out piece of a page, built at the origin and placed by the page flow. Page breaks fall
/// only between blocks.
struct Block {
    var height: Double
    var items: [SceneItem]
    /// Space above it when it does not start a page.
    var gapBefore: Double
    /// True for the first block of a section: the rhythm may stretch the gap above it.
    var startsSection: Bool
    /// The sections it shows and where, relative to the block (none for the page header).
    var frames: [Frame] = []
    /// Drawn above the block when a page break puts it at the top of a new page: a table's
    /// header row, repeated so the columns keep their names.
    var repeatedHead: Head?
    /// For a block set in columns: the part that fits in a height, and the rest, each balanced
    /// over the columns again, so text in columns still breaks across pages; nil when even the
    /// smallest part does not fit.
    var split: ((Double) -> (head: Block, tail: Block)?)? = nil

    struct Head {
        var items: [SceneItem]
        var height: Double
    }

    /// The block with `repeatedHead` drawn above its items.
    func withHead() -> Block {
        guard let head = repeatedHead else { return self }
        var b = self
        b.items = head.items + items.map { $0.offset(dx: 0, dy: head.height) }
        b.height = height + head.height
        b.frames = frames.map { Frame(section: $0.section, rect: Rect(x: $0.rect.minX, y: $0.rect.minY, width: $0.rect.width, height: $0.rect.height + head.height)) }
        b.repeatedHead = nil
        return b
    }

    struct Frame {
        var section: Int
        var rect: Rect
        /// Height added to a box so it ends with its row's tallest neighbour.
        var stretched = 0.0
    }
}

/// Places text lines and accumulates a block's items, keeping track of the height used.
struct BlockBuilder {
    let measurer: any TextMeasurer
    var hyphenator: (any Hyphenator)? = nil
    var items: [SceneItem] = []
    var height: Double = 0

    init(measurer: any TextMeasurer, hyphenator: (any Hyphenator)? = nil) {
        self.measurer = measurer
        self.hyphenator = hyphenator
    }

    /// Wraps `spans` to `width` and sets the lines from `y` down with `lineHeight` spacing.
    /// Returns the height used. `align` centers lines in the width when `.center`.
    @discardableResult
    mutating func text(_ spans: [TextSpan], x: Double, y: Double, width: Double, lineHeight: Double,
                       align: Alignment = .left, hyphenate: Bool = true, balanced: Bool = false) -> Double {
        let lines = TextWrapper(measurer: measurer, hyphenator: hyphenator).wrap(spans, width: width, hyphenate: hyphenate, balanced: balanced)
        for (i, line) in lines.enumerated() {
            let placed = place(line, x: x, top: y + Double(i) * lineHeight, width: width, lineHeight: lineHeight, align: align)
            items.append(.text(placed))
            items += links(in: placed)
        }
        let used = Double(lines.count) * lineHeight
        height = max(height, y + used)
        return used
    }

    /// A line's baseline sits where the font's ink is centred in its line box.
    func place(_ line: TextWrapper.Line, x: Double, top: Double, width: Double, lineHeight: Double, align: Alignment) -> TextLine {
        let fonts = line.spans.map(\.font)
        let metrics = fonts.map(measurer.metrics(of:))
        let ascent = metrics.map(\.ascent).max() ?? 0
        let descent = metrics.map(\.descent).max() ?? 0
        let baseline = top + (lineHeight - (ascent + descent)) / 2 + ascent
        let dx: Double = switch align {
        case .left: 0
        case .center: (width - line.width) / 2
        case .right: width - line.width
        }
        return TextLine(origin: Point(x: x + dx, y: baseline), spans: line.spans, width: line.width, ascent: ascent, descent: descent,
                        setting: LineSetting(measure: width, hyphenated: line.hyphenated, endsText: line.endsText))
    }

    /// A link area over each run of spans that links somewhere.
    func links(in line: TextLine) -> [SceneItem] {
        var out: [SceneItem] = []
        var x = line.origin.x
        for span in line.spans {
            let width = measurer.width(of: [span])
            if let url = span.link {
                let rect = Rect(x: x, y: line.origin.y - line.ascent, width: width, height: line.ascent + line.descent)
                if case .link(let last, let lastURL) = out.last, lastURL == url, abs(last.maxX - x) < 0.5 {
                    out[out.count - 1] = .link(last.union(rect), url: url)
                } else {
                    out.append(.link(rect, url: url))
                }
            }
            x += width
        }
        return out
    }

    mutating func add(_ item: SceneItem) {
        items.append(item)
        if let b = item.bounds { height = max(height, b.maxY) }
    }

    /// Runs `body`, then wraps what it added in `tag`; returns what `body` returned.
    mutating func tagged<T>(_ tag: StructureTag, _ body: (inout BlockBuilder) -> T) -> T {
        let start = items.count
        let result = body(&self)
        let added = Array(items[start...])
        if !added.isEmpty {
            items.removeSubrange(start...)
            items.append(.tagged(tag, added))
        }
        return result
    }

    func block(gapBefore: Double, startsSection: Bool) -> Block {
        Block(height: height, items: items, gapBefore: gapBefore, startsSection: startsSection)
    }

    enum Alignment { case left, center, right }
}
