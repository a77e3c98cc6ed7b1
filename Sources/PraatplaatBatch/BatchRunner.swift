import Foundation
import PraatplaatData
import PraatplaatLoader
import PraatplaatModel
import PraatplaatPipeline
import PraatplaatSite

/// One template, one data file, one report per row: checked first (template, columns, names),
/// then rendered by `jobs` workers at once, each with its own Pango engine, pulling rows from
/// the file as they go, so memory does not grow with the number of rows. Rows whose outputs
/// are up to date are skipped; a bad row is reported and the others go on.
public struct BatchRunner: Sendable {
    public let options: BatchOptions
    let template: ReportTemplate
    let names: [String]
    let total: Int
    let dataName: String
    let columns: [String]
    /// Digests of the theme and pictures rows depend on, read once a run.
    let digests = FileDigests()
    /// The data files charts and tables read, read once for all rows (each takes its own rows).
    let dataFiles = DataFileCache()

    /// Reads the template and the data's header, checks every placeholder and the name column,
    /// and names every row (a quick first pass over the file).
    public init(options: BatchOptions) throws(BatchError) {
        self.options = options
        if options.site, options.formats != Set(OutputFormat.allCases) {
            throw .usage("--site offers every report as PDF, SVG and PNG: leave out --format, or build the site separately")
        }
        switch ReportTemplate.load(contentsOf: options.template, displayName: Pipeline.displayName(options.template)) {
        case .failure(let failed): throw .invalid(failed.diagnostics.filter { $0.severity == .error })
        case .success(let t): template = t
        }
        dataName = Pipeline.displayName(options.data)
        let reader = try DataReader(url: options.data, displayName: dataName, sheet: options.sheet, language: template.language)
        columns = reader.columns
        let unknown = template.check(columns: reader.columns, dataName: dataName)
        if !unknown.isEmpty { throw .invalid(unknown) }
        if let column = options.nameColumn, !columns.contains(where: { ReportTemplate.key($0) == ReportTemplate.key(column) }) {
            let close = Suggestions.closest(to: column, in: columns)
            throw .usage("--name-column: \(dataName) has no column \"\(column)\"" + (close.map { "; did you mean \"\($0)\"?" } ?? ""))
        }
        // First pass: names for every row, so each slice of a sharded run names rows alike.
        var names = BatchNames()
        let stem = BatchNames.slug(options.template.deletingPathExtension().lastPathComponent)
        var count = 0
        while let row = try reader.next() {
            let wanted = options.nameColumn.flatMap { row.cells[ReportTemplate.key($0)] }
            names.add(wanted, fallback: "\(stem.isEmpty ? "rapport" : stem)-\(row.index + 1)")
            count += 1
        }
        self.names = names.names
        total = (0..<count).filter { options.shard.contains(row: $0) }.count
    }

