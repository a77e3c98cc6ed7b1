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
    /// The file behind each name a report uses, as the loader resolved it. A name the loader did
    /// not resolve (a report built in code without `files`) is an error, never a blank picture.
    static func files(of report: Report) throws(PipelineError) -> [(name: String, url: URL)] {
        var seen = Set<String>()
        var out: [(String, URL)] = []
        for name in report.sections.flatMap(\.content.fileReferences) where seen.insert(name).inserted {
            switch report.files[name] {
            case .builtInIcon(let icon)?: out.append((name, PraatplaatResources.iconsDirectory.appendingPathComponent(icon + ".svg")))
            case .file(let path, _)?: out.append((name, URL(fileURLWithPath: path)))
            case nil: throw .output("the picture or icon '\(name)' was not resolved when the report was loaded")
            }
        }
        return out
    }

    /// The files on disk a report's outputs are made from besides the report itself: the
    /// pictures and icon files it names and its theme's logo (built-in icons ship with the
    /// program). What a batch's fingerprints read, so a changed picture renders its rows again.
    public static func files(for report: Report) -> [URL] {
        var files = report.files.values.compactMap(\.path).sorted().map { URL(fileURLWithPath: $0) }
        if case .file(let spec) = report.theme, let logo = spec.logo?.file { files.append(logo) }
        return files
    }

    /// `size` tells a file's natural size (the renderer's, which keeps the files it read).
    static func assets(for loaded: LoadedReport, size: (String) throws -> Size) throws(PipelineError) -> [String: Asset] {
        var assets: [String: Asset] = [:]
        for (name, url) in try files(of: loaded.report) {
            do {
                assets[name] = Asset(path: url.path, size: try size(url.path))
            } catch {
                throw .output("\(Pipeline.displayName(loaded.url)): \(error)")
            }
        }
        return assets
    }
}
