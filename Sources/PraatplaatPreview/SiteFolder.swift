import Foundation
import PraatplaatLoader
import PraatplaatPipeline
import PraatplaatSite

/// The report's site page, built as `praatplaat site` builds it, into a folder of the preview's
/// own outside the report's folder (the preview writes nothing there but the editor's saves).
final class SiteFolder: @unchecked Sendable {
    let root: URL
    let templates: URL?

    init(templates: URL?) {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("praatplaat-preview-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))")
        self.templates = templates
    }

    struct Problem: Error { var message: String }

    /// Builds the site of `loaded` and gives the address of its page.
    func build(_ loaded: LoadedReport, pipeline: Pipeline) -> Result<String, Problem> {
        // The preview's own folder, readable by this user only.
        try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        do {
            let builder = try SiteBuilder(pipeline: pipeline, options: SiteOptions(outputDirectory: root, templates: templates))
            _ = try builder.build([loaded])
            return .success("/site/\(loaded.stem)/index.html")
        } catch {
            switch error {
            case .invalid(let diagnostics): return .failure(Problem(message: diagnostics.map(\.description).joined(separator: "\n")))
            case .output(let message): return .failure(Problem(message: message))
            }
        }
    }

    /// The file a request names inside the site, checked as a report's paths are: relative, no
    /// `..`, no link out of the folder, a known kind of file. Nil for anything else.
    func file(_ path: String) -> URL? {
        let extensions = ["html", "css", "js", "svg", "png", "pdf", "woff2", "woff", "ttf", "otf", "xml", "json"]
        let resolver = FileResolver(baseDirectory: root, owner: "site")
        guard case .success(.file(let url)) = resolver.resolve(path, extensions: extensions) else { return nil }
        return url
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}
