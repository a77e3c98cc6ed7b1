import PraatplaatScene

/// Shapes simplified for the paper: every point snapped to a grid as fine as the eye can tell
/// apart at the printed size (about 0.2 mm), then points that fall together or on a straight
/// line dropped. Two regions that share a border share its points, so they snap alike and the
/// border stays shared: no slivers, no gaps.
enum MapSimplify {
    /// The finest detail drawn, in points (0.2 mm).
    static let grid = 0.2 * 72 / 25.4

    /// A closed ring (first point again at the end) snapped to `grid`; nil when it shrinks to
    /// less than a triangle.
    static func ring(_ points: [Point], grid: Double = grid) -> [Point]? {
        var snapped: [Point] = []
        snapped.reserveCapacity(points.count)
        for p in points {
            let q = Point(x: (p.x / grid).rounded() * grid, y: (p.y / grid).rounded() * grid)
            if snapped.last != q { snapped.append(q) }
        }
        if snapped.count > 1, snapped.first == snapped.last { snapped.removeLast() }
        // Drop points on the straight line between their neighbours, until none is left.
        var changed = true
        while changed, snapped.count > 3 {
            changed = false
            var kept: [Point] = []
            for (i, p) in snapped.enumerated() {
                let before = kept.last ?? snapped[(i + snapped.count - 1) % snapped.count]
                let after = snapped[(i + 1) % snapped.count]
                let cross = (p.x - before.x) * (after.y - before.y) - (p.y - before.y) * (after.x - before.x)
                if abs(cross) < 1e-9 * grid * grid { changed = true } else { kept.append(p) }
            }
            snapped = kept
        }
        guard snapped.count >= 3 else { return nil }
        return snapped + [snapped[0]]
    }
}