    /// Renders this run's slice. `progress` is called after every row, from any thread.
    public func run(progress: @escaping @Sendable (BatchProgress) -> Void = { _ in }) async throws(BatchError) -> BatchOutcome {
        let out = options.outputDirectory
        do {
            try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        } catch {
            throw .output("cannot create \(out.path): \(error.localizedDescription)")
        }
        let previous = BatchManifest.all(in: out)
        let manifestURL = BatchManifest.url(in: out, shard: options.shard)
        let ownPrevious = BatchManifest.entries(at: manifestURL)
        let reader = try DataReader(url: options.data, displayName: dataName, sheet: options.sheet, language: template.language)
        let feed = RowFeed(reader: reader, shard: options.shard)
        let collector = Collector(total: total, manifest: BatchManifest(template: template.fileName, data: dataName, shard: options.shard.description),
                                  url: manifestURL, progress: progress)
        let jobs = max(1, min(options.jobs, 64))
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<jobs {
                    group.addTask {
                        let worker = Worker(runner: self, previous: previous)
                        while let row = try await feed.next() {
                            await collector.record(worker.process(row))
                        }
                    }
                }
                try await group.waitForAll()
            }
        } catch let error as BatchError {
            throw error
        } catch {
            throw .data("\(error)", file: dataName, line: 1)
        }
        var outcome = await collector.finish()
        outcome.removed = removeVanishedRows(ownPrevious)
        do {
            try await collector.flush()
        } catch {
            throw .output("cannot write the batch manifest in \(out.path): \(error.localizedDescription)")
        }
        if options.site { outcome.site = try buildSite() }
        return outcome
    }

    /// The fingerprint of everything a row's files are made from.
    func fingerprint(_ row: DataRow, report: Report) -> String {
        var f = Fingerprint()
        f.add(options.version)
        f.add(template.source)
        for key in row.cells.keys.sorted() { f.add(key); f.add(row.cells[key] ?? "") }
        f.add(options.formats.map(\.rawValue).sorted().joined(separator: ","))
        f.add(String(options.dpi))
        f.add(options.svgText.rawValue)
        // A strict run must look at every row's warnings, so rows a lenient run made are made again.
        f.add(options.strict ? "strict" : "")
        // The theme file the report names, if any (a changed house style renders everything),
        // and the pictures and logo it shows (a new photo renders its rows).
        if case .file(let spec) = report.theme, let file = spec.location?.file {
            f.add(digests.digest(of: URL(fileURLWithPath: file)))
        }
        for file in AssetCatalog.files(for: report) {
            f.add(file.path)
            f.add(digests.digest(of: file))
        }
        // The rows a chart or table took from a data file: a changed trend for one
        // municipality renders that municipality only.
        for use in report.dataFiles {
            f.add(use.path)
            f.add(use.digest)
        }
        return f.hex
    }

    /// The report of one row, or the problems that say why there is none.
    func report(for row: DataRow) -> (LoadedReport?, [BatchProblem]) {
        if let problem = row.problem { return (nil, [BatchProblem(.error(problem, at: rowLocation(row), path: ""))]) }
        let name = names[row.index]
        let files = FileResolver(baseDirectory: options.template.deletingLastPathComponent(), builtInIcons: BuiltInIcons.names, dataFiles: dataFiles)
        let filled = template.fill(row.cells, files: files)
        let errors = filled.result.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty, let report = filled.result.report else {
            return (nil, errors.map { blame($0, row: row, columnsAt: filled.columnsAt) })
        }
        let url = options.template.deletingLastPathComponent().appendingPathComponent(name + ".yaml")
        var source = template.source
        for key in row.cells.keys.sorted() { source += Data("\n\(key)=\(row.cells[key] ?? "")".utf8) }
        return (LoadedReport(url: url, report: report, diagnostics: filled.result.diagnostics, source: source), [])
    }

    /// A finding of the row's layout, said of the row's line; its place in the template, when it
    /// has one there, follows the message.
    func said(of d: Diagnostic, at row: SourceLocation) -> Diagnostic {
        var said = d
        said.location = row
        if let location = d.location, location.file == template.fileName || location.file == Pipeline.displayName(options.template) {
            said.message += " (\(location))"
        }
        return said
    }

    /// The row's line in the data file, at the cell of `column` when there is one.
    func rowLocation(_ row: DataRow, column: String? = nil) -> SourceLocation {
        SourceLocation(file: dataName, line: row.line, column: column.flatMap { row.columnNumbers[ReportTemplate.key($0)] } ?? 1)
    }

    /// A problem of a filled-in template, said of the row and column that caused it, at that
    /// cell of the data file: `gemeenten.csv:17:4: error: sections[1].figures[2].value: column
    /// aandeel: "8,6x" is not a number (...) (factsheet.yaml:27:18)`. A problem no cell fed is a
    /// mistake in the template itself: it stays at its place in the template.
    func blame(_ d: Diagnostic, row: DataRow, columnsAt: [SourceLocation: [String]]) -> BatchProblem {
        guard let location = d.location, let columns = columnsAt[location], !columns.isEmpty else {
            return BatchProblem(d, template: true)
        }
        let unique = columns.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let label = (unique.count == 1 ? "column " : "columns ") + unique.joined(separator: ", ")
        var message = d.message
        if unique.count == 1, let cell = row.cells[ReportTemplate.key(unique[0])], !cell.isEmpty,
           message.hasPrefix("expected a"), message.contains("number"), FigureValue.parse(cell, language: .dutch) == nil,
           FigureValue.parse(cell, language: .english) == nil {
            message = "\"\(cell)\" is not a number (\(message.replacingOccurrences(of: ", got \"\(cell)\"", with: "")))"
        }
        var blamed = d
        blamed.location = rowLocation(row, column: unique[0])
        // In a workbook the cell's name (Blad1!C7) is how a person finds it.
        let cell = row.cellName(column: unique[0]).map { " (\($0))" } ?? ""
        blamed.message = "\(label)\(cell): \(message) (\(location))"
        return BatchProblem(blamed)
    }

    /// Rows this slice made in an earlier run whose names are in no row of the data any more
    /// (removed or renamed): their files are deleted, and the new manifest leaves them out.
    /// Only this slice's own rows, so slices never delete each other's files.
    func removeVanishedRows(_ ownPrevious: [String: BatchManifest.Entry]) -> [String] {
        let current = Set(names)
        let vanished = ownPrevious.keys.filter { !current.contains($0) }.sorted()
        for name in vanished {
            for file in ownPrevious[name]?.files ?? [] {
                try? FileManager.default.removeItem(at: options.outputDirectory.appendingPathComponent(file))
            }
        }
        return vanished
    }

    /// All rows of all slices that have outputs, as a site in `<out>/site`.
    func buildSite() throws(BatchError) -> String {
        let out = options.outputDirectory
        let made = BatchManifest.all(in: out)
        let reader = try DataReader(url: options.data, displayName: dataName, sheet: options.sheet, language: template.language)
        var reports: [LoadedReport] = []
        while let row = try reader.next() {
            guard row.index < names.count, made[names[row.index]] != nil, case (let report?, _) = report(for: row) else { continue }
            reports.append(report)
        }
        var siteOptions = SiteOptions(outputDirectory: out.appendingPathComponent("site"), baseURL: options.siteBaseURL)
        siteOptions.downloadsFrom = out
        siteOptions.version = options.version
        do {
            let outcome = try SiteBuilder(pipeline: Pipeline(), options: siteOptions).build(reports)
            return "site: \(outcome.rendered.count) rendered, \(outcome.reused.count) unchanged -> \(Pipeline.displayName(siteOptions.outputDirectory.appendingPathComponent("index.html")))"
        } catch {
            switch error {
            case .invalid(let diagnostics): throw .invalid(diagnostics)
            case .output(let message): throw .output(message)
            }
        }
    }
}

