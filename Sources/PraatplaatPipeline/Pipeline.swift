import Foundation
import PraatplaatCairo
import PraatplaatHyphenation
import PraatplaatLayout
import PraatplaatLoader
import PraatplaatModel
import PraatplaatScene
import PraatplaatSVG

public struct RenderOptions: Sendable {
    /// The PNG resolutions the renderer accepts.
    public static let dpiRange = CairoRenderer.dpiRange

    public var outputDirectory: URL
    public var formats: Set<OutputFormat>
    public var dpi: Double
    public var pdfDates: CairoRenderer.PDFDates
    /// Overflow beyond this many pages is an error instead of more pages.
    public var maxPages: Int?
    /// Bleed around each PDF page, in points, with crop marks; 0 for none. PNG and SVG are
    /// screen formats and stay at the trimmed size.
    public var bleed: Double = 0
    /// Remove `<stem>-N.svg/png` pages a longer earlier version left. A batch turns this off:
    /// its names can look like pages of each other (`noord`, `noord-2`), and its manifest
    /// knows exactly which files each row had.
    public var removesStalePages = true
    /// How SVG files carry their text: real text with embedded fonts, or Cairo's glyph outlines.
    public var svgText: SVGTextMode = .text

    public init(outputDirectory: URL, formats: Set<OutputFormat> = Set(OutputFormat.allCases), dpi: Double = 150,
                pdfDates: CairoRenderer.PDFDates = .fromEnvironment(), maxPages: Int? = nil) {
        self.outputDirectory = outputDirectory
        self.formats = formats
        self.dpi = dpi
        self.pdfDates = pdfDates
        self.maxPages = maxPages
    }
}

/// A report file after loading, ready to lay out.
public struct LoadedReport: Sendable {
    public var url: URL
    public var report: Report
    /// Warnings from loading; errors never get this far.
    public var diagnostics: [Diagnostic]

    /// What the report was made from, when not the file at `url` alone (a template filled in
    /// with a data row): what a site's fingerprint reads instead of the file.
    public var source: Data?

    public init(url: URL, report: Report, diagnostics: [Diagnostic] = [], source: Data? = nil) {
        self.url = url
        self.report = report
        self.diagnostics = diagnostics
        self.source = source
    }

    /// The output name: the file name without its extension, made safe to write.
    public var stem: String { OutputName.stem(of: url) }
}

/// The files one report became, and the warnings met on the way.
public struct RenderOutcome: Sendable {
    public var written: [URL]
    public var diagnostics: [Diagnostic]
    public var pageCount: Int
    /// What `page.fit` chose, when the report asks to fit.
    public var fit: FitChoice?
}

/// load -> layout -> render -> write, for the command line and for tests. It never prints or exits.
/// Uses one Pango engine, so it is not for sharing between threads.
public final class Pipeline {
    public let engine: PangoTextEngine
    /// A theme that wins over the one a report names (`--theme`).
    public let themeOverride: ThemeChoice?

    /// Text widths measured for one report are there for the next (the same labels and words).
    let measurer: PangoMeasurer

    /// Draws with `engine`, keeping its PNG buffers from one page to the next.
    public let renderer: CairoRenderer
    /// Writes SVG with real text, shaped by the same engine.
    public let svgWriter: SVGWriter

    public init(theme: ThemeChoice? = nil) {
        engine = PangoTextEngine()
        measurer = PangoMeasurer(engine: engine)
        let renderer = CairoRenderer(engine: engine)
        self.renderer = renderer
        svgWriter = SVGWriter(shaper: engine, imageSize: { try renderer.imageSize(of: $0) })
        themeOverride = theme
    }

    /// One page as SVG in the chosen text mode.
    public func svg(_ page: ScenePage, metadata: DocumentMetadata, text: SVGTextMode = .text) throws -> Data {
        switch text {
        case .text: try svgWriter.document(page, title: metadata.title, language: metadata.language)
        case .outlines: try renderer.svg(page)
        }
    }

    /// The theme `argument` names on the command line: a built-in name, or a theme file (its
    /// problems are thrown as diagnostics, warnings returned with it).
    public static func themeChoice(_ argument: String) throws(PipelineError) -> (ThemeChoice, [Diagnostic]) {
        if let builtIn = Theme.named(argument) { _ = builtIn; return (.builtIn(argument), []) }
        let url = URL(fileURLWithPath: argument)
        let result = ThemeLoader.load(contentsOf: url, displayName: displayName(url))
        guard let spec = result.theme, !result.diagnostics.hasErrors else { throw .invalidInput(result.diagnostics) }
        return (.file(spec), result.diagnostics)
    }

