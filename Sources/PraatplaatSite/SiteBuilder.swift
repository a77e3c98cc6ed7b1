import Foundation
import PraatplaatCairo
import PraatplaatLayout
import PraatplaatLoader
import PraatplaatModel
import PraatplaatPipeline
import PraatplaatResources

/// Builds the static site: an index of cards, a page per report with its downloads, a 404 page,
/// the stylesheet and script, the icons and pictures used, and a sitemap when the address is
/// known. Every link is relative. A manifest of fingerprints lets a rebuild skip reports whose
/// file, theme, templates and Praatplaat version are unchanged, and remove what is gone.
public struct SiteBuilder {
    public let pipeline: Pipeline
    public let options: SiteOptions
    let templates: SiteTemplates

    static let manifestName = ".praatplaat-site.json"

    public init(pipeline: Pipeline, options: SiteOptions) throws(SiteError) {
        self.pipeline = pipeline
        self.options = options
        templates = try SiteTemplates(builtIn: PraatplaatResources.templatesDirectory, overrides: options.templates)
    }

    struct Manifest: Codable {
        /// Report stem -> fingerprint of everything its pages are made from.
        var reports: [String: String] = [:]
        /// Every file the site holds, relative to its folder.
        var files: [String] = []
    }

    public func build(_ reports: [LoadedReport]) throws(SiteError) -> SiteOutcome {
        let out = options.outputDirectory
        let old = (try? JSONDecoder().decode(Manifest.self, from: Data(contentsOf: out.appendingPathComponent(Self.manifestName)))) ?? Manifest()
        var manifest = Manifest()
        var outcome = SiteOutcome()
        var files: [(String, Data)] = []
        var cards: [[String: Any]] = []
        let sorted = reports.sorted { $0.stem < $1.stem }
        let stems = sorted.map(\.stem)
        if let duplicate = stems.first(where: { s in stems.filter { $0 == s }.count > 1 }) {
            let files = sorted.filter { $0.stem == duplicate }.map { Pipeline.displayName($0.url) }
            throw .invalid(files.map { .error("two reports would both be published as '\(duplicate)/'", at: SourceLocation(file: $0, line: 1, column: 1),
                                              path: "", hint: "rename one of the files") })
        }
        var shared: [String: Data] = [:]
        for (name, data) in templates.assetFiles { shared[name] = data }
        var themes: [Theme] = [.default]

        for report in sorted {
            let page = try ReportPage(report: report, builder: self)
            themes.append(page.theme)
            let fingerprint = try page.fingerprint()
            manifest.reports[report.stem] = fingerprint
            let downloadsExist = page.downloadNames(pageCount: nil).allSatisfy { FileManager.default.fileExists(atPath: out.appendingPathComponent($0).path) }
            let reuse = old.reports[report.stem] == fingerprint && downloadsExist
            let built = try page.build(renderDownloads: !reuse)
            if reuse { outcome.reused.append(report.stem) } else { outcome.rendered.append(report.stem) }
            files += built.files
            manifest.files += built.downloads
            for (name, data) in built.shared { shared[name] = data }
            cards.append(built.card)
        }
        for (name, data) in try SiteFonts(themes: themes).files() { shared[name] = data }
        files += shared.map { ($0.key, $0.value) }
        files.append(("index.html", page("index", body: templates.render("index", indexContext(cards)), root: "", title: options.siteTitle,
                                          lang: sorted.first?.report.language ?? .dutch, theme: .default, script: true)))
        // A 404 page is served at any depth: with a known address its links are absolute.
        let notFoundRoot = options.baseURL ?? ""
        files.append(("404.html", page("404", body: templates.render("404", labels(root: notFoundRoot)), root: notFoundRoot, title: "404",
                                        lang: sorted.first?.report.language ?? .dutch, theme: .default)))
        if let base = options.baseURL {
            files.append(("sitemap.xml", Data(sitemap(base: base, stems: stems).utf8)))
        }
        manifest.files += files.map(\.0)
        manifest.files = Array(Set(manifest.files)).sorted()
        let manifestData = (try? Self.encoder.encode(manifest)) ?? Data()
        do {
            let targets = files.map { out.appendingPathComponent($0.0) }
            for folder in Set(targets.map { $0.deletingLastPathComponent() }) {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            }
            try AtomicFile.writeAll(files.map { (out.appendingPathComponent($0.0), $0.1) } + [(out.appendingPathComponent(Self.manifestName), manifestData)])
        } catch {
            throw .output("cannot write the site to \(out.path): \(error.localizedDescription)")
        }
        // What the last build made and this one did not: a removed report, an icon no longer used.
        let kept = Set(manifest.files)
        for name in old.files where !kept.contains(name) {
            try? FileManager.default.removeItem(at: out.appendingPathComponent(name))
            outcome.removed.append(name)
        }
        for stem in old.reports.keys where manifest.reports[stem] == nil {
            let folder = out.appendingPathComponent(stem)
            if (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.isEmpty == true { try? FileManager.default.removeItem(at: folder) }
        }
        outcome.files = manifest.files.count
        return outcome
    }

    static var encoder: JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return e
    }

    /// Words the templates use, in the site's language (Dutch unless a report is in English).
    func labels(root: String, language: Language = .dutch) -> [String: Any] {
        let words = language.phrases
        return [
            "root": root,
            "backLabel": words.allReports,
            "downloadsLabel": words.downloads,
            "filterLabel": words.filterReports,
            "noMatchLabel": words.noMatch,
            "notFoundTitle": words.notFoundTitle,
            "notFoundText": words.notFoundText,
            "siteTitle": options.siteTitle,
        ]
    }

    func indexContext(_ cards: [[String: Any]]) -> [String: Any] {
        var c = labels(root: "")
        c["reports"] = cards
        return c
    }

    /// A whole HTML page: the layout template around `body`.
    func page(_ name: String, body: String, root: String, title: String, lang: Language, theme: Theme,
              description: String? = nil, og: [String: Any]? = nil, script: Bool = false) -> Data {
        var c = labels(root: root, language: lang)
        c["body"] = body
        c["pageTitle"] = title
        c["lang"] = lang.tag
        c["themeCSS"] = theme.cssCustomProperties() + theme.cssSeriesRules()
        c["skipLabel"] = lang.phrases.skipToContent
        if let description { c["description"] = description }
        if let og { c["og"] = og }
        c["script"] = script
        return Data(templates.render("layout", c).utf8)
    }

    func sitemap(base: String, stems: [String]) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for path in [""] + stems.map({ $0 + "/" }) { xml += "  <url><loc>\(HTML.escape(base + path))</loc></url>\n" }
        return xml + "</urlset>\n"
    }
}
