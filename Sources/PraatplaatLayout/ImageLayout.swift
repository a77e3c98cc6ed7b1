import PraatplaatModel
import PraatplaatScene

/// A picture at the column's width (never taller than it is wide), with an optional caption.
enum ImageLayout {
    static func blocks(_ section: ImageSection, _ ctx: LayoutContext) -> [Block] {
        let t = ctx.theme
        var b = ctx.builder
        var y = ctx.titleHeight(section.title, into: &b)
        let natural = ctx.assets[section.source]?.size ?? Size(width: 4, height: 3)
        let aspect = natural.height / max(natural.width, 1e-9)
        var width = ctx.width
        var height = width * aspect
        if height > ctx.width { height = ctx.width; width = height / aspect }
        let rect = Rect(x: (ctx.width - width) / 2, y: y, width: width, height: height)
        if let asset = ctx.assets[section.source] {
            let alt = InlineText.plain(section.alt)
            b.tagged(.figure(alt: alt)) { b in b.add(.image(ImageItem(rect: rect, path: asset.path, alt: alt))) }
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
