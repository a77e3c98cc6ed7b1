import PraatplaatModel
import PraatplaatScene

/// A picture with an optional caption. Its frame has the file's proportions or `aspect`, at the
/// column's width or at `height`; the picture fills the frame, cropped at its edges when the
/// proportions differ. Without a height it is never taller than it is wide, and a picture never
/// sets the height of what stands beside it (only boxes grow to their row).
enum ImageLayout {
    static func frame(_ section: ImageSection, natural: Size, width column: Double) -> Size {
        let ratio = section.aspect ?? natural.width / max(natural.height, 1e-9)
        if let mm = section.height {
            let height = Length.mm(mm).points
            let width = min(column, height * ratio)
            return Size(width: width, height: width < height * ratio ? width / ratio : height)
        }
        var width = column, height = column / ratio
        if height > column { height = column; width = height * ratio }
        return Size(width: width, height: height)
    }

    static func blocks(_ section: ImageSection, _ ctx: LayoutContext) -> [Block] {
        let t = ctx.theme
        var b = ctx.builder
        var y = ctx.titleHeight(section.title, into: &b)
        let natural = ctx.assets[section.source]?.size ?? Size(width: 4, height: 3)
        let size = frame(section, natural: natural, width: ctx.width)
        let (width, height) = (size.width, size.height)
        let rect = Rect(x: (ctx.width - width) / 2, y: y, width: width, height: height)
        if let asset = ctx.assets[section.source] {
            let alt = InlineText.plain(section.alt)
            // The picture covers the frame: scaled to its larger share, centred, clipped to it.
            let scale = max(width / max(natural.width, 1e-9), height / max(natural.height, 1e-9))
            let drawn = Rect(x: rect.midX - natural.width * scale / 2, y: rect.midY - natural.height * scale / 2,
                             width: natural.width * scale, height: natural.height * scale)
            let cropped = abs(drawn.width - width) > 0.01 || abs(drawn.height - height) > 0.01
            b.tagged(.figure(alt: alt)) { b in
                let image = SceneItem.image(ImageItem(rect: drawn, path: asset.path, alt: alt))
                b.add(cropped ? .group([image], clip: rect) : image)
            }
        } else {
            // Layout without files (tests): keep the place with a neutral box.
            b.add(.fill(.rect(rect, cornerRadius: 0), t.palette.track))
        }
        y += height
        if let caption = section.caption {
            y += t.type.footer * 0.8
            y += ctx.note(caption, at: y, into: &b)
        }
        b.height = y
        return [b.block(gapBefore: t.spacing.section, startsSection: true)]
    }
}
