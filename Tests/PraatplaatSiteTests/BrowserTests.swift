import Foundation
import PraatplaatPipeline
import PraatplaatSite
import Testing

/// The site in a real browser and the Nu HTML Checker: headless Chromium (Selenium and
/// chromium-driver) at 390 and 1280 px, axe-core for accessibility, vnu.jar for validity. The
/// tools live in .build/browser-tools (`make test-deps` sets them up).
@Suite(.serialized)
struct BrowserTests {
    static let python = Paths.root.appendingPathComponent(".build/browser-tools/bin/python")
    /// Screenshots to look at after a run (git-ignored).
    static let screenshots = Paths.root.appendingPathComponent("output/screenshots")

    struct HTMLCheck: Decodable { var pages: Int; var errors: [String]; var warnings: [String] }
    struct BrowserCheck: Decodable { var checked: [String]; var problems: [String]; var axe: String }

    func tool(_ script: String, _ arguments: [String]) throws -> Data {
        guard FileManager.default.isExecutableFile(atPath: Self.python.path) else {
            Issue.record("the browser test tools are missing: run `make test-deps` (scripts/install-browser-tools.sh)")
            return Data()
        }
        let output = try run(Self.python.path, [Paths.root.appendingPathComponent("scripts/\(script)").path] + arguments)
        return Data(output.utf8)
    }

    func site(_ reports: [URL], templates: URL? = nil) throws -> URL {
        let folder = try Paths.temporaryFolder()
        let pipeline = Pipeline()
        let loaded = try reports.map { try pipeline.load($0) }
        _ = try SiteBuilder(pipeline: pipeline, options: SiteOptions(outputDirectory: folder, templates: templates)).build(loaded)
        return folder
    }

    @Test func theExamplesSiteIsValidAndWorksInABrowser() throws {
        // The examples, and a report of long Dutch compounds that no example is tuned for.
        let reports = try SiteTests.examples() + [Paths.root.appendingPathComponent("Tests/Fixtures/site/lange-woorden.yaml")]
        let folder = try site(reports)
        defer { try? FileManager.default.removeItem(at: folder) }

        let html = try JSONDecoder().decode(HTMLCheck.self, from: tool("check-html.py", [folder.path]))
        #expect(html.pages == reports.count + 2)
        #expect(html.errors.isEmpty, "\(html.errors)")
        #expect(html.warnings.isEmpty, "\(html.warnings)")

        try? FileManager.default.removeItem(at: Self.screenshots)
        let browser = try JSONDecoder().decode(BrowserCheck.self, from: tool("check-site-browser.py", [folder.path, Self.screenshots.path]))
        // The index and every report page, each at both widths.
        #expect(browser.checked.count == (reports.count + 1) * 2)
        #expect(browser.problems.isEmpty, "\(browser.problems)")
        #expect(browser.axe.hasPrefix("4."))
        for (name, width) in [("index", 390), ("kinderwerk-in-beeld", 1280), ("kinderwerk-lindenmeer", 390)] {
            let png = try Data(contentsOf: Self.screenshots.appendingPathComponent("\(name)-\(width).png"))
            // PNG header: the width is the big-endian word at byte 16.
            #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
            #expect(png[16...19].reduce(0) { $0 << 8 | Int($1) } == width)
        }
    }

    struct PixelComparison: Decodable { var size: [Int]; var differing: Double; var mean: Double; var serif_fallback: Bool }

    /// The SVG writer's page drawn by Chromium with no font of the report's installed (only the
    /// fonts inside the SVG can draw its text) looks like Cairo's PNG of the same page: the
    /// pixels that differ by more than a quarter of a channel are anti-aliased edges only.
    @Test(arguments: ["kinderwerk-in-beeld", "kinderwerk-lindenmeer"])
    func theSVGLooksLikeThePNGInChromium(_ name: String) throws {
        let folder = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pipeline = Pipeline()
        let outcome = try pipeline.render(try pipeline.load(Paths.root.appendingPathComponent("examples/\(name).yaml")),
                                          options: RenderOptions(outputDirectory: folder, formats: [.svg, .png]))
        let svgs = outcome.written.filter { $0.pathExtension == "svg" }
        #expect(!svgs.isEmpty)
        for svg in svgs {
            let png = svg.deletingPathExtension().appendingPathExtension("png")
            let result = try JSONDecoder().decode(PixelComparison.self, from: tool("compare-svg-png.py", [svg.path, png.path, Self.screenshots.appendingPathComponent("svg").path]))
            #expect(result.serif_fallback, "the comparison needs DejaVu Serif as the only installed font")
            // Anti-aliased edges only: a page of small type in columns has more of them (the
            // Lindenmeer factsheet at 8 pt, 1.04%); a missing block or another font is far more.
            #expect(result.differing < 0.015, "\(svg.lastPathComponent): \(result.differing) of the pixels differ")
            #expect(result.mean < 2.5, "\(svg.lastPathComponent): mean difference \(result.mean)")
        }
    }

    /// The checks can fail: a report template that scrolls sideways, loads a missing image and
    /// script, and has an image without alt text is caught by both tools.
    @Test func brokenPagesAreCaught() throws {
        let work = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let templates = work.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        let builtIn = try String(contentsOf: Paths.root.appendingPathComponent("templates/report.mustache"), encoding: .utf8)
        let broken = builtIn.replacingOccurrences(of: "<main id=\"main\" class=\"report\">", with: """
            <main id="main" class="report"><div style="width: 2000px">wide</div><img src="missing.png"><script src="missing.js"></script>
            """)
        try Data(broken.utf8).write(to: templates.appendingPathComponent("report.mustache"))
        let folder = try site([Paths.root.appendingPathComponent("Tests/Fixtures/kinderwerk-kort.yaml")], templates: templates)
        defer { try? FileManager.default.removeItem(at: folder) }

        let html = try JSONDecoder().decode(HTMLCheck.self, from: tool("check-html.py", [folder.path]))
        #expect(html.errors.contains { $0.hasPrefix("kinderwerk-kort/index.html:") && $0.contains("alt") }, "\(html.errors)")

        let browser = try JSONDecoder().decode(BrowserCheck.self,
                                               from: tool("check-site-browser.py", [folder.path, work.appendingPathComponent("shots").path]))
        for width in [390, 1280] {
            let page = browser.problems.filter { $0.hasPrefix("kinderwerk-kort/index.html @\(width)px") }
            #expect(page.contains { $0.contains("scrolls sideways") }, "\(page)")
            #expect(page.contains { $0.contains("image did not load: missing.png") }, "\(page)")
            #expect(page.contains { $0.contains("console error") && $0.contains("missing.js") }, "\(page)")
            #expect(page.contains { $0.contains("axe image-alt (critical)") }, "\(page)")
        }
        #expect(!browser.problems.contains { $0.hasPrefix("index.html") }, "\(browser.problems)")
    }
}
