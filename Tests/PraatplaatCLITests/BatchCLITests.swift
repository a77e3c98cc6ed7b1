import Foundation
import PraatplaatCLI
import Testing

/// `praatplaat batch` as a user meets it: the example, progress in logs, exit codes, the site,
/// and memory that stays flat with many rows.
@Suite(.serialized)
struct BatchCLITests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let template = root.appendingPathComponent("examples/gemeenten/factsheet.yaml").path
    static let data = root.appendingPathComponent("examples/gemeenten/gemeenten.csv").path

    func run(_ arguments: [String]) -> (Int32, CapturingConsole) {
        let console = CapturingConsole()
        return (PraatplaatCommandLine.run(arguments, console: console), console)
    }

    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("praatplaat-batch-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func theExampleRendersWithProgressAndASite() throws {
        let out = try folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let (status, console) = run(["batch", Self.template, "--data", Self.data, "--name-column", "gemeente", "--out", out.path, "--site"])
        #expect(status == 0, "\(console.stderr)")
        // Not a terminal: plain lines, ending at 100%.
        let lines = console.stderr.split(separator: "\n").filter { $0.hasPrefix("batch: ") }
        #expect(lines.count >= 2 && lines.last?.hasPrefix("batch: 12/12 rows (100%), 0 failed, ") == true, "\(console.stderr)")
        #expect(!console.stderr.contains("\r"))
        #expect(console.stdout.contains("batch: 12 rendered, 0 up to date, 0 failed, 12 pages in "), "\(console.stdout)")
        for name in ["lindenmeer", "lindenmeer-2", "sudwest-fjildsein", "kranenburg-aan-zee"] {
            for ext in ["pdf", "svg", "png"] {
                #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("\(name).\(ext)").path), "\(name).\(ext)")
            }
        }
        #expect(FileManager.default.contents(atPath: out.appendingPathComponent("groenveen.pdf").path)?.starts(with: Data("%PDF-".utf8)) == true)
        // The site: a card per municipality, found by name by the filter, downloads copied.
        let index = try String(contentsOf: out.appendingPathComponent("site/index.html"), encoding: .utf8)
        #expect(index.components(separatedBy: "class=\"card\"").count - 1 == 12)
        #expect(index.contains("data-search=\"kinderwerk in súdwest-fjildsein"), "filter words")
        #expect(FileManager.default.contents(atPath: out.appendingPathComponent("site/groenveen/groenveen.pdf").path)
            == FileManager.default.contents(atPath: out.appendingPathComponent("groenveen.pdf").path))
        let page = try String(contentsOf: out.appendingPathComponent("site/groenveen/index.html"), encoding: .utf8)
        #expect(page.contains("<h1>Kinderwerk in Groenveen</h1>") && page.contains("voorbeeldgegevens"))
        // Again: nothing to render.
        let (again, second) = run(["batch", Self.template, "--data", Self.data, "--name-column", "gemeente", "--out", out.path])
        #expect(again == 0 && second.stdout.contains("batch: 0 rendered, 12 up to date, 0 failed"), "\(second.stdout)")
    }

    /// The example's data with Zandhoven's reach (line 7, column 8) written "8,6x".
    static func dataWithABadCell(in folder: URL) throws -> URL {
        let csv = try String(contentsOfFile: data, encoding: .utf8)
            .replacingOccurrences(of: "Zandhoven;Noord-Brabant;2026;Welzijn De Kempen;2.105;3;15%", with: "Zandhoven;Noord-Brabant;2026;Welzijn De Kempen;2.105;3;8,6x")
        let url = folder.appendingPathComponent("gemeenten.csv")
        try Data(csv.utf8).write(to: url)
        return url
    }

    @Test func badRowsExitNonZeroWithASummary() throws {
        let work = try folder()
        defer { try? FileManager.default.removeItem(at: work) }
        let data = try Self.dataWithABadCell(in: work)
        let (status, console) = run(["batch", Self.template, "--data", data.path, "--name-column", "gemeente", "--out", work.appendingPathComponent("out").path, "--format", "pdf"])
        #expect(status == 1)
        #expect(console.stderr.contains("\(data.path):7:8: error: sections[1].figures[2].value: column bereik: \"8,6x\" is not a number"), "\(console.stderr)")
        #expect(console.stderr.contains("batch: 1 of 12 rows failed; the other rows were rendered"), "\(console.stderr)")
        #expect(console.stdout.contains("batch: 11 rendered, 0 up to date, 1 failed"), "\(console.stdout)")
    }

    /// `--diagnostics json`: one JSON object per problem on standard error, as `validate --format
    /// json` writes them, with the data file's line and column; nothing else there.
    @Test func diagnosticsAsJSONLines() throws {
        let work = try folder()
        defer { try? FileManager.default.removeItem(at: work) }
        let data = try Self.dataWithABadCell(in: work)
        let (status, console) = run(["batch", Self.template, "--data", data.path, "--name-column", "gemeente", "--out",
                                     work.appendingPathComponent("out").path, "--format", "pdf", "--diagnostics", "json"])
        #expect(status == 1)
        let lines = console.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(console.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(object["file"] as? String == data.path)
        #expect(object["line"] as? Int == 7 && object["column"] as? Int == 8)
        #expect(object["severity"] as? String == "error")
        #expect(object["path"] as? String == "sections[1].figures[2].value")
        #expect((object["message"] as? String)?.hasPrefix("column bereik: \"8,6x\" is not a number") == true)
        #expect(Set(object.keys) == ["file", "line", "column", "severity", "path", "message", "hint"])
    }

    /// `--strict`: a row with a warning is not written and fails; the others are written.
    @Test func strictFailsRowsWithWarnings() throws {
        let work = try folder()
        defer { try? FileManager.default.removeItem(at: work) }
        let template = work.appendingPathComponent("t.yaml")
        try """
        title: "Kinderwerk in {{gemeente}}"
        sections:
          - kind: keyFigures
            figures:
              - { value: "{{aandeel}}", label: "{{label}}" }
        """.write(to: template, atomically: true, encoding: .utf8)
        let data = work.appendingPathComponent("d.csv")
        let long = String(repeating: "heel lang label ", count: 8)
        try "gemeente;aandeel;label\nKort;18%;kinderen\nLang;20%;\(long)\n".write(to: data, atomically: true, encoding: .utf8)
        let out = work.appendingPathComponent("out")
        let (plain, first) = run(["batch", template.path, "--data", data.path, "--name-column", "gemeente", "--out", out.path, "--format", "pdf"])
        #expect(plain == 0, "\(first.stderr)")
        #expect(first.stderr.contains("\(data.path):3:1: warning: "), "\(first.stderr)")
        let fresh = work.appendingPathComponent("strict")
        let (strict, second) = run(["batch", template.path, "--data", data.path, "--name-column", "gemeente", "--out", fresh.path, "--format", "pdf", "--strict"])
        #expect(strict == 1, "\(second.stderr)")
        #expect(second.stderr.contains("\(data.path):3:1: error: "), "\(second.stderr)")
        #expect(FileManager.default.fileExists(atPath: fresh.appendingPathComponent("kort.pdf").path))
        #expect(!FileManager.default.fileExists(atPath: fresh.appendingPathComponent("lang.pdf").path))
        // Where a lenient run made every row, a strict run still looks at each row's warnings
        // instead of skipping them as up to date.
        let (again, third) = run(["batch", template.path, "--data", data.path, "--name-column", "gemeente", "--out", out.path, "--format", "pdf", "--strict"])
        #expect(again == 1, "\(third.stdout) \(third.stderr)")
        #expect(third.stderr.contains("\(data.path):3:1: error: "), "\(third.stderr)")
    }

    /// `site --diagnostics json`: a broken template override is a JSON line at its line and column.
    @Test func siteSpeaksJSONToo() throws {
        let work = try folder()
        defer { try? FileManager.default.removeItem(at: work) }
        let templates = work.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try "<h1>{{title}</h1>\n".write(to: templates.appendingPathComponent("index.mustache"), atomically: true, encoding: .utf8)
        let report = Self.root.appendingPathComponent("examples/kinderwerk-cijfers.yaml").path
        let (status, console) = run(["site", report, "--out", work.appendingPathComponent("site").path, "--templates", templates.path,
                                     "--diagnostics", "json"])
        #expect(status == 1)
        let lines = console.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(console.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect((object["file"] as? String)?.hasSuffix("templates/index.mustache") == true)
        #expect(object["line"] as? Int == 1 && object["severity"] as? String == "error", "\(object)")
        #expect(!FileManager.default.fileExists(atPath: work.appendingPathComponent("site/index.html").path))
    }

    @Test func usageErrors() {
        #expect(run(["batch", Self.template, "--data", Self.data, "--shard", "4/3"]).0 == 2)
        #expect(run(["batch", Self.template, "--data", Self.data, "--name-column", "gemeent"]).1.stderr.contains("did you mean \"gemeente\"?"))
        #expect(run(["batch", Self.template, "--data", "/nonexistent.csv"]).0 == 1)
        #expect(run(["batch", "--help"]).1.stdout.contains("--name-column"))
    }

    /// 5,000 rows in one run stay within 150 MB, and barely above a 500-row run: rows are
    /// streamed and each scene is dropped once written. Measured on the built binary.
    @Test func memoryStaysFlatWithManyRows() throws {
        let work = try folder()
        defer { try? FileManager.default.removeItem(at: work) }
        let template = """
            title: "Kaart {{n}}"
            language: nl
            page: { size: A5 }
            sections:
              - kind: keyFigures
                figures:
                  - { value: "{{v}}", label: "waarde voor {{n}}" }
            """
        try Data(template.utf8).write(to: work.appendingPathComponent("kaart.yaml"))
        func peak(rows: Int) throws -> Int {
            let csv = "n;v\n" + (0..<rows).map { "Rij \($0);\($0 * 7 % 1000)" }.joined(separator: "\n") + "\n"
            let data = work.appendingPathComponent("rows-\(rows).csv")
            try Data(csv.utf8).write(to: data)
            let binary = Self.root.appendingPathComponent(".build/debug/praatplaat").path
            let script = "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
                + "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", "-c", script, binary, "batch", work.appendingPathComponent("kaart.yaml").path, "--data", data.path,
                                 "--format", "pdf", "--out", work.appendingPathComponent("out-\(rows)").path]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let output = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
            return Int(String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
        }
        let small = try peak(rows: 500), large = try peak(rows: 5000)
        #expect(small > 0 && large > 0)
        #expect(large < 150 * 1024, "peak RSS \(large) kB for 5,000 rows")
        #expect(large - small < 25 * 1024, "5,000 rows: \(large) kB, 500 rows: \(small) kB")
        let files = try FileManager.default.contentsOfDirectory(atPath: work.appendingPathComponent("out-5000").path).filter { $0.hasSuffix(".pdf") }
        #expect(files.count == 5000)
    }
}
