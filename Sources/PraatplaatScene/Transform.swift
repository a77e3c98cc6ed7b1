// Moving items, so layout can build a block at the origin and place it afterwards.
extension Point {
    public func offset(dx: Double, dy: Double) -> Point { Point(x: x + dx, y: y + dy) }
}

extension Rect {
    public func offset(dx: Double, dy: Double) -> Rect { Rect(x: x + dx, y: y + dy, width: width, height: height) }
}

extension Shape {
    public func offset(dx: Double, dy: Double) -> Shape {
        switch self {
        case .rect(let r, let radius): return .rect(r.offset(dx: dx, dy: dy), cornerRadius: radius)
        case .circle(let c, let radius): return .circle(center: c.offset(dx: dx, dy: dy), radius: radius)
        case .arc(let c, let radius, let a0, let a1):
            return .arc(center: c.offset(dx: dx, dy: dy), radius: radius, startAngle: a0, endAngle: a1)
        case .line(let a, let b): return .line(from: a.offset(dx: dx, dy: dy), to: b.offset(dx: dx, dy: dy))
        case .path(let elements):
            return .path(elements.map { element in
                switch element {
                case .move(let p): return .move(p.offset(dx: dx, dy: dy))
                case .line(let p): return .line(p.offset(dx: dx, dy: dy))
                case .curve(let a, let b, let c):
                    return .curve(a.offset(dx: dx, dy: dy), b.offset(dx: dx, dy: dy), c.offset(dx: dx, dy: dy))
                case .close: return .close
                }
            })
        }
    }
}

extension SceneItem {
    public func offset(dx: Double, dy: Double) -> SceneItem {
        switch self {
        case .fill(let shape, let color): return .fill(shape.offset(dx: dx, dy: dy), color)
        case .stroke(let shape, let stroke): return .stroke(shape.offset(dx: dx, dy: dy), stroke)
        case .text(var line):
            line.origin = line.origin.offset(dx: dx, dy: dy)
            return .text(line)
        case .image(var image):
            image.rect = image.rect.offset(dx: dx, dy: dy)
            return .image(image)
        case .link(let r, let url): return .link(r.offset(dx: dx, dy: dy), url: url)
        case .group(let items, let clip, let edges):
            return .group(items.map { $0.offset(dx: dx, dy: dy) }, clip: clip?.offset(dx: dx, dy: dy), edges: edges)
        case .tagged(let tag, let items):
            return .tagged(tag, items.map { $0.offset(dx: dx, dy: dy) })
        }
    }

    /// The drawing commands themselves, out of their groups and tags, in painting order.
    public var leaves: [SceneItem] {
        switch self {
        case .group(let items, _, _), .tagged(_, let items): return items.flatMap(\.leaves)
        default: return [self]
        }
    }

    /// Every text line in the item, groups included.
    public var textLines: [TextLine] {
        switch self {
        case .text(let line): return [line]
        case .group(let items, _, _), .tagged(_, let items): return items.flatMap(\.textLines)
        default: return []
        }
    }
}
