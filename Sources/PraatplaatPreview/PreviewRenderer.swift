import Foundation
import PraatplaatBatch
import PraatplaatLayout
import PraatplaatModel
import PraatplaatPipeline
import PraatplaatResources
import PraatplaatScene

/// What the page asks to see: which row of a template, and whether with print marks.
struct PreviewView: Hashable, Sendable {
    var row = 0
    var marks = false
    var site = false
}

/// What checking one row of a template found.
struct RowCheck {
    var errors: Int
    var warnings: Int
    var pages: Int?

    init(_ problems: [Diagnostic]) {
        errors = problems.filter { $0.severity == .error }.count
        warnings = problems.filter { $0.severity == .warning }.count
    }
}

/// One render of the report as it is on disk: its pages as SVG, or the problems that stopped it.
struct RenderOutcome {
    var loaded: LoadedReport?
    var layout: LayoutResult?
    /// Each page's SVG and size in points; empty when the report has errors.
    var pages: [(svg: Data, width: Double, height: Double)] = []
    var problems: [Diagnostic] = []
    var layoutLines: [String] = []
    /// Every file this render read, to follow for the next.
    var files: Set<URL> = []
    var rows: [PreviewSnapshot.Row] = []
    var row: Int?
}

/// Loads, lays out and draws the report (or a template's row) with one pipeline, the way
/// `render` does, and draws the pages with the SVG writer. Not for sharing between threads:
/// the preview's render thread owns it.
final class PreviewRenderer {
    let options: PreviewOptions
    let pipeline: Pipeline
    /// A template's runner and rows, kept while none of the files it read changed.
    private var batch: (runner: BatchRunner, rows: [BatchRunner.NamedRow], stamps: FileStamps)?

    init(options: PreviewOptions) {
        self.options = options
        pipeline = Pipeline(theme: options.theme)
    }

    var editorFile: String { Pipeline.displayName(options.report) }

    /// The files every render depends on, whatever the report says: the report itself, the
    /// data of a template, the site templates.
    var baseFiles: Set<URL> {
        var files: Set<URL> = [options.report.standardizedFileURL]
        if let data = options.data { files.insert(data.standardizedFileURL) }
        if let templates = options.templates, let walk = FileManager.default.enumerator(at: templates, includingPropertiesForKeys: nil) {
            for case let url as URL in walk where url.pathExtension == "mustache" || url.pathExtension == "css" || url.pathExtension == "js" {
                files.insert(url.standardizedFileURL)
            }
        }
        return files
    }

    func render(_ view: PreviewView) -> RenderOutcome {
        var outcome = RenderOutcome()
        outcome.files = baseFiles
        let loaded: LoadedReport
        if options.data != nil {
            guard let (report, problems) = rowReport(view.row, outcome: &outcome) else { return outcome }
            guard let report else { outcome.problems = problems; return outcome }
            loaded = report
        } else {
            do {
                loaded = try pipeline.load(options.report)
            } catch {
                outcome.problems = Self.problems(error)
                return outcome
            }
        }
        outcome.loaded = loaded
        outcome.files.formUnion(Self.files(of: loaded.report))
        do {
            let result = try pipeline.layout(loaded)
            outcome.layout = result
            outcome.problems = result.diagnostics
            outcome.layoutLines = LayoutReport(result).lines
            let bleed = view.marks ? options.bleed : 0
            let marks = PrintMarks(bleed: bleed)
            for page in result.document.pages {
                let svg = try pipeline.svgWriter.document(page, title: result.document.metadata.title, language: result.document.metadata.language, bleed: bleed)
                let sheet = marks.sheet(for: page.size)
                outcome.pages.append((svg, sheet.width, sheet.height))
            }
        } catch let error as PipelineError {
            outcome.problems = Self.problems(error)
        } catch {
            outcome.problems = [.error("drawing the pages failed: \(error)", at: nil, path: "")]
        }
        return outcome
    }

    /// The files a loaded report read: its theme file, pictures, logo and data files.
    static func files(of report: Report) -> Set<URL> {
        var files = Set(AssetCatalog.files(for: report).map(\.standardizedFileURL))
        if case .file(let spec) = report.theme, let file = spec.location?.file { files.insert(URL(fileURLWithPath: file).standardizedFileURL) }
        for use in report.dataFiles { files.insert(URL(fileURLWithPath: use.path).standardizedFileURL) }
        return files.filter { !$0.path.hasPrefix(PraatplaatResources.iconsDirectory.path) }
    }

    static func problems(_ error: PipelineError) -> [Diagnostic] {
        switch error {
        case .invalidInput(let diagnostics): diagnostics
        case .output(let message): [.error(message, at: nil, path: "")]
        }
    }

    // MARK: A template's rows

    /// The chosen row's report, or nil (with the problems in `outcome`) when the template or the
    /// data cannot be read at all.
    private func rowReport(_ index: Int, outcome: inout RenderOutcome) -> (LoadedReport?, [Diagnostic])? {
        guard let batch = currentBatch(&outcome) else { return nil }
        outcome.rows = batch.rows.map { PreviewSnapshot.Row(index: $0.row.index, name: $0.label) }
        guard !batch.rows.isEmpty else {
            outcome.problems = [.error("the data has no rows", at: SourceLocation(file: Pipeline.displayName(options.data!), line: 1, column: 1), path: "",
                                       hint: "add a row under the header")]
            return nil
        }
        let chosen = min(max(index, 0), batch.rows.count - 1)
        outcome.row = chosen
        let (report, problems) = batch.runner.rowReport(batch.rows[chosen])
        return (report, problems)
    }

    private func currentBatch(_ outcome: inout RenderOutcome) -> (runner: BatchRunner, rows: [BatchRunner.NamedRow], stamps: FileStamps)? {
        if let batch, batch.stamps == batch.stamps.now() { return batch }
        batch = nil
        guard let data = options.data else { return nil }
        var batchOptions = BatchOptions(template: options.report, data: data, outputDirectory: FileManager.default.temporaryDirectory)
        batchOptions.sheet = options.sheet
        batchOptions.nameColumn = options.nameColumn
        do {
            let runner = try BatchRunner(options: batchOptions)
            let rows = try runner.namedRows()
            // What the rows read besides template and data (theme, pictures, trend files) is
            // added per row by `files(of:)`; these two decide the rows themselves.
            let made = (runner: runner, rows: rows, stamps: FileStamps(baseFiles))
            batch = made
            return made
        } catch {
            outcome.problems = Self.problems(error)
            return nil
        }
    }

    static func problems(_ error: BatchError) -> [Diagnostic] {
        switch error {
        case .invalid(let diagnostics): diagnostics
        default: [.error(error.description, at: nil, path: "")]
        }
    }

    /// Checks row `index` the way render would (load and lay out, nothing drawn): its errors and
    /// warnings, for the picker's marks.
    func check(row index: Int) -> RowCheck? {
        guard let batch, index < batch.rows.count else { return nil }
        let (report, problems) = batch.runner.rowReport(batch.rows[index])
        guard let report else { return RowCheck(problems) }
        do {
            let result = try pipeline.layout(report)
            var check = RowCheck(result.diagnostics)
            check.pages = result.pages.count
            return check
        } catch {
            return RowCheck(Self.problems(error))
        }
    }

    var rowCount: Int { batch?.rows.count ?? 0 }
}
