import Foundation
import PraatplaatModel
import PraatplaatPipeline
import PraatplaatSite
import Testing

enum Paths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let examples = root.appendingPathComponent("examples")

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("praatplaat-site-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

func run(_ tool: String, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [tool] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
}

/// The site of the examples: structure, links, charts with tables, determinism, incremental
/// builds, escaping and templates.
@Suite(.serialized)
struct SiteTests {
    static func examples() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: Paths.examples, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "yaml" }.sorted { $0.path < $1.path }
    }

    func build(_ reports: [URL], into folder: URL, baseURL: String? = nil, templates: URL? = nil) throws -> SiteOutcome {
        let pipeline = Pipeline()
        let loaded = try reports.map { try pipeline.load($0) }
        return try SiteBuilder(pipeline: pipeline, options: SiteOptions(outputDirectory: folder, baseURL: baseURL, templates: templates)).build(loaded)
    }

    struct Check: Decodable { var pages: Int; var problems: [String]; var charts: Int; var tables: Int }

    func check(_ folder: URL) throws -> Check {
        let output = try run("python3", [Paths.root.appendingPathComponent("scripts/check-site.py").path, folder.path])
        return try JSONDecoder().decode(Check.self, from: Data(output.utf8))
    }

    func text(_ folder: URL, _ path: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func everyPageIsSoundAndEveryLinkResolves() throws {
        let folder = try Paths.temporaryFolder()
        let reports = try Self.examples()
        let outcome = try build(reports, into: folder, baseURL: "https://example.org/kinderwerk")
        #expect(outcome.rendered.count == reports.count)
        let result = try check(folder)
        #expect(result.problems.isEmpty, "\(result.problems)")
        // index, 404 and one page per report; every chart has its table, and the budget is one.
        #expect(result.pages == reports.count + 2)
        #expect(result.tables == 12 && result.charts >= 20, "\(result.tables) tables, \(result.charts) charts")
        let index = try text(folder, "index.html")
        for report in reports {
            let stem = report.deletingPathExtension().lastPathComponent
            #expect(index.contains("href=\"\(stem)/index.html\""))
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("\(stem)/\(stem).pdf").path))
        }
        // Cards in file-name order.
        let positions = reports.map { index.range(of: $0.deletingPathExtension().lastPathComponent + "/index.html")!.lowerBound }
        #expect(positions == positions.sorted())
        let sitemap = try text(folder, "sitemap.xml")
        #expect(sitemap.contains("<loc>https://example.org/kinderwerk/kinderwerk-in-beeld/</loc>"))
        let page = try text(folder, "kinderwerk-in-beeld/index.html")
        #expect(page.contains("<html lang=\"nl\">"))
        #expect(page.contains("<meta property=\"og:image\" content=\"https://example.org/kinderwerk/kinderwerk-in-beeld/kinderwerk-in-beeld-1.png\">"))
        #expect(page.contains("--pp-primary: #1b3a6b;"))
        // The Lindenmeer page takes its theme's colours.
        #expect(try text(folder, "kinderwerk-lindenmeer/index.html").contains("--pp-primary: #1d5c3a;"))
        // Real text in the chart, and the quote as a blockquote with its cite.
        let haag = try text(folder, "den-haag/index.html")
        #expect(haag.contains("<blockquote>") && haag.contains("<cite>"))
        #expect(haag.contains("<text ") && haag.contains("role=\"img\""))
    }

    /// A key figure's reference on the site: the arrow hidden from screen readers, which get
    /// the direction in words; words shown instead of a number keep the number as a tooltip.
    @Test func figureReferencesAreSaidInWords() throws {
        let folder = try Paths.temporaryFolder()
        _ = try build([Paths.root.appendingPathComponent("Tests/Fixtures/money/begroting.yaml")], into: folder)
        let page = try text(folder, "begroting/index.html")
        #expect(page.contains("<span class=\"figure-reference\"><span aria-hidden=\"true\">\u{2191}</span> <span class=\"visually-hidden\">hoger dan</span> Nederland: 14%</span>"), "\(page)")
        #expect(page.contains("<span class=\"big-number\" title=\"350\">enkele honderden</span>"))
        #expect(page.contains("€ 6,6 miljoen"))
        // Words instead of a percentage: a number cell in print, so no donut on the site either.
        let cell = try #require(page.components(separatedBy: "<li class=\"figure").first { $0.contains("ruim een op de tien") })
        #expect(cell.contains("title=\"12%\">ruim een op de tien</span>") && !cell.contains("<svg"), "\(cell)")
    }

    @Test func buildsAreDeterministic() throws {
        let a = try Paths.temporaryFolder(), b = try Paths.temporaryFolder()
        let reports = try Self.examples()
        _ = try build(reports, into: a)
        _ = try build(reports, into: b)
        let files = FileManager.default.enumerator(atPath: a.path)!.compactMap { $0 as? String }.sorted()
        #expect(files.count > 30)
        for file in files {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: a.appendingPathComponent(file).path, isDirectory: &isFolder)
            if isFolder.boolValue { continue }
            #expect(FileManager.default.contents(atPath: a.appendingPathComponent(file).path) == FileManager.default.contents(atPath: b.appendingPathComponent(file).path), "\(file)")
        }
    }

    @Test func unchangedReportsAreNotRenderedAgainAndRemovedOnesGo() throws {
        let work = try Paths.temporaryFolder()
        let site = work.appendingPathComponent("site")
        let first = work.appendingPathComponent("een.yaml"), second = work.appendingPathComponent("twee.yaml")
        let flagship = Paths.root.appendingPathComponent("Tests/Fixtures/kinderwerk-kort.yaml")
        try FileManager.default.copyItem(at: flagship, to: first)
        try FileManager.default.copyItem(at: flagship, to: second)
        #expect(try build([first, second], into: site).rendered == ["een", "twee"])
        let pdf = site.appendingPathComponent("een/een.pdf")
        let before = try FileManager.default.attributesOfItem(atPath: pdf.path)[.modificationDate] as? Date
        let again = try build([first, second], into: site)
        #expect(again.rendered.isEmpty && again.reused == ["een", "twee"])
        #expect(try FileManager.default.attributesOfItem(atPath: pdf.path)[.modificationDate] as? Date == before)
        // A changed report is rendered again; the other is not.
        let changed = try String(contentsOf: first, encoding: .utf8).replacingOccurrences(of: "title: ", with: "title: Nieuwe versie van ")
        try changed.write(to: first, atomically: true, encoding: .utf8)
        #expect(try build([first, second], into: site).rendered == ["een"])
        // A removed report disappears from the site and its index.
        let last = try build([first], into: site)
        #expect(last.removed.contains("twee/twee.pdf"))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("twee").path))
        #expect(!(try text(site, "index.html")).contains("twee/index.html"))
        #expect(try check(site).problems.isEmpty)
    }

    @Test func textFromReportsIsEscaped() throws {
        let work = try Paths.temporaryFolder()
        let report = work.appendingPathComponent("kwaad.yaml")
        try Data("""
        title: "<script>alert('titel')</script>"
        subtitle: "\\"><img src=x onerror=alert(1)>"
        organisation: "{{title}} & {{{body}}}"
        sections:
          - kind: text
            title: "<b>kop</b>"
            text: "Tekst met <script>alert(2)</script> en [een link](https://example.org/?a=1&b=2) en {{#sections}}."
          - kind: list
            items: ["<img src=x onerror=alert(3)>"]
          - kind: barChart
            title: "</title><script>alert(4)</script>"
            bars:
              - { label: "<svg onload=alert(5)>", value: 3 }
          - { kind: quote, text: Kinderwerk werkt., role: Beleidsadviseur jeugd }
          - kind: sources
            items:
              - { text: Rapport, url: "https://example.org/ok?a=1&b=<2>" }
        """.utf8).write(to: report)
        let site = work.appendingPathComponent("site")
        _ = try build([report], into: site)
        let check = try check(site)
        #expect(check.problems.isEmpty, "\(check.problems)")
        let page = try text(site, "kwaad/index.html")
        #expect(!page.contains("<script>alert"))
        #expect(!page.contains("<img src=x"))
        #expect(!page.contains("<svg onload"))
        #expect(page.contains("&lt;script&gt;alert(&#39;titel&#39;)&lt;/script&gt;"))
        #expect(page.contains("{{title}} &amp; {{{body}}}"))
        #expect(page.contains("{{#sections}}"))
        #expect(page.contains("href=\"https://example.org/?a=1&amp;b=2\""))
        // A quote with a role and no person says the role, as print does.
        #expect(page.contains("<figcaption>Beleidsadviseur jeugd</figcaption>"))
        // A source address with < and > is percent-encoded, not merely escaped (invalid HTML).
        #expect(page.contains("<a href=\"https://example.org/ok?a=1&amp;b=%3C2%3E\">https://example.org/ok?a=1&amp;b=&lt;2&gt;</a>"), "\(page)")
        let index = try text(site, "index.html")
        #expect(!index.contains("<script>alert") && !index.contains("<img src=x") && index.contains("&lt;img src=x onerror=alert(1)&gt;"))
    }

    /// The site uses the font files the print was drawn with, the theme's logo, band and footer,
    /// and list icons in the accent colour.
    @Test func fontsLogoAndIconsComeFromThePrint() throws {
        let folder = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let reports = ["kinderwerk-in-beeld.yaml", "kinderwerk-lindenmeer.yaml"].map { Paths.examples.appendingPathComponent($0) }
        _ = try build(reports, into: folder)
        let css = try text(folder, "assets/fonts.css")
        // fontconfig's answer for each face, checked against the file the site ships.
        for (family, style, weight, italic) in [("Inter", "Regular", 400, false), ("Inter", "Bold", 700, false), ("Inter", "Italic", 400, true),
                                                ("Lato", "Bold", 700, false)] {
            let file = try run("fc-match", ["-f", "%{file}", "\(family):style=\(style)"])
            let name = URL(fileURLWithPath: file).lastPathComponent
            #expect(css.contains("@font-face { font-family: \"\(family)\"; src: url(\"fonts/\(name)\")"), "\(family) \(style): \(css)")
            #expect(css.contains("font-weight: \(weight); font-style: \(italic ? "italic" : "normal")"))
            #expect(FileManager.default.contents(atPath: folder.appendingPathComponent("assets/fonts/\(name)").path) == FileManager.default.contents(atPath: file))
        }
        // Lindenmeer: green band, logo in the footer (bottomRight), blue icons.
        let page = try text(folder, "kinderwerk-lindenmeer/index.html")
        #expect(page.contains("<header class=\"report-header band\">"))
        #expect(page.contains("<footer class=\"report-footer\"><p>Gemeente Lindenmeer · Team Jeugd en Gezin · www.lindenmeer.example</p><img class=\"logo\" src=\"files/logo.svg\" alt=\"Gemeente Lindenmeer\""))
        #expect(FileManager.default.contents(atPath: folder.appendingPathComponent("kinderwerk-lindenmeer/files/logo.svg").path)
            == FileManager.default.contents(atPath: Paths.examples.appendingPathComponent("huisstijl/lindenmeer-logo.svg").path))
        #expect(page.contains("src=\"../icons/eye-1f6b9e.svg\""))
        #expect(try text(folder, "icons/eye-1f6b9e.svg").contains("<svg fill=\"#1f6b9e\" "))
        // The default theme: no band, no footer, icons in its accent.
        let plain = try text(folder, "kinderwerk-in-beeld/index.html")
        #expect(plain.contains("<header class=\"report-header\">") && !plain.contains("report-footer"))
        #expect(plain.contains("src=\"../icons/heart-c9441e.svg\""))
    }

    @Test func javascriptLinksAreRefusedWhenLoading() {
        let result = Pipeline().load(at: "title: x\nsections:\n  - kind: text\n    text: \"[klik](javascript:alert(1))\"\n")
        #expect(result.contains { $0.contains("links must start with http://, https:// or mailto:") }, "\(result)")
    }

    @Test func templatesCanBeReplacedOneByOne() throws {
        let work = try Paths.temporaryFolder()
        let templates = work.appendingPathComponent("templates/sections")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try Data("<section id=\"{{id}}\" class=\"eigen\"><h2>{{title}}</h2><p>{{{textHTML}}}</p></section>\n".utf8)
            .write(to: templates.appendingPathComponent("definition.mustache"))
        let site = work.appendingPathComponent("site")
        _ = try build([Paths.root.appendingPathComponent("Tests/Fixtures/kinderwerk-kort.yaml")], into: site, templates: work.appendingPathComponent("templates"))
        let page = try text(site, "kinderwerk-kort/index.html")
        #expect(page.contains("class=\"eigen\""))
        // The other templates are still the built-in ones.
        #expect(page.contains("class=\"downloads\""))

        try Data("<p>{{#open}}never closed</p>\n".utf8).write(to: templates.appendingPathComponent("definition.mustache"))
        do {
            _ = try build([Paths.root.appendingPathComponent("Tests/Fixtures/kinderwerk-kort.yaml")], into: site, templates: work.appendingPathComponent("templates"))
            Issue.record("a broken template was accepted")
        } catch {
            #expect("\(error)".contains("templates/sections/definition.mustache:"), "\(error)")
            #expect("\(error)".contains("cannot parse the template"))
        }
    }
}

extension Pipeline {
    /// The messages loading `yaml` gives (written to a file first).
    func load(at yaml: String) -> [String] {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("js-\(UUID().uuidString).yaml")
        try? Data(yaml.utf8).write(to: url)
        do {
            _ = try load(url)
            return []
        } catch {
            if case .invalidInput(let diagnostics) = error { return diagnostics.map(\.description) }
            return ["\(error)"]
        }
    }
}