    /// The theme a report is laid out with: the override, else the one it names, else the
    /// default. A theme file's logo is measured here, so layout reads no files.
    public func theme(for report: Report) throws(PipelineError) -> Theme {
        let choice = themeOverride ?? report.theme
        var logo: Asset?
        if case .file(let spec) = choice, let file = spec.logo?.file {
            do {
                logo = Asset(path: file.path, size: try renderer.imageSize(of: file.path))
            } catch {
                throw .output("\(Self.displayName(file)): \(error)")
            }
        }
        return Theme.resolve(choice, logo: logo)
    }

    /// Reads and validates one report file.
    public func load(_ url: URL) throws(PipelineError) -> LoadedReport {
        let result = ReportLoader.load(contentsOf: url, displayName: Self.displayName(url))
        guard let report = result.report, !result.diagnostics.hasErrors else { throw .invalidInput(result.diagnostics) }
        return LoadedReport(url: url, report: report, diagnostics: result.diagnostics)
    }

    /// Lays the report out with Pango's measurements, adding a warning for every font that fell back.
    public func layout(_ loaded: LoadedReport) throws(PipelineError) -> LayoutResult {
        let assets = try AssetCatalog.assets(for: loaded, size: renderer.imageSize(of:))
        var result = ReportLayout(theme: try theme(for: loaded.report), measurer: measurer, assets: assets,
                                  hyphenator: loaded.report.hyphenate ? DictionaryHyphenator.forLanguage(loaded.report.language) : nil).layout(loaded.report)
        let file = Self.displayName(loaded.url)
        result.diagnostics = loaded.diagnostics + (result.diagnostics + fontWarnings(result.document, report: loaded.report)).map { $0.located(in: file) }
        // Layout refuses only what cannot be made to work (a poster that will not fit at a legible size).
        if result.diagnostics.hasErrors { throw .invalidInput(result.diagnostics) }
        return result
    }

    /// The report's charts drawn for the web by the same layout, measured by the same engine,
    /// keeping what print chose from its paper widths.
    public func webDrawings(_ loaded: LoadedReport, printed: LayoutResult) throws(PipelineError) -> WebDrawings {
        let assets = try AssetCatalog.assets(for: loaded, size: renderer.imageSize(of:))
        return WebDrawings(theme: try theme(for: loaded.report), measurer: measurer, assets: assets,
                           language: loaded.report.language, printed: printed.printedScales)
    }

    /// With a page limit, the report must fit: otherwise an error names the first section that
    /// does not, and how far the content runs over.
    public static func checkPageLimit(_ result: LayoutResult, report: LoadedReport, maxPages: Int?) throws(PipelineError) {
        guard let maxPages, result.pages.count > maxPages else { return }
        let overflowing = result.pages[maxPages...]
        let first = overflowing.first?.frames.first
        // What moved on: the flowing content of those pages and the footer, not the empty room
        // between them (the footer stands at the foot of the page).
        let height = overflowing.map { page in
            page.flowBottom - page.contentBox.minY + (page.frames.filter { $0.kind == .sources }.map(\.rect.height).max() ?? 0)
        }.reduce(0, +)
        let mm = String(format: "%.1f", height * 25.4 / 72)
        let what = first.map { "this \($0.kind.rawValue) section" } ?? "the content"
        throw .invalidInput([.error(
            "\(what) and what follows do not fit on \(maxPages) page\(maxPages == 1 ? "" : "s"): the content overflows by \(mm) mm",
            at: first.flatMap { report.report.sections[$0.section].location }, path: first.map { "sections[\($0.section)]" } ?? "",
            hint: "shorten texts, choose narrower widths or a larger page, or allow more pages")
            .located(in: Pipeline.displayName(report.url))])
    }

    /// Renders every requested format in memory first and writes only when all succeeded, so a
    /// failing run leaves the previous files as they were.
    public func render(_ loaded: LoadedReport, options: RenderOptions) throws(PipelineError) -> RenderOutcome {
        let laidOut = try layout(loaded)
        try Self.checkPageLimit(laidOut, report: loaded, maxPages: options.maxPages)
        return try render(loaded, laidOut: laidOut, options: options)
    }

    /// Renders a report laid out before (so a command can check every report before writing any).
    public func render(_ loaded: LoadedReport, laidOut: LayoutResult, options: RenderOptions) throws(PipelineError) -> RenderOutcome {
        let document = laidOut.document
        let stem = OutputName.stem(of: loaded.url)
        let files = try outputs(loaded, laidOut: laidOut, options: options)
        var written: [URL] = []
        do {
            try FileManager.default.createDirectory(at: options.outputDirectory, withIntermediateDirectories: true)
            let targets = files.map { (options.outputDirectory.appendingPathComponent($0.name), $0.data) }
            try AtomicFile.writeAll(targets)
            written = targets.map(\.0)
            if options.removesStalePages {
                removeStalePages(of: stem, in: options.outputDirectory, formats: options.formats, keeping: Set(files.map(\.name)))
            }
        } catch {
            throw .output("cannot write to \(options.outputDirectory.path): \(Self.reason(error))")
        }
        return RenderOutcome(written: written, diagnostics: laidOut.diagnostics, pageCount: document.pages.count, fit: laidOut.fit)
    }

