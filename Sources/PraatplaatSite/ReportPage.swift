import Foundation
import PraatplaatCairo
import PraatplaatLayout
import PraatplaatLoader
import PraatplaatModel
import PraatplaatPipeline
import PraatplaatResources

/// One report's part of the site: `<stem>/index.html`, its downloads (PDF, SVG, PNG), a
/// thumbnail for the index, and the icons and pictures its sections show.
struct ReportPage {
    let report: LoadedReport
    let builder: SiteBuilder
    let theme: Theme
    /// Pictures the page shows: site path -> file to copy.
    let pictures: [String: URL]
    /// Report reference -> path relative to the report page.
    let pictureLinks: [String: String]
    /// Site path -> the colour a built-in icon is drawn in, as in the print layout (list markers
    /// in the accent colour). One file per icon and colour, so reports with other themes can share.
    let tints: [String: String]

    init(report: LoadedReport, builder: SiteBuilder) throws(SiteError) {
        self.report = report
        self.builder = builder
        do {
            theme = try builder.pipeline.theme(for: report.report)
        } catch {
            throw SiteError(error)
        }
        var pictures: [String: URL] = [:], links: [String: String] = [:], tints: [String: String] = [:]
        let accent = Theme.css(theme.palette.accent)
        for section in report.report.sections {
            // Each picture a section shows as an <img>, with the colour print draws it in.
            var names: [(name: String, tint: String?)] = []
            switch section.content {
            case .list(let s): names = s.items.compactMap { item in item.icon.map { ($0, item.tint ? accent : nil) } }
            case .image(let s): names = [(s.source, nil)]
            // A unit chart's icons are drawn inside its chart; the others name no files.
            case .definition, .keyFigures, .barChart, .lineChart, .columnChart, .stackedBar, .table, .unitChart, .comparison, .map, .partners, .quote, .recommendations, .text, .sources: break
            }
            for (name, tint) in names {
                // As the loader resolved it: the site never looks a name up again.
                switch report.report.files[name] {
                case .builtInIcon(let icon)?:
                    let file = tint.map { "\(icon)-\($0.dropFirst()).svg" } ?? "\(icon).svg"
                    pictures["icons/\(file)"] = PraatplaatResources.iconsDirectory.appendingPathComponent(icon + ".svg")
                    tints["icons/\(file)"] = tint
                    links[name] = "../icons/\(file)"
                case .file(let path, _)?:
                    var safe = OutputName.sanitised(name.replacingOccurrences(of: "/", with: "-"))
                    // A one-colour SVG of the user's is tinted like a built-in icon; a PNG stays as it is.
                    let tinted = tint.flatMap { path.lowercased().hasSuffix(".svg") ? $0 : nil }
                    if let tinted { safe = (safe as NSString).deletingPathExtension + "-\(tinted.dropFirst()).svg" }
                    pictures["\(report.stem)/files/\(safe)"] = URL(fileURLWithPath: path)
                    tints["\(report.stem)/files/\(safe)"] = tinted
                    links[name] = "files/\(safe)"
                case nil:
                    throw .output("\(Pipeline.displayName(report.url)): the picture or icon '\(name)' was not resolved when the report was loaded")
                }
            }
        }
        self.pictures = pictures
        self.tints = tints
        pictureLinks = links
    }

    /// Everything the page is made from: the report file, its theme, the pictures, the templates
    /// and the version. Equal fingerprints mean equal pages.
    func fingerprint() throws(SiteError) -> String {
        var f = Fingerprint()
        f.add(builder.options.version)
        f.add(builder.options.baseURL ?? "")
        for name in SiteTemplates.pages + SiteTemplates.sections + SiteTemplates.assets { f.add(builder.templates.sources[name] ?? "") }
        guard let data = report.source ?? FileManager.default.contents(atPath: report.url.path) else { throw .output("cannot read \(report.url.path)") }
        f.add(data)
        f.add(theme.cssCustomProperties())
        if let logo = theme.logo { f.add(FileManager.default.contents(atPath: logo.asset.path) ?? Data()) }
        for (name, url) in pictures.sorted(by: { $0.key < $1.key }) { f.add(name); f.add(FileManager.default.contents(atPath: url.path) ?? Data()) }
        return f.hex
    }

