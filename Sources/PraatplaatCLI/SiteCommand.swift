import ArgumentParser
import Foundation
import PraatplaatPipeline
import PraatplaatSite

struct Site: ConsoleCommand {
    static let configuration = CommandConfiguration(
        abstract: "Publish reports as a static web site: an index, a page per report with downloads, a 404 page and a sitemap.",
        discussion: "Name report files or a folder of them. Links are relative, so the site works under any path and from disk; unchanged reports are not rendered again."
    )

    @Argument(help: "Report files, or folders whose .yaml, .yml and .json files are reports.")
    var inputs: [String]

    @Option(name: .long, help: "Output folder.")
    var out: String = "output/site"

    @Option(name: .customLong("base-url"), help: "The address the site is published at, for absolute Open Graph URLs and sitemap.xml.")
    var baseURL: String?

    @Option(name: .long, help: "A folder of templates that replace the built-in ones of the same name (see docs/templates.md).")
    var templates: String?

    @Option(name: .long, help: "The site's title on the index page.")
    var title: String = "Praatplaat"

    @OptionGroup var options: DiagnosticOptions

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("name at least one report file or folder") }
        if let baseURL, !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) {
            throw ValidationError("--base-url must start with https:// or http://, got '\(baseURL)'")
        }
        if let templates {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: templates, isDirectory: &isFolder), isFolder.boolValue else {
                throw ValidationError("--templates: no such folder '\(templates)'")
            }
        }
    }

    /// Report files: those named, and the report files directly inside named folders, sorted.
    func reportPaths() -> [String] {
        inputs.flatMap { input -> [String] in
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isFolder), isFolder.boolValue else { return [input] }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: input)) ?? []
            return names.filter { ["yaml", "yml", "json"].contains(($0 as NSString).pathExtension.lowercased()) }.sorted()
                .map { (input as NSString).appendingPathComponent($0) }
        }
    }

    func execute(_ console: Console) -> ExitStatus {
        let reporter = DiagnosticReporter(style: options.diagnostics, strict: options.strict, console: console, jsonToStandardOutput: false)
        let pipeline = Pipeline()
        let paths = reportPaths()
        guard !paths.isEmpty else { reporter.fail("no report files in \(inputs.joined(separator: ", "))"); return .invalidInput }
        guard let loaded = loadAll(paths, pipeline: pipeline, reporter: reporter) else { return .invalidInput }
        // Layout warnings (and --strict) before anything is written, as with render.
        var failed = false
        for report in loaded {
            do {
                let diagnostics = try pipeline.layout(report).diagnostics
                reporter.emit(diagnostics)
                failed = failed || reporter.failing(diagnostics)
            } catch {
                if case .invalidInput(let diagnostics) = error { reporter.emit(diagnostics) } else { reporter.fail("\(error)") }
                failed = true
            }
        }
        if failed { return .invalidInput }
        var siteOptions = SiteOptions(outputDirectory: URL(fileURLWithPath: out), baseURL: baseURL, templates: templates.map { URL(fileURLWithPath: $0) })
        siteOptions.siteTitle = title
        siteOptions.version = Root.configuration.version
        do {
            let outcome = try SiteBuilder(pipeline: pipeline, options: siteOptions).build(loaded)
            console.out("site: \(outcome.rendered.count) rendered, \(outcome.reused.count) unchanged, \(outcome.removed.count) files removed -> \(out)/index.html")
            return .success
        } catch {
            switch error {
            case .invalid(let diagnostics): reporter.emit(diagnostics); return .invalidInput
            case .output(let message): reporter.fail(message); return .failure
            }
        }
    }
}
