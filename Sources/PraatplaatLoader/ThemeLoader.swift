import Foundation
import PraatplaatModel
import Yams

/// The outcome of reading a theme file: the theme when there were no errors, and every diagnostic.
public struct ThemeLoadResult: Sendable {
    public var theme: ThemeSpec?
    public var diagnostics: [Diagnostic]
}

/// Reads theme files (YAML or JSON) through `ThemeFormat`, with the same located diagnostics as
/// reports. A logo must be a PNG or SVG in the theme file's folder or below it.
public enum ThemeLoader {
    public static func load(contentsOf url: URL, displayName: String? = nil, limits: LoaderLimits = LoaderLimits()) -> ThemeLoadResult {
        let name = displayName ?? url.path
        switch YAMLSource.read(url, displayName: name, limits: limits) {
        case .failure(let failed): return ThemeLoadResult(theme: nil, diagnostics: failed.diagnostics)
        case .success(let data):
            return load(data: data, fileName: name, isJSON: url.pathExtension.lowercased() == "json", limits: limits,
                        files: FileResolver(baseDirectory: url.deletingLastPathComponent(), owner: "theme"))
        }
    }

    public static func load(data: Data, fileName: String, isJSON: Bool = false, limits: LoaderLimits = LoaderLimits(),
                            files: FileResolver = FileResolver(baseDirectory: nil, owner: "theme")) -> ThemeLoadResult {
        let root: Node
        switch YAMLSource.compose(data, fileName: fileName, isJSON: isJSON, limits: limits,
                                  emptyMessage: "the theme file is empty; give at least one of 'palette', 'fonts', 'type', 'spacing', 'logo'") {
        case .failure(let failed): return ThemeLoadResult(theme: nil, diagnostics: failed.diagnostics)
        case .success(let node): root = node
        }
        let reader = NodeReader(file: fileName, limits: limits)
        let theme = ThemeDecoder(reader: reader, files: files).theme(root)
        return ThemeLoadResult(theme: reader.diagnostics.hasErrors ? nil : theme, diagnostics: reader.diagnostics)
    }
}

/// Builds a `ThemeSpec` from a composed YAML tree.
struct ThemeDecoder {
    let reader: NodeReader
    let files: FileResolver

    func theme(_ root: Node) -> ThemeSpec? {
        guard let fields = reader.mapping(root, path: "", shape: ThemeFormat.theme,
                                          what: "a mapping of fields such as 'palette' and 'fonts'") else { return nil }
        var spec = ThemeSpec()
        spec.location = reader.location(root)
        spec.name = reader.text(fields, "name")
        if let base = reader.word(fields, "base") { spec.base = base }
        if let node = fields.value("palette"), let palette = reader.mapping(node, path: "palette", shape: ThemeFormat.palette) {
            for role in PaletteRole.allCases {
                if let value = palette.value(role.rawValue) { spec.palette[role] = reader.color(value, path: "palette.\(role.rawValue)") }
            }
            if let entries = reader.list(palette, "series") {
                let colours = entries.map { reader.color($0.0, path: $0.1) }
                if !colours.contains(nil) { spec.series = colours.compactMap { $0 } }
            }
        }
        if let node = fields.value("fonts"), let fonts = reader.mapping(node, path: "fonts", shape: ThemeFormat.fonts) {
            for role in FontRole.allCases {
                if let value = fonts.value(role.rawValue) { spec.fonts[role] = reader.families(value, path: "fonts.\(role.rawValue)") }
            }
        }
        if let node = fields.value("type"), let type = reader.mapping(node, path: "type", shape: ThemeFormat.typeScale) {
            for role in TypeRole.allCases { spec.sizes[role] = reader.number(type, role.rawValue) }
            spec.leading = reader.number(type, "leading")
        }
        if let node = fields.value("spacing"), let spacing = reader.mapping(node, path: "spacing", shape: ThemeFormat.spacing) {
            for role in SpacingRole.allCases { spec.spacing[role] = reader.number(spacing, role.rawValue) }
        }
        if let node = fields.value("logo") { spec.logo = logo(node) }
        spec.footer = reader.text(fields, "footer")
        spec.header = reader.choice(fields, "header", as: HeaderStyle.self)
        return spec
    }

    private func logo(_ node: Node) -> LogoSpec? {
        guard let fields = reader.mapping(node, path: "logo", shape: ThemeFormat.logo) else { return nil }
        let alt = reader.text(fields, "alt")
        let position = reader.choice(fields, "position", as: LogoPosition.self) ?? .topRight
        let width = reader.number(fields, "width") ?? 30
        guard let fileNode = fields.value("file"), let reference = reader.text(fileNode, path: "logo.file") else {
            if fields.value("file") == nil { reader.error("missing required field 'file'", at: fields.node, path: "logo.file") }
            return nil
        }
        let url: URL
        switch files.resolve(reference) {
        case .success(.file(let resolved)): url = resolved
        case .success(.builtInIcon): return nil
        case .failure(let error):
            reader.error(error.message, at: fileNode, path: "logo.file", hint: error.hint)
            return nil
        }
        return alt.map { LogoSpec(file: url, alt: $0, position: position, width: width) }
    }
}
