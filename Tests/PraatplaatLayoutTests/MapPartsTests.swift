import Foundation
@testable import PraatplaatLayout
import PraatplaatModel
import PraatplaatScene
import PropertyBased
import Testing

/// The parts maps are made of: classes of values, and shapes simplified for the paper.
struct MapPartsTests {
    let reach: [Double] = [4, 7, 9, 12, 13, 15, 18, 21, 27, 33]

    @Test func quantilesPutAsManyRegionsInEachClass() {
        let classes = MapClasses.make(reach, method: .quantiles(5))
        #expect(classes.count == 5)
        let counts = (0..<5).map { c in reach.filter { classes.index(of: $0) == c }.count }
        #expect(counts.allSatisfy { $0 == 2 }, "\(classes.limits) \(counts)")
        #expect(classes.limits == [4, 7, 12, 15, 21, 33])
    }

    @Test func equalAndRoundedSteps() {
        #expect(MapClasses.make(reach, method: .equal(4)).limits == [4, 11.25, 18.5, 25.75, 33])
        // Round limits around the values: 0, 10, 20, 30, 40 (steps of 10 for about 4 classes).
        #expect(MapClasses.make(reach, method: .rounded(4)).limits == [0, 10, 20, 30, 40])
        #expect(MapClasses.make([0.12, 0.31, 0.45], method: .rounded(3)).limits == [0, 0.2, 0.4, 0.6])
        #expect(MapClasses.make([1_250, 48_700], method: .rounded(5)).limits == [0, 10_000, 20_000, 30_000, 40_000, 50_000])
        #expect(MapClasses.niceStep(7.25) == 10 && MapClasses.niceStep(2.1) == 2.5 && MapClasses.niceStep(0.04) == 0.05 && MapClasses.niceStep(3000) == 5000)
    }

    @Test func breaksByHandAndTheEdges() {
        let classes = MapClasses.make(reach, method: .breaks([10, 20, 50]))
        // 50 lies beyond the highest value: left out.
        #expect(classes.limits == [4, 10, 20, 33])
        // Up to and including a limit: 10 is in the first class, 10.01 in the second.
        #expect(classes.index(of: 4) == 0 && classes.index(of: 10) == 0 && classes.index(of: 10.01) == 1 && classes.index(of: 33) == 2)
        #expect(MapClasses.make([5, 5, 5], method: .quantiles(4)).count == 1)
        #expect(MapClasses.make([], method: .equal(3)).count == 0)
        #expect(MapClasses.make([], method: .equal(3)).index(of: 1) == nil)
        // Many equal values: no empty classes.
        let tied: [Double] = [1, 1, 1, 1, 1, 1, 2, 9]
        let ties = MapClasses.make(tied, method: .quantiles(4))
        #expect(Set(ties.limits).count == ties.limits.count)
        #expect((0..<ties.count).allSatisfy { c in tied.contains { ties.index(of: $0) == c } }, "\(ties.limits)")
    }

    @Test func everyValueFallsInAClass() async {
        await propertyCheck(input: Gen.double(in: -1000...1000).array(of: 1...40), Gen.int(in: 1...9)) { values, n in
            for method in [ClassMethod.quantiles(n), .equal(n), .rounded(n)] {
                let classes = MapClasses.make(values, method: method)
                for v in values {
                    let i = classes.index(of: v)
                    #expect(i != nil)
                    if let i { #expect((classes.limits[i] < v || i == 0) && v <= classes.limits[i + 1]) }
                }
            }
        }
    }

    @Test func simplifyingKeepsSharedBordersShared() throws {
        // Two neighbours sharing a wiggly border of 200 points, far finer than the grid.
        let border = (0...200).map { i in Point(x: 100 + 0.05 * sin(Double(i)), y: Double(i) * 0.5) }
        let left = [Point(x: 0, y: 0)] + border + [Point(x: 0, y: 100), Point(x: 0, y: 0)]
        let right = [Point(x: 200, y: 0), Point(x: 200, y: 100)] + border.reversed() + [Point(x: 200, y: 0)]
        let a = try #require(MapSimplify.ring(left)), b = try #require(MapSimplify.ring(right))
        #expect(a.count < 20 && b.count < 20, "\(a.count) \(b.count)")
        #expect(a.first == a.last && b.first == b.last)
        // The border's points in one are the border's points in the other.
        let onBorderA = Set(a.filter { $0.x > 50 && $0.x < 150 }), onBorderB = Set(b.filter { $0.x > 50 && $0.x < 150 })
        #expect(onBorderA == onBorderB)
        // Too small to see: gone.
        #expect(MapSimplify.ring([Point(x: 1, y: 1), Point(x: 1.1, y: 1), Point(x: 1.1, y: 1.1), Point(x: 1, y: 1)]) == nil)
    }

    /// The border two regions share is drawn once: the network of lines has each edge once,
    /// with the shared one inside a run that goes on round the second region.
    @Test func bordersAreDrawnOnce() throws {
        func square(_ x: Double) -> [Point] { [Point(x: x, y: 0), Point(x: x + 10, y: 0), Point(x: x + 10, y: 10), Point(x: x, y: 10), Point(x: x, y: 0)] }
        guard case .path(let elements) = MapPaths.borders([[[square(0)]], [[square(10)]]]) else { Issue.record("not a path"); return }
        var edges: [[Double]] = [], at: Point?, start: Point?
        func edge(_ a: Point, _ b: Point) -> [Double] { (a.x, a.y) < (b.x, b.y) ? [a.x, a.y, b.x, b.y] : [b.x, b.y, a.x, a.y] }
        for e in elements {
            switch e {
            case .move(let p): at = p; start = p
            case .line(let p): edges.append(edge(at!, p)); at = p
            case .close: edges.append(edge(at!, start!))
            case .curve: Issue.record("no curves on a map")
            }
        }
        // Four sides of the first square, three more of the second: seven, none twice.
        #expect(edges.count == 7 && Set(edges).count == 7, "\(elements)")
        // The first square is one closed ring; the second one run of three sides.
        #expect(elements.filter { if case .move = $0 { true } else { false } }.count == 2)
    }
}

/// Where a region's name goes.
struct MapLabelPointTests {
    func square(_ x: Double, _ y: Double, _ side: Double) -> [Point] {
        [Point(x: x, y: y), Point(x: x + side, y: y), Point(x: x + side, y: y + side), Point(x: x, y: y + side), Point(x: x, y: y)]
    }