    /// Every requested format of a laid-out report in memory, as file names and bytes; nothing is
    /// written (`options.outputDirectory` is not read). What `render` writes, and what the text
    /// path's fuzz target and its tests check.
    public func outputs(_ loaded: LoadedReport, laidOut: LayoutResult, options: RenderOptions) throws(PipelineError) -> [(name: String, data: Data)] {
        let document = laidOut.document
        let stem = OutputName.stem(of: loaded.url)
        var files: [(name: String, data: Data)] = []
        do {
            let pageCount = document.pages.count
            func name(_ page: Int, _ ext: String) -> String {
                pageCount == 1 ? "\(stem).\(ext)" : "\(stem)-\(page + 1).\(ext)"
            }
            for format in options.formats.sorted() {
                switch format {
                case .pdf:
                    files.append(("\(stem).pdf", try renderer.pdf(document, dates: options.pdfDates, bleed: options.bleed)))
                case .svg:
                    for (i, page) in document.pages.enumerated() { files.append((name(i, "svg"), try svg(page, metadata: document.metadata, text: options.svgText))) }
                case .png:
                    for (i, page) in document.pages.enumerated() { files.append((name(i, "png"), try renderer.png(page, dpi: options.dpi))) }
                }
            }
        } catch {
            throw .output("\(Self.displayName(loaded.url)): rendering failed: \(error)")
        }
        return files
    }

    /// A report that shrank from three pages to two must not leave `<stem>-3.png` behind (nor
    /// `<stem>.png` when it grew to several pages): build scripts publish the whole folder.
    func removeStalePages(of stem: String, in folder: URL, formats: Set<OutputFormat>, keeping: Set<String>) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where !keeping.contains(name) {
            let ext = (name as NSString).pathExtension
            guard [OutputFormat.svg, .png].contains(where: { $0.rawValue == ext && formats.contains($0) }) else { continue }
            let base = (name as NSString).deletingPathExtension
            let isPage = base == stem || (base.hasPrefix(stem + "-") && Int(base.dropFirst(stem.count + 1)) != nil)
            if isPage { try? FileManager.default.removeItem(at: folder.appendingPathComponent(name)) }
        }
    }

    /// Families the document asks for that Pango does not have, with what it used instead: the
    /// next family of the theme's list, or a font of the machine's choosing. A theme file's
    /// fonts are reported at the theme file.
    func fontWarnings(_ document: SceneDocument, report: Report) -> [Diagnostic] {
        let lists = Set(document.pages.flatMap { $0.items.flatMap(\.textLines) }.flatMap(\.spans).map(\.font.family))
        var themeLocation: SourceLocation?
        if case .file(let spec) = themeOverride ?? report.theme { themeLocation = spec.location }
        var warned: Set<String> = []
        return lists.sorted().compactMap { list in
            let families = list.split(separator: ",").map { $0.trimmingSpaces }
            guard let wanted = families.first, warned.insert(list).inserted else { return nil }
            let resolved = engine.resolvedFamily(of: FontSpec(family: list, size: 10)) ?? "an unknown font"
            guard resolved.lowercased() != wanted.lowercased() else { return nil }
            let fallback = families.dropFirst().contains { $0.lowercased() == resolved.lowercased() }
            let used = fallback ? "the theme's next choice '\(resolved)'" : "'\(resolved)'"
            return .warning("the font family '\(wanted)' is not installed; Pango fell back to \(used)",
                            at: themeLocation, path: themeLocation == nil ? "" : "fonts",
                            hint: wanted == "Inter" ? "install the Debian package fonts-inter (make deps)" : "install the font, or see `praatplaat fonts` for the families this machine has")
        }
    }

    /// Paths in messages as the user typed them when relative to the working folder.
    public static func displayName(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath + "/"
        return url.path.hasPrefix(cwd) ? String(url.path.dropFirst(cwd.count)) : url.path
    }

    static func reason(_ error: any Error) -> String {
        if let cocoa = error as? CocoaError, let underlying = cocoa.userInfo[NSUnderlyingErrorKey] as? NSError {
            return underlying.localizedDescription
        }
        return (error as NSError).localizedDescription
    }
}
