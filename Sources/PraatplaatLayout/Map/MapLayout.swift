import Foundation
import PraatplaatModel
import PraatplaatScene

/// A map section: the regions in the colours of their classes (or quiet, under circles sized by
/// value), regions without data hatched, the highlighted region drawn out, names where they
/// fit, and a legend beside the map on a wide column or under it on a narrow one.
enum MapLayout {
    /// More regions than this are not named on the map (only the highlighted one): their names
    /// would bury the colours. The site's table names them all.
    static let namedRegions = 40
    /// Regions too small for their name get a leader line when there are this few of them;
    /// more are listed under the map.
    static let leaderLabels = 6

    static func blocks(_ s: MapSection, _ ctx: LayoutContext) -> [Block] {
        let t = ctx.theme
        var b = ctx.builder
        var y = ctx.titleHeight(s.title, into: &b)
        let data = MapData(s, theme: t)
        let legend = MapLegend(s, ctx, data: data)
        let framed = framing(s)
        let gap = t.spacing.columnGap * 0.6
        // The legend goes beside the map where it fits in two fifths of the width, so a wide
        // column's map does not leave its sides empty; in a narrow column it goes under the map.
        let beside = legend.naturalWidth <= ctx.width * 0.4 && ctx.width - legend.naturalWidth - gap >= t.type.body * 24
        let legendWidth = beside ? min(legend.naturalWidth, ctx.width * 0.38) : ctx.width
        let mapWidth = beside ? ctx.width - legendWidth - gap : ctx.width
        let natural = MapFrame.height(of: framed, width: mapWidth)
        // On paper the map and a legend under it take up to some 45% of the page's height, so
        // a map grows with the paper; under `fit` some 18 lines of body text, so it shrinks
        // with the type (a factsheet's map taking half the page leaves no room for the rest).
        // On the web 0.9 of its width.
        let paper = ctx.pageHeight > 0 && ctx.pageHeight.isFinite
        var under = 0.0
        if paper, !beside {
            var scratch = ctx.builder
            under = legend.draw(at: Point(x: 0, y: 0), width: legendWidth, vertical: false, maxRadius: t.type.body, into: &scratch) + t.type.body * 0.8
        }
        let limit = min(paper ? (ctx.onePage ? t.type.body * 18 : ctx.pageHeight * 0.45 - under) : .infinity, mapWidth * 0.9)
        let mapHeight = min(natural, max(limit, t.type.body * 10))
        // Inset by the heaviest line's half width, so no border reaches past the column.
        let box = Rect(x: 0, y: y, width: mapWidth, height: mapHeight).insetBy(dx: 1, dy: 1)

        var drawing = MapDrawing(s, ctx, box: box, data: data)
        let drawnFrom = b.items.count
        drawing.draw(into: &b)
        // Beside the map as drawn: a map narrower than its box (a wide column, a map taller
        // than wide) does not leave a gap between itself and its legend.
        let drawnRight = b.items[drawnFrom...].compactMap(\.bounds).map(\.maxX).max() ?? mapWidth
        let legendX = beside ? min(mapWidth, drawnRight) + gap : 0
        let legendTop = beside ? y : y + mapHeight + t.type.body * 0.8
        // All the width left beside the map: a long name in the legend need not wrap.
        let legendHeight = legend.draw(at: Point(x: legendX, y: legendTop), width: beside ? max(legendWidth, ctx.width - legendX) : legendWidth, vertical: beside,
                                       maxRadius: MapCircles.maxRadius(count: data.numbers.count, box: box, theme: t), into: &b)
        y = beside ? y + max(mapHeight, legendHeight) : legendTop + legendHeight
        if !drawing.allUnnamed.isEmpty {
            y += t.type.body * 0.4
            let shown = drawing.allUnnamed.prefix(20).map(InlineText.plain).joined(separator: ", ") + (drawing.allUnnamed.count > 20 ? ", …" : "")
            y += ctx.note("\(ctx.language.phrases.notNamed): \(shown).", at: y, into: &b)
        }
        if let note = s.note {
            y += t.type.body * 0.5
            y += ctx.note(note, at: y, into: &b)
        }
        b.height = y
        return [b.block(gapBefore: t.spacing.section, startsSection: true)]
    }