    var folder: URL { builder.options.outputDirectory.appendingPathComponent(report.stem) }

    /// Download files relative to the site folder; with `pageCount` nil, as the last build left them.
    func downloadNames(pageCount: Int?) -> [String] {
        let count = pageCount ?? existingPageCount()
        let stem = report.stem
        let pages = count == 1 ? [stem] : (1...max(count, 1)).map { "\(stem)-\($0)" }
        return ["\(stem)/\(stem).pdf", "\(stem)/thumbnail.png"] + pages.flatMap { ["\(stem)/\($0).svg", "\(stem)/\($0).png"] }
    }

    private func existingPageCount() -> Int {
        var n = 1
        while FileManager.default.fileExists(atPath: folder.appendingPathComponent("\(report.stem)-\(n + 1).png").path) { n += 1 }
        return FileManager.default.fileExists(atPath: folder.appendingPathComponent("\(report.stem)-1.png").path) ? n : 1
    }

    /// A one-colour icon in another colour, as print draws it: its one colour (black, the default
    /// fill, or whatever single colour a user's SVG names) becomes `colour`; white cut-outs stay.
    static func tinted(_ svg: Data, _ colour: String) -> Data {
        var text = String(decoding: svg, as: UTF8.self)
        text = text.replacingOccurrences(of: "\"#000\"", with: "\"\(colour)\"")
        for own in IconColours.colours(inSVG: text) where own.hasPrefix("#") || own.allSatisfy(\.isLetter) {
            for quote in ["\"", "'"] {
                text = text.replacingOccurrences(of: "=\(quote)\(own)\(quote)", with: "=\(quote)\(colour)\(quote)", options: .caseInsensitive)
            }
            text = text.replacingOccurrences(of: ":\(own)", with: ":\(colour)", options: .caseInsensitive)
        }
        guard let open = text.range(of: "<svg ") else { return svg }
        return Data(text.replacingCharacters(in: open, with: "<svg fill=\"\(colour)\" ").utf8)
    }

    struct Built {
        var files: [(String, Data)] = []
        var shared: [String: Data] = [:]
        var downloads: [String] = []
        var card: [String: Any] = [:]
    }

