import Foundation
import PraatplaatCLI
import Testing

/// validate, --format json, --strict and the all-or-nothing render, through the command line.
@Suite(.serialized)
struct DiagnosticsCLITests {
    static let fixtures = CLITests.root.appendingPathComponent("Tests/Fixtures")
    static let warnings = fixtures.appendingPathComponent("warnings/warnings.yaml").path
    static let outOfRange = fixtures.appendingPathComponent("invalid/out-of-range.yaml").path
    static let unknownKey = fixtures.appendingPathComponent("invalid/unknown-key.yaml").path

    func run(_ arguments: [String]) -> (status: Int32, console: CapturingConsole) {
        let console = CapturingConsole()
        return (PraatplaatCommandLine.run(arguments, console: console), console)
    }

    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("praatplaat-diag-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func validateReportsEveryProblemInEveryFile() {
        let (status, console) = run(["validate", Self.outOfRange, CLITests.flagship, Self.unknownKey])
        #expect(status == 1)
        let errors = console.stderr.split(separator: "\n")
        #expect(errors.filter { $0.contains("out-of-range.yaml:") }.count == 4)
        #expect(errors.contains { $0.hasSuffix("unknown-key.yaml:5:5: error: sections[0].itmes: unknown key 'itmes'; did you mean 'items'?") })
        #expect(console.stdout.contains("kinderwerk-kort.yaml: ok"))
        #expect(console.stdout.contains("out-of-range.yaml: has errors"))
    }

    @Test func jsonLinesCarryEveryField() throws {
        let (status, console) = run(["validate", "--format", "json", Self.outOfRange])
        #expect(status == 1)
        #expect(console.stderr.isEmpty)
        let lines = console.stdout.split(separator: "\n")
        #expect(lines.count == 4)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(Set(first.keys) == ["file", "line", "column", "severity", "path", "message", "hint"])
        #expect((first["file"] as? String)?.hasSuffix("out-of-range.yaml") == true)
        #expect(first["line"] as? Int == 9)
        #expect(first["column"] as? Int == 16)
        #expect(first["severity"] as? String == "error")
        #expect(first["path"] as? String == "sections[1].figures[1].value")
        #expect(first["message"] as? String == "expected a percentage from 0 to 100, got \"140%\"")
        #expect(first["hint"] is NSNull)
        let second = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        #expect(second["hint"] as? String == "key figures count or share something; they cannot be negative")
    }

    @Test func warningsPassUnlessStrict() throws {
        let plain = run(["validate", Self.warnings])
        #expect(plain.status == 0)
        #expect(plain.console.stderr.components(separatedBy: ": warning: ").count - 1 == 7)
        #expect(plain.console.stdout.contains("warnings.yaml: ok (7 warnings)"))

        let strict = run(["validate", "--strict", Self.warnings])
        #expect(strict.status == 1)
        #expect(strict.console.stderr.components(separatedBy: ": error: ").count - 1 == 7)
        #expect(!strict.console.stderr.contains(": warning:"))
    }

    @Test func renderReportsDiagnosticsTheSameWayAndStrictWritesNothing() throws {
        let out = try folder()
        let lenient = run(["render", Self.warnings, "--out", out.path, "--format", "pdf", "--diagnostics", "json"])
        #expect(lenient.status == 0, "\(lenient.console.stderr)")
        let validate = run(["validate", "--format", "json", Self.warnings])
        // The same problems, in the same words, on standard error instead of standard output.
        #expect(lenient.console.stderr == validate.console.stdout)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("warnings.pdf").path))

        let strictOut = try folder().appendingPathComponent("strict")
        let strict = run(["render", Self.warnings, "--out", strictOut.path, "--strict"])
        #expect(strict.status == 1)
        #expect(!FileManager.default.fileExists(atPath: strictOut.path))
    }

