import ArgumentParser
import Foundation
import PraatplaatLayout
import PraatplaatLoader
import PraatplaatModel
import PraatplaatPipeline

/// A subcommand that runs against a console and returns its exit status.
protocol ConsoleCommand: ParsableCommand {
    func execute(_ console: Console) -> ExitStatus
}

struct Root: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "praatplaat",
        abstract: "Turn a report file into print-ready PDF, SVG and PNG infographics.",
        version: "0.1.0",
        subcommands: [Render.self, Validate.self, Preview.self, Site.self, Batch.self, Schema.self, Fonts.self]
    )
}

struct Render: ConsoleCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render report files to PDF, SVG and PNG.",
        discussion: "Writes DIR/<name>.pdf, .svg and .png for each report. Nothing is written when a report has errors."
    )

    @Argument(help: "Report files (.yaml, .yml or .json).")
    var reports: [String]

    @Option(name: .long, help: "Output folder.")
    var out: String = "output"

    @Option(name: .long, help: "Formats to write, comma-separated: pdf, svg, png.")
    var format: String = "pdf,svg,png"

    @Option(name: .long, help: "Resolution of PNG files in dots per inch (10 to 600); the PNG records it.")
    var dpi: Double = 150

    @Option(name: .customLong("svg-text"), help: "How SVG files carry text: 'text' (real text, the fonts' glyphs embedded: searchable and editable) or 'outlines' (glyph shapes, for tools that cannot read web fonts).")
    var svgText: SVGTextMode = .text

    @Option(name: .customLong("max-pages"), help: "Fail, naming the section, when a report needs more pages than this.")
    var maxPages: Int?

    @Option(name: .long, help: "Bleed for print, such as 3mm: the PDF's background runs past the trim edge, with crop marks, TrimBox and BleedBox (0 to 20 mm).")
    var bleed: String?

    @Option(name: .long, help: "A theme for every report, over the one it names: \(themeNames), or a theme file (.yaml).")
    var theme: String?

    @OptionGroup var options: DiagnosticOptions

    /// The bleed in points; `3mm`, `3 mm` and `3` all mean three millimetres.
    func bleedPoints() throws -> Double {
        guard let bleed else { return 0 }
        var text = bleed.trimmingSpaces.lowercased()
        if text.hasSuffix("mm") { text = String(text.dropLast(2)).trimmingSpaces }
        guard let mm = Double(text.replacingOccurrences(of: ",", with: ".")), (0...20).contains(mm) else {
            throw ValidationError("--bleed must be from 0 to 20 mm, such as 3mm; got '\(bleed)'")
        }
        return mm * 72 / 25.4
    }

    func validate() throws {
        guard !reports.isEmpty else { throw ValidationError("name at least one report file") }
        _ = try formats()
        guard RenderOptions.dpiRange.contains(dpi) else { throw ValidationError("--dpi must be from 10 to 600, got \(dpi)") }
        if let maxPages, maxPages < 1 { throw ValidationError("--max-pages must be 1 or more, got \(maxPages)") }
        _ = try bleedPoints()
        try checkThemeArgument(theme)
    }

    func formats() throws -> Set<OutputFormat> { try Self.formats(format) }

    /// `--format pdf,svg`: render and batch read it alike.
    static func formats(_ list: String) throws -> Set<OutputFormat> {
        var set = Set<OutputFormat>()
        for name in list.split(separator: ",").map({ $0.trimmingSpaces.lowercased() }) {
            guard let f = OutputFormat(rawValue: name) else {
                throw ValidationError("unknown format '\(name)' in --format; use pdf, svg or png")
            }
            set.insert(f)
        }
        guard !set.isEmpty else { throw ValidationError("--format names no format; use pdf, svg or png") }
        return set
    }

    func execute(_ console: Console) -> ExitStatus {
        let reporter = DiagnosticReporter(style: options.diagnostics, strict: options.strict, console: console, jsonToStandardOutput: false)
        guard let pipeline = makePipeline(theme: theme, reporter: reporter) else { return .invalidInput }
        // Every report is loaded and laid out before any is drawn: a broken file, a report over
        // --max-pages or (with --strict) a warning stops the run before it writes anything.
        guard let loaded = loadAll(reports, pipeline: pipeline, reporter: reporter) else { return .invalidInput }
        var laidOut: [(LoadedReport, LayoutResult)] = []
        var failed = false
        for report in loaded {
            do {
                let result = try pipeline.layout(report)
                try Pipeline.checkPageLimit(result, report: report, maxPages: maxPages)
                reporter.emit(result.diagnostics)
                failed = failed || reporter.failing(result.diagnostics)
                laidOut.append((report, result))
            } catch {
                guard case .invalidInput(let diagnostics) = error else { reporter.fail("\(error)"); return .failure }
                reporter.emit(diagnostics)
                failed = true
            }
        }
        if failed { return .invalidInput }
        var renderOptions = RenderOptions(outputDirectory: URL(fileURLWithPath: out), formats: (try? formats()) ?? [], dpi: dpi, maxPages: maxPages)
        renderOptions.bleed = (try? bleedPoints()) ?? 0
        renderOptions.svgText = svgText
        for (report, result) in laidOut {
            do {
                let outcome = try pipeline.render(report, laidOut: result, options: renderOptions)
                console.out("\(report.stem): \(outcome.pageCount) page\(outcome.pageCount == 1 ? "" : "s")"
                    + (outcome.fit.map { " (fit: \($0.described(language: .english)))" } ?? "") + " -> "
                    + outcome.written.map(\.lastPathComponent).joined(separator: ", "))
            } catch {
                reporter.fail("\(error)")
                return .failure
            }
        }
        return .success
    }
}

