import ArgumentParser
import Foundation
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
        subcommands: [Render.self, Validate.self, Schema.self]
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

    @Option(name: .long, help: "Resolution of PNG files in dots per inch (10 to 1200).")
    var dpi: Double = 150

    @Option(name: .customLong("max-pages"), help: "Fail, naming the section, when a report needs more pages than this.")
    var maxPages: Int?

    func validate() throws {
        guard !reports.isEmpty else { throw ValidationError("name at least one report file") }
        _ = try formats()
        guard dpi >= 10, dpi <= 1200 else { throw ValidationError("--dpi must be from 10 to 1200, got \(dpi)") }
        if let maxPages, maxPages < 1 { throw ValidationError("--max-pages must be 1 or more, got \(maxPages)") }
    }

    func formats() throws -> Set<OutputFormat> {
        var set = Set<OutputFormat>()
        for name in format.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
            guard let f = OutputFormat(rawValue: name) else {
                throw ValidationError("unknown format '\(name)' in --format; use pdf, svg or png")
            }
            set.insert(f)
        }
        guard !set.isEmpty else { throw ValidationError("--format names no format; use pdf, svg or png") }
        return set
    }

    func execute(_ console: Console) -> ExitStatus {
        let pipeline = Pipeline()
        // Validate every file before drawing any, so a broken file stops the run before it writes.
        guard let loaded = loadAll(reports, pipeline: pipeline, console: console) else { return .invalidInput }
        let options = RenderOptions(outputDirectory: URL(fileURLWithPath: out), formats: (try? formats()) ?? [], dpi: dpi, maxPages: maxPages)
        for report in loaded {
            do {
                let outcome = try pipeline.render(report, options: options)
                outcome.diagnostics.forEach { console.err($0.description) }
                console.out("\(report.stem): \(outcome.pageCount) page\(outcome.pageCount == 1 ? "" : "s") -> "
                    + outcome.written.map(\.lastPathComponent).joined(separator: ", "))
            } catch {
                if case .invalidInput(let diagnostics) = error {
                    diagnostics.forEach { console.err($0.description) }
                    return .invalidInput
                }
                console.err("error: \(error)")
                return .failure
            }
        }
        return .success
    }
}

struct Validate: ConsoleCommand {
    static let configuration = CommandConfiguration(abstract: "Check report files and report every problem found.")

    @Argument(help: "Report files (.yaml, .yml or .json).")
    var reports: [String]

    func validate() throws {
        guard !reports.isEmpty else { throw ValidationError("name at least one report file") }
    }

    func execute(_ console: Console) -> ExitStatus {
        let pipeline = Pipeline()
        guard let loaded = loadAll(reports, pipeline: pipeline, console: console) else { return .invalidInput }
        for report in loaded {
            // Layout finds what fits badly, so validation reports it too.
            let warnings: [Diagnostic]
            do {
                warnings = try pipeline.layout(report).diagnostics
            } catch {
                console.err("error: \(error)")
                return .failure
            }
            warnings.forEach { console.err($0.description) }
            console.out("\(report.stem): ok" + (warnings.isEmpty ? "" : " (\(warnings.count) warning\(warnings.count == 1 ? "" : "s"))"))
        }
        return .success
    }
}

struct Schema: ConsoleCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the JSON Schema (draft 2020-12) of the report format.",
        discussion: "Editors use it to complete and check report files; start a file with\n# yaml-language-server: $schema=<path to the schema>"
    )

    func execute(_ console: Console) -> ExitStatus {
        console.out(String(JSONSchema.document().pretty().dropLast()))
        return .success
    }
}

/// Loads every file, printing all diagnostics; nil if any file has errors.
func loadAll(_ paths: [String], pipeline: Pipeline, console: Console) -> [LoadedReport]? {
    var loaded: [LoadedReport] = []
    var failed = false
    for path in paths {
        do {
            loaded.append(try pipeline.load(URL(fileURLWithPath: path)))
        } catch {
            failed = true
            if case .invalidInput(let diagnostics) = error {
                diagnostics.forEach { console.err($0.description) }
            } else {
                console.err("error: \(error)")
            }
        }
    }
    return failed ? nil : loaded
}
