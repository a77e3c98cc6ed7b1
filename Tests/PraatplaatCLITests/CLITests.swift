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
        #expect(console.stdout.contains("kinderwerk-kort: ok"))
    }
}