    func build(renderDownloads: Bool) throws(SiteError) -> Built {
        let r = report.report
        let stem = report.stem
        let laidOut: LayoutResult
        do {
            laidOut = try builder.pipeline.layout(report)
        } catch {
            throw SiteError(error)
        }
        let pageCount = laidOut.pages.count
        var built = Built()
        if renderDownloads {
            do {
                if let rendered = builder.options.downloadsFrom {
                    // Made already (by a batch): copy instead of drawing them again.
                    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                    for name in downloadNames(pageCount: pageCount) where !name.hasSuffix("/thumbnail.png") {
                        let file = String(name.dropFirst(stem.count + 1))
                        let data = try Data(contentsOf: rendered.appendingPathComponent(file))
                        try AtomicFile.write(data, to: folder.appendingPathComponent(file))
                    }
                } else {
                    _ = try builder.pipeline.render(report, laidOut: laidOut, options: RenderOptions(outputDirectory: folder))
                }
                let thumbnail = try builder.pipeline.renderer.png(laidOut.document.pages[0], dpi: 40)
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try AtomicFile.write(thumbnail, to: folder.appendingPathComponent("thumbnail.png"))
            } catch {
                throw .output("\(Pipeline.displayName(report.url)): \(error)")
            }
        }
        built.downloads = downloadNames(pageCount: pageCount)
        for (path, url) in pictures {
            guard let data = FileManager.default.contents(atPath: url.path) else { throw .output("cannot read \(url.path)") }
            built.shared[path] = tints[path].map { Self.tinted(data, $0) } ?? data
        }

        let language = r.language
        let charts: ChartFigure
        do {
            charts = ChartFigure(drawings: try builder.pipeline.webDrawings(report, printed: laidOut), writer: builder.pipeline.svgWriter)
        } catch {
            throw SiteError(error)
        }
        var sections: [[String: Any]] = []
        for (index, section) in r.sections.enumerated() {
            let context: [String: Any]
            do {
                context = try SectionView.context(section, index: index, language: language, seriesCount: theme.palette.series.count,
                                                  charts: charts) { pictureLinks[$0] }
            } catch {
                throw .output("\(Pipeline.displayName(report.url)): \(error)")
            }
            sections.append(["html": builder.templates.render("sections/\(section.kind.rawValue)", context)])
        }
        let words = language.phrases
        func size(_ name: String) -> String {
            let bytes = (try? FileManager.default.attributesOfItem(atPath: builder.options.outputDirectory.appendingPathComponent(name).path)[.size] as? Int) ?? 0
            return bytes >= 1_000_000 ? NumberText.format(Double(bytes) / 1_000_000, language: language) + " MB"
                                      : "\(max(1, Int((Double(bytes) / 1000).rounded()))) kB"
        }
        let pageNames = pageCount == 1 ? [stem] : (1...pageCount).map { "\(stem)-\($0)" }
        var downloads: [[String: String]] = [["href": "\(stem).pdf", "label": words.pdfForPrint, "size": size("\(stem)/\(stem).pdf")]]
        for (i, name) in pageNames.enumerated() {
            let which = pageCount == 1 ? "" : ", \(words.page) \(i + 1)"
            downloads.append(["href": "\(name).png", "label": "PNG\(which)", "size": size("\(stem)/\(name).png")])
            downloads.append(["href": "\(name).svg", "label": "SVG\(which)", "size": size("\(stem)/\(name).svg")])
        }
        var context = builder.labels(root: "../", language: language)
        context["title"] = InlineText.plain(r.title)
        if let s = r.subtitle { context["subtitle"] = InlineText.plain(s) }
        if let o = r.organisation { context["organisation"] = InlineText.plain(o) }
        if let d = r.date { context["date"] = d.formatted(language: r.language); context["dateISO"] = d.machineReadable }
        // The house style as print shows it: a band behind the title, the logo at the top or
        // the foot, and the footer line.
        context["band"] = theme.header == .band
        if let logo = theme.logo {
            let file = "files/logo." + URL(fileURLWithPath: logo.asset.path).pathExtension.lowercased()
            guard let data = FileManager.default.contents(atPath: logo.asset.path) else { throw .output("cannot read \(logo.asset.path)") }
            built.shared["\(stem)/\(file)"] = data
            let width = (logo.width * 4 / 3).rounded()
            let height = logo.asset.size.width > 0 ? (width * logo.asset.size.height / logo.asset.size.width).rounded() : width
            let view: [String: Any] = ["src": file, "alt": logo.alt, "width": Int(width), "height": Int(height)]
            context[logo.position.rawValue.hasPrefix("top") ? "headerLogo" : "footerLogo"] = view
        }
        if let footer = theme.footer { context["footer"] = footer }
        context["sections"] = sections
        context["downloads"] = downloads
        let body = builder.templates.render("report", context)

        let description = r.subtitle.map(InlineText.plain) ?? r.organisation.map(InlineText.plain)
        var og: [String: Any] = ["title": InlineText.plain(r.title)]
        if let description { og["description"] = description }
        if let base = builder.options.baseURL {
            og["url"] = base + stem + "/"
            og["image"] = base + stem + "/" + pageNames[0] + ".png"
        }
        let html = builder.page("report", body: body, root: "../", title: InlineText.plain(r.title), lang: language, theme: theme,
                                description: description, og: og)
        built.files.append(("\(stem)/index.html", html))

        let search = [r.title, r.subtitle, r.organisation].compactMap { $0 }.map(InlineText.plain).joined(separator: " ").lowercased()
        var card: [String: Any] = ["href": "\(stem)/index.html", "thumbnail": "\(stem)/thumbnail.png", "title": InlineText.plain(r.title),
                                   "search": search]
        let thumbSize = CairoRenderer.pixelSize(of: laidOut.document.pages[0], dpi: 40)
        card["thumbWidth"] = thumbSize.width
        card["thumbHeight"] = thumbSize.height
        if let s = r.subtitle { card["subtitle"] = InlineText.plain(s) }
        if let o = r.organisation { card["organisation"] = InlineText.plain(o) }
        built.card = card
        return built
    }
}

