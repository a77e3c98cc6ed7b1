import Foundation
import PraatplaatCLI
import Testing

@Suite(.serialized)
struct CLITests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let flagship = root.appendingPathComponent("Tests/Fixtures/kinderwerk-kort.yaml").path

    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("praatplaat-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func run(_ arguments: [String]) -> (status: Int32, console: CapturingConsole) {
        let console = CapturingConsole()
        return (PraatplaatCommandLine.run(arguments, console: console), console)
    }

    @Test func renderWritesAllThreeFormats() throws {
        let out = try temporaryFolder()
        let (status, console) = run(["render", Self.flagship, "--out", out.path])
        #expect(status == 0, "\(console.stderr)")
        #expect(console.stdout.contains("kinderwerk-kort: 1 page"))
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(files == ["kinderwerk-kort.pdf", "kinderwerk-kort.png", "kinderwerk-kort.svg"])
    }

    /// `fit` says the type size it chose; when even the smallest legible size does not fit, it
    /// refuses and says how much must go.
    @Test func fitSaysWhatItChoseAndHowMuchDoesNotFit() throws {
        let poster = Self.root.appendingPathComponent("examples/kinderwerk-poster.yaml").path
        let (status, console) = run(["validate", poster])
        #expect(status == 0)
        #expect(console.stdout.contains("kinderwerk-poster.yaml: ok (fit: type at "), "\(console.stdout)")
        #expect(console.stdout.contains("%, body "))
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let long = String(repeating: "Kinderwerkers ondersteunen kinderen bij het opgroeien en merken vroeg op wanneer iets niet goed gaat. ", count: 40)
        let yaml = "title: Te lang\npage: { size: A5, fit: true }\nsections:\n" + (1...6).map { "  - kind: text\n    title: Deel \($0)\n    text: \(long)\n" }.joined()
        try Data(yaml.utf8).write(to: folder.appendingPathComponent("lang.yaml"))
        // Below the legible floor (8 pt on A4; A5 scales it to 6,7 pt) it refuses, saying how much must go.
        let (refused, tooLong) = run(["validate", folder.appendingPathComponent("lang.yaml").path])
        #expect(refused == 1)
        #expect(tooLong.stderr.contains("error: page.fit: the report does not fit on one page even with its body text at 6.7 pt"), "\(tooLong.stderr)")
        #expect(tooLong.stderr.contains(" mm must go"))
        // At the report's `page:` line, where 'fit' is said, not at 1:1.
        #expect(tooLong.stderr.contains("lang.yaml:2:7: error: page.fit:"), "\(tooLong.stderr)")
        let out = folder.appendingPathComponent("out")
        let (rendered, _) = run(["render", folder.appendingPathComponent("lang.yaml").path, "--out", out.path])
        #expect(rendered == 1)
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []).isEmpty)
    }

    @Test func brokenFilePrintsDiagnosticsAndWritesNothing() throws {
        let folder = try temporaryFolder()
        let broken = folder.appendingPathComponent("kapot.yaml")
        try """
        title: Kinderwerk in beeld
        sections:
          - kind: keyFigures
            figures:
              - { value: 140%, label: te veel }
        """.write(to: broken, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out")
        // A good file next to the broken one is not rendered either: the run stops before drawing.
        let (status, console) = run(["render", Self.flagship, broken.path, "--out", out.path])
        #expect(status == 1)
        #expect(console.stderr.contains(":5:18: error: sections[0].figures[0].value: expected a percentage from 0 to 100, got \"140%\""))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func usageErrorsExitWithTwo() {
        #expect(run(["render"]).status == 2)
        #expect(run(["render", Self.flagship, "--format", "gif"]).status == 2)
        #expect(run(["render", Self.flagship, "--dpi", "0"]).status == 2)
        #expect(run(["paint"]).status == 2)
    }

    @Test func helpExitsWithZero() {
        let (status, console) = run(["--help"])
        #expect(status == 0)
        #expect(console.stdout.contains("render"))
    }

    @Test func unwritableOutputExitsWithThree() throws {
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("not-a-folder")
        try Data().write(to: file)
        let (status, console) = run(["render", Self.flagship, "--out", file.path, "--format", "pdf"])
        #expect(status == 3)
        #expect(console.stderr.contains("cannot write to"))
    }

    @Test func validateReportsOk() {
        let (status, console) = run(["validate", Self.flagship])
        #expect(status == 0)
        #expect(console.stdout.contains("kinderwerk-kort.yaml: ok"))
    }
}

@Suite(.serialized)
struct MultiPageCLITests {
    static let flagship = CLITests.root.appendingPathComponent("examples/kinderwerk-in-beeld.yaml").path

    @Test func pagesGetNumberedFilesAndStaleOnesGo() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("praatplaat-pages-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        // Left from an earlier run when the report had one page, and three pages.
        for stale in ["kinderwerk-in-beeld.png", "kinderwerk-in-beeld-3.svg", "kinderwerk-in-beeld-notes.txt"] {
            try Data("oud".utf8).write(to: out.appendingPathComponent(stale))
        }
        let console = CapturingConsole()
        #expect(PraatplaatCommandLine.run(["render", Self.flagship, "--out", out.path], console: console) == 0, "\(console.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(files == ["kinderwerk-in-beeld-1.png", "kinderwerk-in-beeld-1.svg", "kinderwerk-in-beeld-2.png", "kinderwerk-in-beeld-2.svg",
                          "kinderwerk-in-beeld-notes.txt", "kinderwerk-in-beeld.pdf"])
        let info = try String(decoding: runTool("pdfinfo", [out.appendingPathComponent("kinderwerk-in-beeld.pdf").path]), as: UTF8.self)
        #expect(info.contains("Pages:           2"))
    }

    @Test func maxPagesTurnsOverflowIntoAnError() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("praatplaat-max-\(UUID().uuidString)")
        let console = CapturingConsole()
        let status = PraatplaatCommandLine.run(["render", Self.flagship, "--out", out.path, "--max-pages", "1"], console: console)
        #expect(status == 1)
        // It names the first section that does not fit and by how much the content overflows.
        #expect(console.stderr.contains("kinderwerk-in-beeld.yaml:54:5: error: sections[5]: this unitChart section and what follows do not fit on 1 page: the content overflows by"))
        #expect(console.stderr.contains(" mm"))
        // By what moved to page 2 (its content and the footer), not by where the footer stands.
        let mm = try #require(console.stderr.split(separator: "overflows by ").last?.split(separator: " ").first.flatMap { Double($0) })
        let report = CapturingConsole()
        _ = PraatplaatCommandLine.run(["validate", "--layout-report", "--format", "json", Self.flagship], console: report)
        let layout = try #require(try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
        let second = try #require(((layout["layout"] as? [String: Any])?["pages"] as? [[String: Any]])?.last?["filled"] as? Double)
        let contentHeight = 297 - 2 * 48 / 72 * 25.4
        #expect(mm >= second * contentHeight * 0.8 && mm <= second * contentHeight + 40, "\(mm) mm for a page \(second) full")
        #expect(!FileManager.default.fileExists(atPath: out.path))
        #expect(PraatplaatCommandLine.run(["render", Self.flagship, "--out", out.path, "--max-pages", "2", "--format", "pdf"], console: console) == 0)
    }

    func runTool(_ name: String, _ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }
}