    @Test func aRunThatFailsOnItsThirdReportWritesNothing() throws {
        let work = try folder()
        let out = work.appendingPathComponent("out")
        // Three reports; the third is valid but needs more than the one page allowed.
        let first = work.appendingPathComponent("een.yaml"), second = work.appendingPathComponent("twee.yaml")
        try FileManager.default.copyItem(atPath: CLITests.flagship, toPath: first.path)
        try FileManager.default.copyItem(atPath: CLITests.flagship, toPath: second.path)
        let third = CLITests.root.appendingPathComponent("examples/kinderwerk-in-beeld.yaml").path
        let (status, console) = run(["render", first.path, second.path, third, "--out", out.path, "--max-pages", "1", "--format", "pdf"])
        #expect(status == 1)
        #expect(console.stderr.contains("kinderwerk-in-beeld.yaml:54:5: error: sections[5]"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func aWriteThatFailsHalfwayKeepsThePreviousRun() throws {
        let work = try folder()
        let out = work.appendingPathComponent("out")
        let report = work.appendingPathComponent("plaat.yaml")
        try FileManager.default.copyItem(atPath: CLITests.flagship, toPath: report.path)
        #expect(run(["render", report.path, "--out", out.path, "--format", "pdf,svg"]).status == 0)
        let pdf = out.appendingPathComponent("plaat.pdf"), svg = out.appendingPathComponent("plaat.svg")
        let before = (try Data(contentsOf: pdf), try Data(contentsOf: svg))

        // The report changes, and the PNG's name is taken by a folder (this works as root too,
        // where permissions would not): the PDF and SVG render fine, the PNG cannot be written.
        let text = try String(contentsOf: report, encoding: .utf8).replacingOccurrences(of: "title: Kinderwerk in beeld", with: "title: Kinderwerk anders")
        try text.write(to: report, atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: out.appendingPathComponent("plaat.png"), withIntermediateDirectories: false)
        let (status, console) = run(["render", report.path, "--out", out.path, "--format", "pdf,svg,png"])
        #expect(status == 3)
        #expect(console.stderr.contains("cannot write to"), "\(console.stderr)")
        // Neither file of the earlier run was replaced, and no temporary file was left behind.
        #expect(try Data(contentsOf: pdf) == before.0)
        #expect(try Data(contentsOf: svg) == before.1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["plaat.pdf", "plaat.png", "plaat.svg"])

        // Once the way is clear, the same run replaces all three.
        try FileManager.default.removeItem(at: out.appendingPathComponent("plaat.png"))
        #expect(run(["render", report.path, "--out", out.path, "--format", "pdf,svg,png"]).status == 0)
        #expect(try Data(contentsOf: svg) != before.1)
    }

    @Test func outputNamesAreSanitised() throws {
        let work = try folder()
        let report = work.appendingPathComponent("wijk:\u{7}noord.yaml")
        try FileManager.default.copyItem(atPath: CLITests.flagship, toPath: report.path)
        let out = work.appendingPathComponent("out")
        #expect(run(["render", report.path, "--out", out.path, "--format", "pdf"]).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["wijk__noord.pdf"])
    }