    /// Everything the frame must hold: the regions, the surrounding area and the places.
    static func framing(_ s: MapSection) -> GeoShapes {
        GeoShapes(regions: s.regions.regions + (s.outlineShapes?.regions ?? []),
                  places: s.show == .circles ? (s.pointShapes?.places ?? []) : [], system: s.regions.system)
    }
}

/// What a map's values come to, found once for the drawing, the legend and the circles: a
/// region's value, the classes and their colours.
struct MapData {
    let cells: [DataCell?]
    let numbers: [Double]
    let classes: MapClasses
    let colours: [Color]

    init(_ s: MapSection, theme: Theme) {
        cells = s.regionCells
        numbers = cells.compactMap { $0?.number }
        classes = s.classLimits(numbers: numbers)
        colours = MapColours.classes(s, classes: classes, theme: theme)
    }
}

/// The map itself, placed in its box: regions, hatching, outline, highlight, circles and names.
struct MapDrawing {
    let section: MapSection
    let ctx: LayoutContext
    let frame: MapFrame
    /// Every region's polygons on the page.
    let polygons: [[[[Point]]]]
    let data: MapData
    var cells: [DataCell?] { data.cells }
    /// Names that found no place on the map.
    private(set) var unnamed: [String] = []
    var allUnnamed: [String] { unnamed + unnamedPlaces }
    private var labels: [SceneItem] = []
    /// Places whose circle had no room for its name (found while drawing).
    private var unnamedPlaces: [String] = []
    private var box: Rect

    init(_ s: MapSection, _ ctx: LayoutContext, box: Rect, data: MapData) {
        section = s
        self.ctx = ctx
        self.box = box
        self.data = data
        var frame = MapFrame(MapLayout.framing(s), in: box)
        var polygons = frame.regions(s.regions)
        var placed = MapNames(s, ctx, polygons: polygons, box: box)
        // A few names that do not fit get leader lines to a column beside the map: make room,
        // up to a quarter of the width (a long name took two fifths of a full-width map).
        let gutter = placed.leaderWidth + ctx.theme.type.body
        if !placed.leaders.isEmpty, gutter > box.width * 0.25 { placed.listLeaders() }
        if !placed.leaders.isEmpty {
            let narrower = Rect(x: box.minX, y: box.minY, width: box.width - gutter, height: box.height)
            frame = MapFrame(MapLayout.framing(s), in: narrower)
            polygons = frame.regions(s.regions)
            placed = MapNames(s, ctx, polygons: polygons, box: narrower)
            placed.placeLeaders(column: min(box.maxX - placed.leaderWidth, frame.right + ctx.theme.type.body * 0.6), box: box)
        }
        self.frame = frame
        self.polygons = polygons
        labels = placed.items
        unnamed = placed.unnamed
    }

