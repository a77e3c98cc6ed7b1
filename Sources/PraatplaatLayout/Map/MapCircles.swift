import Foundation
import PraatplaatModel
import PraatplaatScene

/// Circles whose areas are in proportion to the values, at the places of a points file or at
/// the regions' inner points. The largest value gets `maxRadius`, which the legend shares.
enum MapCircles {
    struct Circle {
        var center: Point
        var radius: Double
        var value: Double
        /// The place's name, for circles at the places of a points file.
        var name: String?
    }

    /// The radius of the largest circle: smaller as there are more of them, never so large that
    /// one covers a good part of the map, nor so small that it is a dot.
    static func maxRadius(count: Int, box: Rect, theme: Theme) -> Double {
        let n = Double(max(count, 1))
        let side = min(box.width, box.height)
        return min(theme.type.body * 2.2, side * 0.12, max(side * 0.5 / n.squareRoot(), theme.type.body * 0.6))
    }

    static func largest(_ s: MapSection) -> Double { s.values.compactMap(\.cell.number).map { abs($0) }.max() ?? 0 }

    static func radius(of value: Double, largest: Double, maxRadius: Double) -> Double {
        guard largest > 0, value > 0 else { return 0 }
        return max(0.8, maxRadius * (value / largest).squareRoot())
    }

    static func placed(_ s: MapSection, data: MapData, polygons: [[[[Point]]]], frame: MapFrame, box: Rect, theme: Theme) -> [Circle] {
        let top = largest(s), r = maxRadius(count: data.numbers.count, box: box, theme: theme)
        var out: [Circle] = []
        if let places = s.pointShapes?.places {
            let byKey = Dictionary(s.values.map { (MapKey.normalised($0.region), $0.cell) }, uniquingKeysWith: { a, _ in a })
            for place in places {
                guard let key = place.properties[s.join], let value = byKey[MapKey.normalised(key)]?.number, value > 0 else { continue }
                out.append(Circle(center: frame.place(place.point), radius: radius(of: value, largest: top, maxRadius: r), value: value,
                                  name: place.properties[s.label ?? s.join] ?? key))
            }
            return out
        }
        for (i, cell) in data.cells.enumerated() {
            guard let value = cell?.number, value > 0, !polygons[i].isEmpty else { continue }
            let largestPolygon = polygons[i].max { MapNames.area([$0]) < MapNames.area([$1]) }!
            guard let pole = MapLabelPoint.find(in: largestPolygon, precision: 0.5) else { continue }
            out.append(Circle(center: pole.point, radius: radius(of: value, largest: top, maxRadius: r), value: value))
        }
        return out
    }
}