    @Test func schemaCommandPrintsTheCommittedSchema() throws {
        let (status, console) = run(["schema"])
        #expect(status == 0)
        let committed = try String(contentsOf: CLITests.root.appendingPathComponent("schema/praatplaat.schema.json"), encoding: .utf8)
        #expect(console.stdout == committed)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(console.stdout.utf8)) as? [String: Any])
        #expect(object["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    }
}

/// `praatplaat fonts` lists what fontconfig has, so a theme's family can be checked before use.
struct FontsCommandTests {
    @Test func listsInstalledFamiliesSortedOncePerLine() throws {
        let console = CapturingConsole()
        #expect(PraatplaatCommandLine.run(["fonts"], console: console) == 0)
        let families = console.stdout.split(separator: "\n").map(String.init)
        #expect(families.contains("Inter"), "fonts-inter is installed by make test-deps")
        #expect(Set(families).count == families.count)
        #expect(families == families.sorted { $0.localizedStandardCompare($1) == .orderedAscending })
        // Every family fc-list knows (the first name on each of its lines; the others are style
        // names such as "Inter Black") is listed. Pango adds generic aliases such as Sans.
        let fcList = Process()
        fcList.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        fcList.arguments = ["fc-list", ":", "family"]
        let pipe = Pipe()
        fcList.standardOutput = pipe
        try fcList.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        fcList.waitUntilExit()
        let known = Set(output.split(separator: "\n").compactMap { $0.split(separator: ",").first.map(String.init) })
        #expect(!known.isEmpty)
        #expect(known.subtracting(families).isEmpty, "missing: \(known.subtracting(families))")
    }
}

struct BleedOptionTests {
    @Test func bleedIsReadInMillimetresAndBounded() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("praatplaat-bleed-\(UUID().uuidString)")
        let console = CapturingConsole()
        #expect(PraatplaatCommandLine.run(["render", CLITests.flagship, "--out", out.path, "--format", "pdf", "--bleed", "3mm"], console: console) == 0)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("kinderwerk-kort.pdf").path))
        let bad = CapturingConsole()
        #expect(PraatplaatCommandLine.run(["render", CLITests.flagship, "--out", out.path, "--bleed", "30mm"], console: bad) == 2)
        #expect(bad.stderr.contains("--bleed must be from 0 to 20 mm"))
        #expect(PraatplaatCommandLine.run(["render", CLITests.flagship, "--out", out.path, "--bleed", "drie"], console: CapturingConsole()) == 2)
    }
}