/// Hands out the rows of a slice one at a time to the workers; the file is read as they ask.
actor RowFeed {
    private let reader: DataReader
    private let shard: Shard

    init(reader: sending DataReader, shard: Shard) {
        self.reader = reader
        self.shard = shard
    }

    func next() throws(BatchError) -> DataRow? {
        while let row = try reader.next() {
            if shard.contains(row: row.index) { return row }
        }
        return nil
    }
}

/// What became of one row.
struct RowResult: Sendable {
    enum Kind: Sendable { case rendered, skipped, failed }
    var kind: Kind
    var index: Int
    var name: String
    var entry: BatchManifest.Entry?
    var problems: [BatchProblem] = []
    var warnings: [Diagnostic] = []
    var pages = 0
}

/// A row's problem, and whether it lies in the template itself (the same in every row, so it
/// is said once) rather than in the row's cells.
struct BatchProblem: Sendable {
    var diagnostic: Diagnostic
    var template: Bool

    init(_ diagnostic: Diagnostic, template: Bool = false) {
        self.diagnostic = diagnostic
        self.template = template
    }
}

/// A worker's own pipeline (Pango engines are not shared between threads).
final class Worker {
    let runner: BatchRunner
    let previous: [String: BatchManifest.Entry]
    let pipeline = Pipeline()

    init(runner: BatchRunner, previous: [String: BatchManifest.Entry]) {
        self.runner = runner
        self.previous = previous
    }

    /// A failed row keeps the files of its last good run (a typo should not take a published
    /// factsheet away) and so stays in the manifest, which owns those files; its fingerprint
    /// matches nothing, so the next run tries it again.
    func failedEntry(_ name: String) -> BatchManifest.Entry? {
        guard var entry = previous[name] else { return nil }
        entry.fingerprint = "failed"
        return entry
    }

