import Foundation
import PraatplaatLoader
import PraatplaatModel
import Testing

/// Icons and images resolve inside the report's folder and nowhere else.
struct FileResolverTests {
    let folder: URL
    let resolver: FileResolver

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("praatplaat-files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("img"), withIntermediateDirectories: true)
        try Data("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 1 1'/>".utf8).write(to: folder.appendingPathComponent("img/logo.svg"))
        try Data().write(to: folder.appendingPathComponent("notes.txt"))
        // A link that points out of the folder must not let a report read outside it.
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("passwd.svg").path, withDestinationPath: "/etc/passwd")
        resolver = FileResolver(baseDirectory: folder, builtInIcons: BuiltInIcons.names)
    }

    @Test func builtInIconsAndFilesInsideResolve() throws {
        #expect(try resolver.resolve("heart").get() == .builtInIcon("heart"))
        guard case .file(let url) = try resolver.resolve("img/logo.svg").get() else { Issue.record("not a file"); return }
        #expect(url.path.hasSuffix("/img/logo.svg"))
    }

    @Test(arguments: ["../../etc/passwd", "/etc/passwd", "img/../../x.svg", "passwd.svg", "~/x.svg", "file:///etc/passwd"])
    func pathsLeavingTheFolderAreRefused(_ path: String) {
        guard case .failure(let error) = resolver.resolve(path) else { Issue.record("\(path) resolved"); return }
        #expect(error.message.contains("leaves the report's folder") || error.message.contains("not a PNG or SVG")
                    || error.message.contains("is a link to a file outside the report's folder"), "\(path): \(error.message)")
    }

    @Test func missingFilesAndUnknownIconsSayWhat() {
        #expect(resolver.resolve("img/none.png") == .failure(.missing("img/none.png", "report")))
        #expect(resolver.resolve("notes.txt") == .failure(.format("notes.txt", FileResolver.imageExtensions)))
        guard case .failure(let error) = resolver.resolve("hart") else { Issue.record("resolved"); return }
        #expect(error.hint == "did you mean 'heart'?")
    }

    @Test func loaderReportsBadReferencesWithTheirPlace() throws {
        let report = folder.appendingPathComponent("r.yaml")
        try """
        title: Plaatjes
        sections:
          - kind: image
            source: ../../etc/passwd
            alt: geheim
          - kind: list
            items:
              - { text: een, icon: hart }
          - kind: image
            source: img/logo.svg
        """.write(to: report, atomically: true, encoding: .utf8)
        let result = ReportLoader.load(contentsOf: report, displayName: "r.yaml")
        #expect(result.diagnostics.map(\.description) == [
            "r.yaml:4:13: error: sections[0].source: the path \"../../etc/passwd\" leaves the report's folder; files must be next to the report or below it",
            "r.yaml:8:28: error: sections[1].items[0].icon: unknown icon 'hart'; did you mean 'heart'?",
            "r.yaml:9:5: warning: sections[2].alt: the image has no alt text; readers of the site and of the PDF who cannot see it will not know what it shows; add 'alt:' with a sentence saying what the picture shows",
        ])
    }
}