/// `--theme` and a report's `theme:` reach the drawing: the title takes the theme's primary colour.
@Suite(.serialized)
struct ThemeOptionTests {
    func titleColour(_ arguments: [String], report: String = CLITests.flagship) throws -> (Int, Int, Int) {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("praatplaat-theme-\(UUID().uuidString)")
        let console = CapturingConsole()
        #expect(PraatplaatCommandLine.run(["render", report, "--out", out.path, "--format", "png", "--dpi", "72"] + arguments, console: console) == 0,
                "\(console.stderr)")
        let name = URL(fileURLWithPath: report).deletingPathExtension().lastPathComponent
        let data = try Data(contentsOf: out.appendingPathComponent("\(name).png"))
        return try darkestInTitle(data)
    }

    /// The darkest pixel in the band where the title is set (A4 at 72 dpi: y 80 to 110, x 48 to 300).
    func darkestInTitle(_ png: Data) throws -> (Int, Int, Int) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("t-\(UUID().uuidString).png")
        try png.write(to: file)
        let script = """
        import sys, zlib, struct
        d = open(sys.argv[1], 'rb').read(); pos = 8; idat = b''; w = h = 0
        while pos < len(d):
            n, k = struct.unpack('>I4s', d[pos:pos + 8]); body = d[pos + 8:pos + 8 + n]
            if k == b'IHDR': w, h = struct.unpack('>II', body[:8])
            if k == b'IDAT': idat += body
            pos += 12 + n
        raw = zlib.decompress(idat); stride = w * 3 + 1; rows = []; prev = bytearray(w * 3)
        for y in range(h):
            f = raw[y * stride]; line = bytearray(raw[y * stride + 1:(y + 1) * stride])
            for i in range(len(line)):
                a = line[i - 3] if i >= 3 else 0; b = prev[i]; c = prev[i - 3] if i >= 3 else 0
                if f == 1: line[i] = (line[i] + a) & 255
                elif f == 2: line[i] = (line[i] + b) & 255
                elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
                elif f == 4:
                    p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                    line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
            rows.append(line); prev = line
        best = min(((rows[y][x * 3], rows[y][x * 3 + 1], rows[y][x * 3 + 2]) for y in range(80, 110) for x in range(48, 300)), key=sum)
        print(*best)
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let values = output.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
        try #require(values.count == 3, "\(output)")
        return (values[0], values[1], values[2])
    }

    @Test func themeOptionChangesTheTitleColour() throws {
        let navy = try titleColour([])
        #expect(navy.2 > navy.0 + 40, "default title is navy, got \(navy)")
        let grey = try titleColour(["--theme", "monochrome"])
        #expect(abs(grey.0 - grey.1) < 8 && abs(grey.1 - grey.2) < 8, "monochrome title is grey, got \(grey)")
    }

    @Test func aReportNamesItsTheme() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("praatplaat-theme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let report = folder.appendingPathComponent("grijs.yaml")
        let text = try String(contentsOfFile: CLITests.flagship, encoding: .utf8)
            .replacingOccurrences(of: "\nsections:", with: "\ntheme: monochrome\nsections:")
        try text.write(to: report, atomically: true, encoding: .utf8)
        let grey = try titleColour([], report: report.path)
        #expect(abs(grey.0 - grey.1) < 8 && abs(grey.1 - grey.2) < 8, "got \(grey)")
        // --theme wins over the report's own.
        let contrast = try titleColour(["--theme", "high-contrast"], report: report.path)
        #expect(contrast.2 > contrast.0 + 40, "got \(contrast)")
    }

    @Test func unknownThemeIsAUsageError() {
        let console = CapturingConsole()
        #expect(PraatplaatCommandLine.run(["render", CLITests.flagship, "--theme", "paars"], console: console) == 2)
        #expect(console.stderr.contains("unknown theme 'paars'; the built-in themes are default, monochrome, high-contrast"))
    }

    @Test func themeFileOnTheCommandLine() throws {
        let theme = CLITests.root.appendingPathComponent("examples/huisstijl/lindenmeer.yaml").path
        // The band header puts the title in white on green: the darkest title pixel is the band's.
        let onBand = try titleColour(["--theme", theme])
        #expect(abs(onBand.0 - 0x1D) < 8 && abs(onBand.1 - 0x5C) < 8 && abs(onBand.2 - 0x3A) < 8, "\(onBand)")

        let missing = CapturingConsole()
        #expect(PraatplaatCommandLine.run(["render", CLITests.flagship, "--theme", "nergens.yaml"], console: missing) == 2)
        #expect(missing.stderr.contains("--theme: no such file 'nergens.yaml'"))

        // A broken theme file: every problem at its line and column, exit 1, nothing written.
        let broken = CLITests.root.appendingPathComponent("Tests/Fixtures/invalid/themes/broken-theme.yaml").path
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("praatplaat-theme-\(UUID().uuidString)")
        let console = CapturingConsole()
        #expect(PraatplaatCommandLine.run(["render", CLITests.flagship, "--theme", broken, "--out", out.path], console: console) == 1)
        #expect(console.stderr.contains("broken-theme.yaml:5:12: error: palette.primary: expected a colour as #RRGGBB, got \"1B3A6B\""), "\(console.stderr)")
        #expect(console.stderr.split(separator: "\n").filter { $0.contains("broken-theme.yaml:") }.count == 12)
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    /// A theme font that is not installed: a warning naming what Pango used; with --strict an error.
    @Test func missingThemeFontIsAnErrorUnderStrict() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("praatplaat-font-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let theme = folder.appendingPathComponent("thema.yaml")
        try Data("fonts:\n  headings: [Praatplaat Nergens Sans]\n".utf8).write(to: theme)
        let out = folder.appendingPathComponent("out")
        let lenient = CapturingConsole()
        #expect(PraatplaatCommandLine.run(["render", CLITests.flagship, "--theme", theme.path, "--out", out.path, "--format", "pdf"], console: lenient) == 0)
        #expect(lenient.stderr.contains("warning: fonts: the font family 'Praatplaat Nergens Sans' is not installed; Pango fell back to '"), "\(lenient.stderr)")
        try FileManager.default.removeItem(at: out)
        let strict = CapturingConsole()
        #expect(PraatplaatCommandLine.run(["render", CLITests.flagship, "--theme", theme.path, "--out", out.path, "--strict"], console: strict) == 1)
        #expect(strict.stderr.contains("error: fonts: the font family 'Praatplaat Nergens Sans' is not installed"), "\(strict.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func schemaOfThemeFiles() throws {
        let console = CapturingConsole()
        #expect(PraatplaatCommandLine.run(["schema", "--theme"], console: console) == 0)
        let committed = try String(contentsOf: CLITests.root.appendingPathComponent("schema/praatplaat-theme.schema.json"), encoding: .utf8)
        #expect(console.stdout == committed)
    }
}
