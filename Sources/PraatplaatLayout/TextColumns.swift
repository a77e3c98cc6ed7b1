/// Running text wider than a comfortable measure is set in columns, as a newspaper sets it: a
/// line of body text stays under about 75 characters however wide the paper, so a report made
/// for A4 portrait and set on A3 or landscape reads as designed, not stretched.
enum TextColumns {
    /// How many columns text at `size` gets in `width`. Dutch in Inter runs about two
    /// characters to the body size. On A3 and larger, and on landscape paper, a measure over 40
    /// sizes (about 80 characters) gets columns of at most 37 (about 75); on A4 and A5 portrait
    /// the full width at the body size (48 sizes, some 95 characters) stays one column, and only
    /// type made smaller by `fit` goes into columns.
    static func count(width: Double, size: Double, widePaper: Bool = false) -> Int {
        guard size > 0, width > size * (widePaper ? 40 : 48) else { return 1 }
        return min(3, Int((width / (size * 37)).rounded(.up)))
    }

    /// Columns only for text long enough to fill them: at least `minLines` lines each (a third
    /// column holding one word of a definition read as a mistake).
    static let minLines = 2

    /// The most columns, up to `columns`, that `lines(width)` lines fill with `minLines` each.
    static func fitted(_ columns: Int, width: Double, gap: Double, lines: (Double) -> Int) -> Int {
        var count = columns
        while count > 1, lines(Self.width(width, columns: count, gap: gap)) < count * minLines { count -= 1 }
        return count
    }

    /// The width of each of `columns` columns in `width`, `gap` apart.
    static func width(_ width: Double, columns: Int, gap: Double) -> Double {
        (width - Double(columns - 1) * gap) / Double(columns)
    }

    /// Where each of `count` lines goes: its column and its top, filled top to bottom and left to
    /// right so the columns end about level. `space(i)` is the room before line i (a paragraph's
    /// gap), dropped at the top of a column. Returns the places and the height of the tallest column.
    static func balance(_ count: Int, columns: Int, lineHeight: Double, space: (Int) -> Double) -> (places: [(column: Int, y: Double)], height: Double) {
        balance(count, columns: columns, height: { _ in lineHeight }, space: space)
    }

    /// The same for items of their own heights (a numbered advice of two lines beside one of three).
    static func balance(_ count: Int, columns: Int, height: (Int) -> Double, space: (Int) -> Double) -> (places: [(column: Int, y: Double)], height: Double) {
        func fill(_ limit: Double) -> (places: [(column: Int, y: Double)], height: Double, fits: Bool) {
            var places: [(column: Int, y: Double)] = []
            var column = 0, y = 0.0, tallest = 0.0
            for i in 0..<count {
                var before = y > 0 ? space(i) : 0
                if y > 0, y + before + height(i) > limit + 0.01, column < columns - 1 {
                    column += 1
                    y = 0
                    before = 0
                }
                places.append((column, y + before))
                y += before + height(i)
                tallest = max(tallest, y)
            }
            return (places, tallest, tallest <= limit + 0.01)
        }
        let total = (0..<count).reduce(0.0) { $0 + height($1) + ($1 > 0 ? space($1) : 0) }
        guard columns > 1, count > 1 else { let one = fill(total); return (one.places, one.height) }
        // The lowest column height that takes every line: between an even share and the whole.
        var lo = total / Double(columns) - 0.01, hi = total
        var best = fill(hi)
        for _ in 0..<20 where hi - lo > 0.5 {
            let mid = (lo + hi) / 2
            let trial = fill(mid)
            if trial.fits { best = trial; hi = mid } else { lo = mid }
        }
        return (best.places, best.height)
    }

    /// Where to split `range` so the first part is as long as `fits` allows, keeping at least
    /// `least` items in each part; nil when no such first part fits.
    static func splitPoint(_ range: Range<Int>, least: Int, fits: (Int) -> Bool) -> Int? {
        var lo = range.lowerBound + least, hi = range.upperBound - least
        guard lo <= hi, fits(lo) else { return nil }
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if fits(mid) { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }
}
