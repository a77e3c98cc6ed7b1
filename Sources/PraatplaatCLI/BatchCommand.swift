import ArgumentParser
import Foundation
import PraatplaatBatch
import PraatplaatPipeline

struct Batch: ConsoleCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render one report per row of a CSV or TSV file from a report template.",
        discussion: """
            The template is a report file whose values may name columns: "{{gemeente}}". Rows are rendered in parallel; \
            rows whose outputs are up to date are skipped; --shard K/N renders one slice of N. See docs/batch.md.
            """
    )

    @Argument(help: "The report template (YAML or JSON).")
    var template: String

    @Option(name: .long, help: "The data: a CSV (separated by , or ;) or TSV file with a header row, UTF-8, or an Excel workbook (.xlsx).")
    var data: String

    @Option(name: .long, help: "The sheet of an .xlsx workbook to read (default: its first).")
    var sheet: String?

    @Option(name: .long, help: "Output folder.")
    var out: String = "output"

    @Option(name: .long, help: "Comma-separated output formats: pdf, svg, png.")
    var format: String = "pdf,svg,png"

    @Option(name: .long, help: "PNG resolution in dots per inch.")
    var dpi: Double = 150

    @Option(name: .customLong("svg-text"), help: "How SVG files carry text: 'text' (real text, fonts embedded) or 'outlines' (glyph shapes, for tools without web fonts).")
    var svgText: SVGTextMode = .text

    @Option(name: .customLong("name-column"), help: "The column that names each row's files (made safe and unique); default: the template's name and the row number.")
    var nameColumn: String?

    @Option(name: .long, help: "Rows rendered at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .long, help: "Render only slice K of N (1 <= K <= N), as a CI matrix or job array splits a run.")
    var shard: String?

    @Flag(name: .long, help: "Render every row, also those whose outputs are up to date.")
    var force = false

    @Flag(name: .long, help: "Also build a site of every row's report (of all slices made so far) in OUT/site.")
    var site = false

    @Option(name: .customLong("base-url"), help: "With --site: the address the site is published at.")
    var baseURL: String?

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be 1 or more") }
        guard RenderOptions.dpiRange.contains(dpi) else {
            throw ValidationError("--dpi must be from \(Int(RenderOptions.dpiRange.lowerBound)) to \(Int(RenderOptions.dpiRange.upperBound))")
        }
        _ = try formats()
    }

    @OptionGroup var diagnosticOptions: DiagnosticOptions

    func formats() throws -> Set<OutputFormat> { try Render.formats(format) }

    func execute(_ console: Console) -> ExitStatus {
        var options = BatchOptions(template: URL(fileURLWithPath: template), data: URL(fileURLWithPath: data), outputDirectory: URL(fileURLWithPath: out))
        options.formats = (try? formats()) ?? Set(OutputFormat.allCases)
        options.dpi = dpi
        options.svgText = svgText
        options.nameColumn = nameColumn
        options.sheet = sheet
        options.jobs = jobs
        options.force = force
        options.site = site
        options.siteBaseURL = baseURL
        options.version = Root.configuration.version
        options.strict = diagnosticOptions.strict
        let reporter = DiagnosticReporter(style: diagnosticOptions.diagnostics, strict: diagnosticOptions.strict, console: console,
                                          jsonToStandardOutput: false)
        do {
            if let shard { options.shard = try Shard(parsing: shard) }
            let runner = try BatchRunner(options: options)
            // JSON Lines on standard error are for a program to read: no progress lines between them.
            let printer = ProgressPrinter(console: console, terminal: console is StandardConsole && isatty(STDERR_FILENO) == 1,
                                          silent: diagnosticOptions.diagnostics == .json)
            let outcome = try Self.wait { () async throws(BatchError) -> BatchOutcome in try await runner.run { printer.show($0) } }
            printer.end()
            reporter.emit(outcome.warnings)
            // Text for people stops at 50; JSON for programs gives them all.
            let shown = diagnosticOptions.diagnostics == .json ? outcome.problems : Array(outcome.problems.prefix(50))
            reporter.emit(shown)
            if shown.count < outcome.problems.count { reporter.fail("and \(outcome.problems.count - shown.count) more problems") }
            let p = outcome.progress
            let shardText = options.shard == .all ? "" : " (slice \(options.shard))"
            console.out("batch\(shardText): \(p.rendered) rendered, \(p.skipped) up to date, \(p.failed) failed, \(p.pages) pages in \(String(format: "%.1f", p.elapsed)) s -> \(out)/")
            if !outcome.removed.isEmpty {
                let names = outcome.removed.prefix(5).joined(separator: ", ") + (outcome.removed.count > 5 ? ", ..." : "")
                console.out("removed the files of \(outcome.removed.count) row\(outcome.removed.count == 1 ? "" : "s") no longer in the data: \(names)")
            }
            if let site = outcome.site { console.out(site) }
            if p.failed > 0 {
                if diagnosticOptions.diagnostics == .text { console.err("batch: \(p.failed) of \(p.total) rows failed" + (p.failed == p.total ? "" : "; the other rows were rendered")) }
                return .invalidInput
            }
            return .success
        } catch {
            switch error {
            case .usage(let message): reporter.fail(message); return .usage
            case .invalid(let diagnostics): reporter.emit(diagnostics); return .invalidInput
            case .output(let message): reporter.fail(message); return .failure
            }
        }
    }

    /// Runs async work from the synchronous command and waits for it.
    static func wait<T: Sendable>(_ work: @escaping @Sendable () async throws(BatchError) -> T) throws(BatchError) -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        Task {
            do throws(BatchError) { box.result = .success(try await work()) } catch { box.result = .failure(error) }
            done.signal()
        }
        done.wait()
        return try box.result!.get()
    }
}

final class ResultBox<T: Sendable>: @unchecked Sendable {
    var result: Result<T, BatchError>?
}

/// Progress on standard error: a bar redrawn in place on a terminal (done/total, rate, time
/// left), else a plain line every 10% or 5 seconds, for CI logs. Called from worker threads.
final class ProgressPrinter: @unchecked Sendable {
    private let console: Console
    private let terminal: Bool
    private let lock = NSLock()
    private var lastLine = Date.distantPast
    private var lastTenth = -1
    private var drawn = false

    private let silent: Bool

    init(console: Console, terminal: Bool, silent: Bool = false) {
        self.console = console
        self.terminal = terminal
        self.silent = silent
    }

    static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 3600 ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String(format: "%d:%02d", s / 60, s % 60)
    }

    func show(_ p: BatchProgress) {
        if silent { return }
        lock.lock()
        defer { lock.unlock() }
        let left = p.remaining.map { Self.clock($0) + " left" } ?? ""
        let rate = String(format: "%.1f rows/s", p.rate)
        if terminal {
            guard Date().timeIntervalSince(lastLine) > 0.1 || p.done == p.total else { return }
            lastLine = Date()
            let width = 30, filled = p.total > 0 ? width * p.done / p.total : width
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            FileHandle.standardError.write(Data("\r\(bar) \(p.done)/\(p.total)  \(rate)  \(left)\u{1B}[K".utf8))
            drawn = true
        } else {
            let tenth = p.total > 0 ? p.done * 10 / p.total : 10
            guard tenth > lastTenth || Date().timeIntervalSince(lastLine) >= 5 else { return }
            lastTenth = tenth
            lastLine = Date()
            let percent = p.total > 0 ? p.done * 100 / p.total : 100
            console.err("batch: \(p.done)/\(p.total) rows (\(percent)%), \(p.failed) failed, \(rate)\(left.isEmpty ? "" : ", " + left)")
        }
    }

    func end() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
