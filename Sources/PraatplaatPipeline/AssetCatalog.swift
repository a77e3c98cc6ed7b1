import Foundation
import PraatplaatCairo
import PraatplaatLayout
import PraatplaatLoader
import PraatplaatModel
import PraatplaatResources
import PraatplaatScene

/// Finds every icon and image a report names, resolves it (built-in icon or file next to the
/// report) and measures it, so layout can place pictures without touching the disk.
public enum AssetCatalog {
    static func references(in report: Report) -> [String] {
        var names: [String] = []
        for section in report.sections { names += section.content.fileReferences }
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }

    /// The files on disk a report's outputs are made from besides the report itself: the
    /// pictures and icon files it names and its theme's logo (built-in icons ship with the
    /// program). What a batch's fingerprints read, so a changed picture renders its rows again.
    public static func files(for report: Report, at url: URL) -> [URL] {
        let resolver = FileResolver(baseDirectory: url.deletingLastPathComponent(), builtInIcons: BuiltInIcons.names)
        var files: [URL] = references(in: report).compactMap { name in
            if case .success(.file(let file)) = resolver.resolve(name) { return file }
            return nil
        }
        if case .file(let spec) = report.theme, let logo = spec.logo?.file { files.append(logo) }
        return files
    }

    /// `size` tells a file's natural size (the renderer's, which keeps the files it read).
    static func assets(for loaded: LoadedReport, size: (String) throws -> Size) throws(PipelineError) -> [String: Asset] {
        let resolver = FileResolver(baseDirectory: loaded.url.deletingLastPathComponent(), builtInIcons: BuiltInIcons.names)
        var assets: [String: Asset] = [:]
        for name in references(in: loaded.report) {
            let url: URL
            switch resolver.resolve(name) {
            case .success(.builtInIcon(let icon)): url = PraatplaatResources.iconsDirectory.appendingPathComponent(icon + ".svg")
            case .success(.file(let file)): url = file
            case .failure(let error): throw .output("\(Pipeline.displayName(loaded.url)): \(error.message)")
            }
            do {
                assets[name] = Asset(path: url.path, size: try size(url.path))
            } catch {
                throw .output("\(Pipeline.displayName(loaded.url)): \(error)")
            }
        }
        return assets
    }
}