    func process(_ row: DataRow) -> RowResult {
        let name = runner.names[row.index]
        let (loaded, problems) = runner.report(for: row)
        guard let loaded else { return RowResult(kind: .failed, index: row.index, name: name, entry: failedEntry(name), problems: problems) }
        let fingerprint = runner.fingerprint(row, report: loaded.report)
        let out = runner.options.outputDirectory
        if !runner.options.force, let old = previous[name], old.fingerprint == fingerprint,
           old.files.allSatisfy({ FileManager.default.fileExists(atPath: out.appendingPathComponent($0).path) }) {
            return RowResult(kind: .skipped, index: row.index, name: name, entry: BatchManifest.Entry(fingerprint: fingerprint, line: row.line, files: old.files))
        }
        var options = RenderOptions(outputDirectory: out, formats: runner.options.formats, dpi: runner.options.dpi)
        options.removesStalePages = false
        options.svgText = runner.options.svgText
        let at = runner.rowLocation(row)
        do {
            let laidOut = try pipeline.layout(loaded)
            // The row's warnings, said of its line in the data (their place in the template follows).
            let warnings = laidOut.diagnostics.filter { $0.severity == .warning }.map { runner.said(of: $0, at: at) }
            if runner.options.strict, !warnings.isEmpty {
                return RowResult(kind: .failed, index: row.index, name: name, entry: failedEntry(name),
                                 problems: warnings.map { var d = $0; d.severity = .error; return BatchProblem(d) })
            }
            let outcome = try pipeline.render(loaded, laidOut: laidOut, options: options)
            let files = outcome.written.map(\.lastPathComponent).sorted()
            // Pages the row's last version had and this one has not (it got shorter).
            for stale in Set(previous[name]?.files ?? []).subtracting(files) {
                try? FileManager.default.removeItem(at: out.appendingPathComponent(stale))
            }
            return RowResult(kind: .rendered, index: row.index, name: name, entry: BatchManifest.Entry(fingerprint: fingerprint, line: row.line, files: files),
                             warnings: warnings, pages: outcome.pageCount)
        } catch {
            let problems: [BatchProblem] = switch error {
            case .invalidInput(let diagnostics): diagnostics.filter { $0.severity == .error }.map { BatchProblem(runner.said(of: $0, at: at)) }
            case .output(let message): [BatchProblem(.error(message, at: at, path: ""))]
            }
            return RowResult(kind: .failed, index: row.index, name: name, entry: failedEntry(name), problems: problems)
        }
    }
}

/// Gathers results as workers finish rows: progress, problems, the manifest (written every
/// so often, so an interrupted run resumes where it was).
actor Collector {
    private var progress: BatchProgress
    private var manifest: BatchManifest
    private var problems: [(Int, [BatchProblem])] = []
    /// Each warning once, at the first row that met it, with how many rows did.
    private var warningRows: [WarningKey: (first: Diagnostic, rows: Int)] = [:]
    private var warningOrder: [WarningKey] = []
    private struct WarningKey: Hashable { var path: String; var message: String }
    private let url: URL
    private let report: @Sendable (BatchProgress) -> Void
    private let start = Date()
    private var sinceFlush = 0

    init(total: Int, manifest: BatchManifest, url: URL, progress: @escaping @Sendable (BatchProgress) -> Void) {
        self.progress = BatchProgress(total: total)
        self.manifest = manifest
        self.url = url
        report = progress
    }

    func record(_ result: RowResult) {
        progress.done += 1
        switch result.kind {
        case .rendered: progress.rendered += 1
        case .skipped: progress.skipped += 1
        case .failed: progress.failed += 1
        }
        progress.pages += result.pages
        progress.elapsed = Date().timeIntervalSince(start)
        if let entry = result.entry { manifest.entries[result.name] = entry }
        if !result.problems.isEmpty { problems.append((result.index, result.problems)) }
        for w in result.warnings {
            let key = WarningKey(path: w.path, message: w.message)
            if let known = warningRows[key] { warningRows[key] = (known.first, known.rows + 1) } else { warningRows[key] = (w, 1); warningOrder.append(key) }
        }
        sinceFlush += 1
        if sinceFlush >= 50 {
            sinceFlush = 0
            try? manifest.write(to: url)
        }
        report(progress)
    }

    func flush() throws { try manifest.write(to: url) }

    func finish() -> BatchOutcome {
        progress.elapsed = Date().timeIntervalSince(start)
        return BatchOutcome(progress: progress, problems: Self.grouped(problems.sorted { $0.0 < $1.0 }.flatMap(\.1), template: manifest.template),
                            warnings: warningOrder.prefix(100).compactMap { key in
                                guard let (first, rows) = warningRows[key] else { return nil }
                                var d = first
                                if rows > 1 { d.message += " (and \(rows - 1) more row\(rows == 2 ? "" : "s"))" }
                                return d
                            })
    }

    /// A mistake in the template itself fails every row alike: it is said once, at its place
    /// in the template, with the rows it hit.
    static func grouped(_ problems: [BatchProblem], template: String) -> [Diagnostic] {
        var order: [Diagnostic] = [], count: [Diagnostic: Int] = [:]
        for problem in problems {
            let key = problem.diagnostic
            if count[key] == nil { order.append(key) }
            count[key, default: 0] += problem.template ? 1 : 0
        }
        return order.map { d in
            guard let n = count[d], n > 0 else { return d }
            var said = d
            said.message += n > 1 ? " (in all \(n) rows: a mistake in the template)" : " (a mistake in the template)"
            return said
        }
    }
}
