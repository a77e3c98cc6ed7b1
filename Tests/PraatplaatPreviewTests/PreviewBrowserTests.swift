import Foundation
@testable import PraatplaatPreview
import Testing

/// The preview in headless Chromium (Selenium, as the site's browser tests): a writer's round of
/// changes on disk and in the editor pane (scripts/check-preview-browser.py says what it checks).
@Suite(.serialized)
struct PreviewBrowserTests {
    static let python = Paths.root.appendingPathComponent(".build/browser-tools/bin/python")
    static let screenshots = Paths.root.appendingPathComponent("output/screenshots/preview")

    struct Check: Decodable { var checks: [String: Bool]; var console: [String] }

    @Test func aWriterUsesThePreviewInABrowser() async throws {
        guard FileManager.default.isExecutableFile(atPath: Self.python.path) else {
            Issue.record("the browser test tools are missing: run `make test-deps` (scripts/install-browser-tools.sh)")
            return
        }
        let folder = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("kinderwerk-in-beeld.yaml")
        try FileManager.default.copyItem(at: Paths.examples.appendingPathComponent("kinderwerk-in-beeld.yaml"), to: report)
        let server = PreviewServer(options: PreviewOptions(report: report))
        let url = try await server.start()
        defer { Task { await server.stop() } }
        let output = try run(Self.python.path, [Paths.root.appendingPathComponent("scripts/check-preview-browser.py").path, url.absoluteString,
                                                report.path, Self.screenshots.path])
        let result = try JSONDecoder().decode(Check.self, from: Data(output.utf8))
        #expect(result.checks.count >= 18)
        for (name, passed) in result.checks.sorted(by: { $0.key < $1.key }) { #expect(passed, "\(name)") }
        #expect(result.console.isEmpty, "\(result.console)")
    }
}
