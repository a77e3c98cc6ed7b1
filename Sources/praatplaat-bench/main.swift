// `make bench` (scripts/bench.sh) runs this on a release build. It prints one JSON object:
//   stages FILE RUNS          milliseconds per stage for one report, median of RUNS in one process
//   floor TEMPLATE CSV ROWS   the first ROWS rows filled in and laid out in advance (timed apart),
//                             then drawn to PDF, SVG and PNG by Cairo alone, in memory, on one core
//   layout TEMPLATE CSV ROWS  only filling in and layout of ROWS rows (to profile layout)
import Foundation
import PraatplaatBatch
import PraatplaatCairo
import PraatplaatLayout
import PraatplaatLoader
import PraatplaatModel
import PraatplaatPipeline

func milliseconds(_ work: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try work()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
}

func median(_ values: [Double]) -> Double {
    let s = values.sorted()
    return s.isEmpty ? 0 : (s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2)
}

func emit(_ object: [String: Any]) {
    let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted])
    print(String(decoding: data, as: UTF8.self))
}

func round2(_ v: Double) -> Double { (v * 100).rounded() / 100 }

/// The reports of the first rows of `arguments[3]` (a CSV) filled into the template
/// `arguments[2]`, at most `arguments[4]` of them, and the milliseconds filling in took.
func filledRows(template arguments: [String], rows fallback: Int) throws -> ([Report], Double) {
    guard arguments.count >= 5, case .success(let template) = ReportTemplate.load(contentsOf: URL(fileURLWithPath: arguments[2])) else { exit(2) }
    let reader = try DataReader(url: URL(fileURLWithPath: arguments[3]), displayName: arguments[3])
    let rows = Int(arguments[4]) ?? fallback
    let files = FileResolver(baseDirectory: URL(fileURLWithPath: arguments[2]).deletingLastPathComponent(), builtInIcons: BuiltInIcons.names)
    var reports: [Report] = []
    var fill = 0.0
    while reports.count < rows, let row = try reader.next() {
        var filled: ReportTemplate.Filled!
        fill += milliseconds { filled = template.fill(row.cells, files: files) }
        if let report = filled.result.report { reports.append(report) }
    }
    return (reports, fill)
}

let args = CommandLine.arguments
guard args.count >= 4 else {
    FileHandle.standardError.write(Data("usage: praatplaat-bench stages FILE RUNS | floor TEMPLATE CSV ROWS | layout TEMPLATE CSV ROWS\n".utf8))
    exit(2)
}
let pipeline = Pipeline()
let renderer = pipeline.renderer

switch args[1] {
case "stages":
    let url = URL(fileURLWithPath: args[2])
    let runs = Int(args[3]) ?? 30
    var times: [String: [Double]] = [:]
    var pages = 0, pngBytes = 0
    for _ in 0..<runs {
        var loaded: LoadedReport!
        var laid: LayoutResult!
        times["load", default: []].append(try milliseconds { loaded = try pipeline.load(url) })
        times["layout", default: []].append(try milliseconds { laid = try pipeline.layout(loaded) })
        let doc = laid.document
        pages = doc.pages.count
        times["pdf", default: []].append(try milliseconds { _ = try renderer.pdf(doc) })
        // The SVG writer (real text, fonts embedded) is the SVG output; Cairo's outlines beside it.
        times["svg", default: []].append(try milliseconds { for p in doc.pages { _ = try pipeline.svg(p, metadata: doc.metadata) } })
        times["svg_cairo", default: []].append(try milliseconds { for p in doc.pages { _ = try renderer.svg(p) } })
        times["png", default: []].append(try milliseconds { pngBytes = try doc.pages.reduce(0) { $0 + (try renderer.png($1, dpi: 150)).count } })
    }
    // The size shows what the speed of the PNG writer costs in compression.
    var result: [String: Any] = ["file": args[2], "runs": runs, "pages": pages, "png_kb": pngBytes / 1024]
    // The pipeline keeps text widths between reports: the first run measures everything afresh.
    result["layout_first_run_ms"] = ((times["layout"]?.first ?? 0) * 100).rounded() / 100
    for (stage, values) in times { result[stage + "_ms"] = (median(values) * 100).rounded() / 100 }
    let total = ["load", "layout", "pdf", "svg", "png"].map { median(times[$0] ?? []) }.reduce(0, +)
    result["total_ms"] = (total * 100).rounded() / 100
    result["per_page_ms"] = (total / Double(max(pages, 1)) * 100).rounded() / 100
    emit(result)

case "floor":
    let (reports, fill) = try filledRows(template: args, rows: 100)
    // Ours, timed apart from Cairo's drawing: filling the template in (with validation) and layout.
    var documents: [LayoutResult] = []
    var layout = 0.0
    for report in reports {
        layout += try milliseconds { documents.append(try pipeline.layout(LoadedReport(url: URL(fileURLWithPath: args[2]), report: report))) }
    }
    var pdf = 0.0, svg = 0.0, svgCairo = 0.0, png = 0.0, pages = 0
    for laid in documents {
        pages += laid.document.pages.count
        pdf += try milliseconds { _ = try renderer.pdf(laid.document) }
        svg += try milliseconds { for p in laid.document.pages { _ = try pipeline.svg(p, metadata: laid.document.metadata) } }
        svgCairo += try milliseconds { for p in laid.document.pages { _ = try renderer.svg(p) } }
        png += try milliseconds { for p in laid.document.pages { _ = try renderer.png(p, dpi: 150) } }
    }
    let per = Double(max(pages, 1)), rows = Double(max(documents.count, 1))
    var result: [String: Any] = ["rows": documents.count, "pages": pages]
    result["pdf_ms_per_page"] = round2(pdf / per)
    result["svg_ms_per_page"] = round2(svg / per)
    result["svg_cairo_ms_per_page"] = round2(svgCairo / per)
    result["png_ms_per_page"] = round2(png / per)
    result["cairo_ms_per_page"] = round2((pdf + svg + png) / per)
    result["fill_ms_per_row"] = round2(fill / rows)
    result["layout_ms_per_row"] = round2(layout / rows)
    emit(result)

case "layout":
    // Only layout, over the rows filled in before: what to profile when layout is the question.
    let (reports, _) = try filledRows(template: args, rows: 100)
    var total = 0.0
    for report in reports {
        total += try milliseconds { _ = try pipeline.layout(LoadedReport(url: URL(fileURLWithPath: args[2]), report: report)) }
    }
    emit(["rows": reports.count, "layout_ms_per_row": round2(total / Double(max(reports.count, 1)))])

default:
    exit(2)
}
