import ArgumentParser
import Foundation
import PraatplaatPipeline
import PraatplaatPreview

struct Preview: ConsoleCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show a report in the browser, redrawn on every save, with an editor.",
        discussion: """
            Serves the report's pages, as the SVG files are drawn, on 127.0.0.1 and follows the report, its theme, \
            pictures, data files and site templates: a save anywhere updates the page. While the file has errors \
            the last good pages stay, under the problems. With --data the report is a batch template, shown a row \
            at a time. Ctrl-C stops it.
            """
    )

    @Argument(help: "The report file (.yaml, .yml or .json), or a batch template with --data.")
    var report: String

    @Option(name: .long, help: "Port to listen on, on 127.0.0.1 (default: a free one).")
    var port: Int = 0

    @Flag(name: .long, help: "Open the page in the browser (xdg-open).")
    var open = false

    @Option(name: .long, help: "The data of a batch template: a CSV, TSV or .xlsx file; the page gets a row picker.")
    var data: String?

    @Option(name: .long, help: "The sheet of an .xlsx workbook (default: its first).")
    var sheet: String?

    @Option(name: .customLong("name-column"), help: "With --data: the column that names the rows in the picker.")
    var nameColumn: String?

    @Option(name: .long, help: "A theme over the one the report names: \(themeNames), or a theme file (.yaml).")
    var theme: String?

    @Option(name: .long, help: "A folder of site templates over the built-in ones, for the site view (see docs/templates.md).")
    var templates: String?

    @OptionGroup var diagnosticOptions: DiagnosticOptions

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535, got \(port)") }
        try checkThemeArgument(theme)
        for (label, path) in [("report", Optional(report)), ("--data", data)] {
            guard let path else { continue }
            var folder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &folder), !folder.boolValue else {
                throw ValidationError("\(label): no file \"\(path)\"")
            }
        }
    }

    func execute(_ console: Console) -> ExitStatus {
        let reporter = DiagnosticReporter(style: diagnosticOptions.diagnostics, strict: false, console: console, jsonToStandardOutput: false)
        var options = PreviewOptions(report: URL(fileURLWithPath: report))
        options.port = UInt16(port)
        options.data = data.map { URL(fileURLWithPath: $0) }
        options.sheet = sheet
        options.nameColumn = nameColumn
        options.templates = templates.map { URL(fileURLWithPath: $0, isDirectory: true) }
        if let theme {
            guard let pipeline = makePipeline(theme: theme, reporter: reporter) else { return .invalidInput }
            options.theme = pipeline.themeOverride
        }
        let server = PreviewServer(options: options)
        let started = Self.wait { () async -> Result<URL, PreviewServer.StartError> in
            do throws(PreviewServer.StartError) { return .success(try await server.start()) } catch { return .failure(error) }
        }
        let address: URL
        switch started {
        case .success(let url): address = url
        case .failure(let error): reporter.fail("\(error)"); return .failure
        }
        let first = server.snapshot
        console.out("preview of \(Pipeline.displayName(options.report)): \(address.absoluteString)")
        let errors = first.problems.filter { $0.severity == "error" }.count
        console.out("\(first.pages.count) page\(first.pages.count == 1 ? "" : "s")" + (errors > 0 ? ", \(errors) error\(errors == 1 ? "" : "s") (shown on the page)" : "")
                    + "; following every save. Ctrl-C stops it.")
        if open { openBrowser(address, console: console) }
        let done = DispatchSemaphore(value: 0)
        let failure = ValueBox<String>(), stopping = ValueBox<Bool>()
        server.whenListeningEnds { message in
            // Stopping ends the listening too; only an end before that is a failure.
            guard stopping.value != true else { return }
            failure.value = message
            done.signal()
        }
        Self.waitForInterrupt(or: done)
        stopping.value = true
        let failed = failure.value
        // A server whose threads are all busy may not stop in time: then its folder goes anyway.
        let stopped = DispatchSemaphore(value: 0)
        Task { await server.stop(); stopped.signal() }
        if stopped.wait(timeout: .now() + 3) == .timedOut { server.removeOwnFiles() }
        if let message = failed {
            reporter.fail(message)
            return .failure
        }
        console.out("preview stopped")
        return .success
    }

    func openBrowser(_ url: URL, console: Console) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xdg-open", url.absoluteString]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { console.err("could not start a browser (xdg-open): open \(url.absoluteString) yourself") }
    }

    /// Blocks until Ctrl-C, a polite kill, or `done` is signalled.
    static func waitForInterrupt(or done: DispatchSemaphore) {
        var sources: [any DispatchSourceSignal] = []
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler { done.signal() }
            source.resume()
            sources.append(source)
        }
        done.wait()
        for source in sources { source.cancel() }
    }

    /// Runs async work from the synchronous command and waits for it.
    static func wait<T: Sendable>(_ work: @escaping @Sendable () async -> T) -> T {
        let box = ValueBox<T>()
        let done = DispatchSemaphore(value: 0)
        Task {
            box.value = await work()
            done.signal()
        }
        done.wait()
        return box.value!
    }
}

final class ValueBox<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: T?
    var value: T? {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
