import PraatplaatScene

/// Icons as scene items: the resolved SVG, tinted. Without an asset (layout tests run without
/// files) a plain disc keeps the geometry the same.
enum Icons {
    /// With `color` nil the icon is drawn as itself (a user's multi-colour picture).
    static func item(_ name: String, in rect: Rect, color: Color?, _ ctx: LayoutContext, alt: String = "") -> SceneItem {
        if let asset = ctx.assets[name] {
            // Icons within a chart are (part of) a figure; a list's icon is decoration with no alt.
            return .image(ImageItem(rect: rect, path: asset.path, alt: alt, tint: color))
        }
        let r = min(rect.width, rect.height) / 2
        return .fill(.circle(center: Point(x: rect.x + rect.width / 2, y: rect.y + rect.height / 2), radius: r * 0.8), color ?? ctx.theme.palette.muted)
    }
}