struct Validate: ConsoleCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check report files and report every problem found.",
        discussion: "Checks each file as render would (including layout), writes nothing. With --format json, standard output holds one JSON object per problem: file, line, column, severity, path, message, hint."
    )

    @Argument(help: "Report files (.yaml, .yml or .json).")
    var reports: [String]

    @Flag(name: .long, help: "Treat warnings as errors (exit 1).")
    var strict = false

    // `--diagnostics` as the other commands call it; `--format` as validate always did.
    @Option(name: [.long, .customLong("diagnostics")], help: "How to print problems: text (default) or json (JSON Lines on standard output).")
    var format: DiagnosticStyle = .text

    @Option(name: .long, help: "Check with this theme instead of the one each report names: \(themeNames), or a theme file (.yaml).")
    var theme: String?

    @Flag(name: .customLong("layout-report"), help: "Also say what the layout did, page by page: how full, the largest empty area, boxes stretched, hyphenations, short last lines, the fit scale. With --format json, one JSON object per report on standard output.")
    var layoutReport = false

    func validate() throws {
        guard !reports.isEmpty else { throw ValidationError("name at least one report file") }
        try checkThemeArgument(theme)
    }

    func execute(_ console: Console) -> ExitStatus {
        let reporter = DiagnosticReporter(style: format, strict: strict, console: console, jsonToStandardOutput: true)
        guard let pipeline = makePipeline(theme: theme, reporter: reporter) else { return .invalidInput }
        var status = ExitStatus.success
        // Each file on its own, so one run lists the problems of all of them.
        for path in reports {
            let url = URL(fileURLWithPath: path)
            let diagnostics: [Diagnostic]
            var fit: FitChoice?
            var report: LayoutReport?
            do {
                let loaded = try pipeline.load(url)
                // Layout finds what fits badly, so validation reports it too.
                let laid = try pipeline.layout(loaded)
                diagnostics = laid.diagnostics
                fit = laid.fit
                if layoutReport { report = LayoutReport(laid) }
            } catch {
                guard case .invalidInput(let found) = error else {
                    reporter.fail("\(error)")
                    return .failure
                }
                diagnostics = found
            }
            reporter.emit(diagnostics)
            let failed = reporter.failing(diagnostics)
            if failed { status = .invalidInput }
            if format == .text {
                let warnings = diagnostics.filter { $0.severity == .warning }.count
                let summary = failed ? "has errors" : "ok" + (warnings == 0 ? "" : " (\(warnings) warning\(warnings == 1 ? "" : "s"))")
                console.out("\(Pipeline.displayName(url)): \(summary)" + (fit.map { " (fit: \($0.described(language: .english)))" } ?? ""))
                if let report { report.lines.forEach { console.out("  " + $0) } }
            } else if let report {
                console.out(report.jsonLine(file: path))
            }
        }
        return status
    }
}

struct Schema: ConsoleCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the JSON Schema (draft 2020-12) of the report format, or with --theme of theme files.",
        discussion: "Editors use it to complete and check report files; start a file with\n# yaml-language-server: $schema=<path to the schema>"
    )

    @Flag(name: .long, help: "Print the schema of theme files instead.")
    var theme = false

    func execute(_ console: Console) -> ExitStatus {
        let document = theme ? JSONSchema.themeDocument() : JSONSchema.document()
        console.out(String(document.pretty().dropLast()))
        return .success
    }
}

struct Fonts: ConsoleCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the font families this machine has, as a theme or report may name them.",
        discussion: "A family that is not listed falls back to another font, with a warning when rendering."
    )

    func execute(_ console: Console) -> ExitStatus {
        for family in Pipeline().engine.installedFamilies() { console.out(family) }
        return .success
    }
}

let themeNames = Theme.builtIn.map(\.name).joined(separator: ", ")

/// `--theme` is a built-in name or a theme file; anything else is a usage error.
func checkThemeArgument(_ name: String?) throws {
    guard let name, Theme.named(name) == nil else { return }
    let ext = (name as NSString).pathExtension.lowercased()
    guard ["yaml", "yml", "json"].contains(ext) else {
        throw ValidationError("unknown theme '\(name)'; the built-in themes are \(themeNames), or name a theme file (.yaml)")
    }
    guard FileManager.default.fileExists(atPath: name) else { throw ValidationError("--theme: no such file '\(name)'") }
}

/// A pipeline with `--theme`'s theme; a theme file's problems are reported (nil on errors).
func makePipeline(theme: String?, reporter: DiagnosticReporter) -> Pipeline? {
    guard let theme else { return Pipeline() }
    do {
        let (choice, warnings) = try Pipeline.themeChoice(theme)
        reporter.emit(warnings)
        return reporter.failing(warnings) ? nil : Pipeline(theme: choice)
    } catch {
        if case .invalidInput(let diagnostics) = error { reporter.emit(diagnostics) } else { reporter.fail("\(error)") }
        return nil
    }
}

/// Loads every file, printing all diagnostics (warnings too); nil if any file has errors.
func loadAll(_ paths: [String], pipeline: Pipeline, reporter: DiagnosticReporter) -> [LoadedReport]? {
    var loaded: [LoadedReport] = []
    var failed = false
    for path in paths {
        do {
            loaded.append(try pipeline.load(URL(fileURLWithPath: path)))
        } catch {
            failed = true
            if case .invalidInput(let diagnostics) = error { reporter.emit(diagnostics) } else { reporter.fail("\(error)") }
        }
    }
    return failed ? nil : loaded
}

extension SVGTextMode: ExpressibleByArgument {}