    mutating func draw(into b: inout BlockBuilder) {
        let t = ctx.theme
        let palette = t.palette
        if let outline = section.outlineShapes {
            // The page's colour: a lake or a park left out of the regions must not look like a
            // pale class; the line around it says where the area ends.
            for region in frame.regions(outline) where !region.isEmpty {
                b.add(.fill(MapPaths.path(region), palette.background))
            }
        }
        // The regions of one class are one path and their borders one network of lines: a few
        // drawing operations for a map of hundreds of regions instead of two for each, and a
        // shared border drawn once. A raster may draw them coarsely (RasterEdges.fast): every
        // edge of every fill lies under a border of the group, so keep it that way.
        let colours = data.colours
        var byClass = Array(repeating: [[[[Point]]]](), count: colours.count)
        var noData: [[[[Point]]]] = [], quiet: [[[[Point]]]] = []
        for (i, region) in polygons.enumerated() where !region.isEmpty {
            // Under circles a region is quiet; one without a value is hatched as on a coloured map.
            if section.show == .circles, section.pointShapes != nil || cells[i]?.number != nil {
                quiet.append(region)
            } else if section.show == .colours, let number = cells[i]?.number, let k = data.classes.index(of: number) {
                byClass[min(k, colours.count - 1)].append(region)
            } else {
                noData.append(region)
            }
        }
        var areas: [SceneItem] = []
        if !quiet.isEmpty {
            areas.append(.fill(MapPaths.path(regions: quiet), palette.track))
            areas.append(.stroke(MapPaths.borders(quiet), Stroke(color: palette.background, width: 0.6, lineCap: .round, lineJoin: .round)))
        }
        for (k, members) in byClass.enumerated() where !members.isEmpty {
            areas.append(.fill(MapPaths.path(regions: members), colours[k]))
        }
        if !noData.isEmpty {
            areas.append(.fill(MapPaths.path(regions: noData), palette.background))
            let lines = noData.flatMap { MapPaths.hatch($0, spacing: t.type.footer * 0.45) }.flatMap { [PathElement.move($0.0), .line($0.1)] }
            if !lines.isEmpty { areas.append(.stroke(.path(lines), Stroke(color: palette.muted, width: 0.4))) }
        }
        let coloured = byClass.flatMap { $0 } + noData
        if !coloured.isEmpty {
            areas.append(.stroke(MapPaths.borders(coloured), Stroke(color: palette.muted, width: 0.35, lineCap: .round, lineJoin: .round)))
        }
        if !areas.isEmpty { b.add(.group(areas, clip: nil, edges: .fast)) }
        if let outline = section.outlineShapes {
            for region in frame.regions(outline) where !region.isEmpty {
                b.add(.stroke(MapPaths.path(region), Stroke(color: palette.muted, width: 0.9, lineJoin: .round)))
            }
        }
        if section.show == .circles { drawCircles(into: &b) }
        for (i, region) in section.regions.regions.enumerated() where section.isHighlighted(region) && !polygons[i].isEmpty {
            b.add(.stroke(MapPaths.path(polygons[i]), Stroke(color: palette.text, width: 1.8, lineJoin: .round)))
        }
        for item in labels { b.add(item) }
    }

    /// The circles, largest first so the small ones stay on top.
    private mutating func drawCircles(into b: inout BlockBuilder) {
        let circles = MapCircles.placed(section, data: data, polygons: polygons, frame: frame, box: box, theme: ctx.theme)
        let palette = ctx.theme.palette
        for c in circles.sorted(by: { $0.radius > $1.radius }) {
            b.add(.fill(.circle(center: c.center, radius: c.radius), palette.accent))
            b.add(.stroke(.circle(center: c.center, radius: c.radius), Stroke(color: palette.background, width: 0.6)))
        }
        guard section.labels == .auto else { return }
        // Each place's name beside its circle, right or else left, clear of the other names
        // and inside the map's box; a name with no room is listed under the map.
        let t = ctx.theme
        let size = t.type.footer * 1.05
        let height = ctx.lineHeight(size, leading: 1.25)
        let pad = t.type.footer * 0.25
        var taken: [Rect] = []
        for c in circles.sorted(by: { $0.center.y < $1.center.y }) {
            guard let name = c.name.map(InlineText.plain), !name.isEmpty else { continue }
            let spans = [TextSpan(text: name, font: t.font(size), color: t.palette.text)]
            let width = ctx.measurer.width(of: spans) + 2 * pad
            let right = Rect(x: c.center.x + c.radius + 1, y: c.center.y - height / 2, width: width, height: height)
            let left = Rect(x: c.center.x - c.radius - 1 - width, y: c.center.y - height / 2, width: width, height: height)
            guard let rect = [right, left].first(where: { r in box.contains(r) && !taken.contains { $0.intersects(r) } }) else {
                unnamedPlaces.append(name)
                continue
            }
            taken.append(rect)
            b.add(.fill(.rect(rect, cornerRadius: pad), t.palette.background))
            b.text(spans, x: rect.minX + pad, y: rect.minY, width: width, lineHeight: height, hyphenate: false)
        }
    }
}

extension MapFrame {
    /// The right edge of the drawn map.
    var right: Double { offset.x + size.width }
}