    @Test func aSquaresLabelGoesInItsMiddle() throws {
        let found = try #require(MapLabelPoint.find(in: [square(0, 0, 100)]))
        #expect(abs(found.point.x - 50) < 1 && abs(found.point.y - 50) < 1)
        #expect(abs(found.distance - 50) < 1)
    }

    @Test func aLakeInTheMiddlePushesTheLabelAside() throws {
        // A 100 × 100 wijk with a 60 × 60 lake in its middle: the centre is in the water.
        let found = try #require(MapLabelPoint.find(in: [square(0, 0, 100), Array(square(20, 20, 60).reversed())]))
        #expect(MapLabelPoint.signedDistance(found.point, [square(0, 0, 100), square(20, 20, 60)]) > 0)
        // In a corner of the 20-wide band: as far from the outer edges as from the lake's corner,
        // x = √2 (20 − x), so about 11.7 from both.
        #expect(abs(found.distance - 20 * 2.squareRoot() / (1 + 2.squareRoot())) < 0.6, "\(found)")
    }

    @Test func aCrescentsLabelStaysInside() throws {
        // An L-shaped region: its bounding box's centre lies outside it.
        let l = [Point(x: 0, y: 0), Point(x: 100, y: 0), Point(x: 100, y: 20), Point(x: 20, y: 20), Point(x: 20, y: 100), Point(x: 0, y: 100), Point(x: 0, y: 0)]
        let found = try #require(MapLabelPoint.find(in: [l]))
        #expect(MapLabelPoint.signedDistance(Point(x: 50, y: 50), [l]) < 0)
        #expect(found.distance > 9, "\(found)")
        #expect(MapLabelPoint.signedDistance(found.point, [l]) > 9)
    }

    @Test func theHeapGivesTheLargestFirst() {
        var heap = Heap<Int> { $0 > $1 }
        for n in [5, 1, 9, 3, 7, 9, 0] { heap.push(n) }
        var out: [Int] = []
        while let n = heap.pop() { out.append(n) }
        #expect(out == [9, 9, 7, 5, 3, 1, 0])
    }
}

/// A map in its box on the page.
struct MapFrameTests {
    // Two wijken side by side, 2 km by 1 km, north up (y down), as the reader gives them.
    let shapes = GeoShapes(regions: [
        GeoRegion(properties: ["statnaam": "West"], polygons: [[[GeoPoint(x: 0, y: -1000), GeoPoint(x: 1000, y: -1000), GeoPoint(x: 1000, y: 0), GeoPoint(x: 0, y: 0), GeoPoint(x: 0, y: -1000)]]]),
        GeoRegion(properties: ["statnaam": "Oost"], polygons: [[[GeoPoint(x: 1000, y: -1000), GeoPoint(x: 2000, y: -1000), GeoPoint(x: 2000, y: 0), GeoPoint(x: 1000, y: 0), GeoPoint(x: 1000, y: -1000)],
                                                               [GeoPoint(x: 1500, y: -500), GeoPoint(x: 1500.1, y: -500), GeoPoint(x: 1500.1, y: -499.9), GeoPoint(x: 1500, y: -500)]]]),
    ], system: .rdNew)

    @Test func fitsCentredKeepingProportions() {
        let frame = MapFrame(shapes, in: Rect(x: 10, y: 20, width: 400, height: 400))
        #expect(frame.scale == 0.2)
        // 400 × 200 points, centred in the 400 × 400 box: 100 above and below.
        #expect(frame.place(GeoPoint(x: 0, y: -1000)) == Point(x: 10, y: 120))
        #expect(frame.place(GeoPoint(x: 2000, y: 0)) == Point(x: 410, y: 320))
        #expect(MapFrame.height(of: shapes, width: 300) == 150)
    }

    @Test func regionsAreSimplifiedAndKeepTheirBorder() {
        let placed = MapFrame(shapes, in: Rect(x: 0, y: 0, width: 400, height: 400)).regions(shapes)
        #expect(placed.count == 2)
        // The lake of 0.1 m is far under 0.2 mm at this size: gone; the outer ring stays.
        #expect(placed[1][0].count == 1)
        let west = Set(placed[0][0][0]), east = Set(placed[1][0][0])
        #expect(west.intersection(east).count == 2)
    }
}
