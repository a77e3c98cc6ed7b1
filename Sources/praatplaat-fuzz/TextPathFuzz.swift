import Foundation
import FoundationXML
import PraatplaatLoader
import PraatplaatModel
import PraatplaatPipeline

/// One fuzz input through the real text path: load, layout measured by Pango and hyphenated by
/// libhyphen in the report's language, then drawn to PDF, SVG (real text, embedded font subsets)
/// and PNG, all in memory. `FUZZ_TARGET=text` (`PRAATPLAAT_FUZZ=text`); seeds in
/// Tests/Fixtures/text-path, findings in Tests/Fixtures/text-path/findings.
///
/// An input is one of three things:
/// - JSON (first byte `{` or `[`), a whole report, so escapes such as `"\ud800"` reach the loader;
/// - YAML when it holds `sections:` (every report has them), a whole report;
/// - anything else is text: decoded as UTF-8 (a bad byte becomes U+FFFD) and put, as it is, into
///   a fixed small report's title, a paragraph, a list item, a table cell and a bar's label.
///   It skips the loader, which refuses control characters and empty texts, so any Unicode the
///   model can hold (NUL and C0/C1 controls too) reaches Pango, as it would from a report built in
///   code. Dutch when the input has an even number of bytes, English when odd, so both
///   dictionaries (Dutch in ISO 8859-1, English in UTF-8) see every kind of text.
///
/// A report the loader took must lay out and render: an error after loading is a finding. And
/// the outputs are checked: a PDF starts with `%PDF-` and ends with `%%EOF`, a PNG has its
/// signature, an SVG is well-formed XML. The fuzzer traps on anything else; the tests expect none.
enum TextPathFuzz {
    /// What one input came to: the loader's diagnostics, files, or an error after loading.
    enum Outcome {
        case diagnostics([String])
        case rendered([(name: String, data: Data)])
        case failed(String)
    }

    /// PNG at a low resolution keeps an input fast; the pages are drawn all the same.
    static let dpi = 24.0

    /// The fixed report raw text goes into: a small page, one section of each kind that holds it.
    static let fixed = """
        title: Titel
        language: nl
        page: { width: 100, height: 140, margin: 8 }
        sections:
          - kind: text
            text: Alinea
          - kind: list
            items: [Punt, Tweede punt]
          - kind: table
            columns: [Naam, Aantal]
            rows:
              - [Cel, "12"]
              - [Andere cel, "7"]
          - kind: barChart
            bars:
              - { label: Staaf, value: 3 }
              - { label: Tweede staaf, value: 5 }
        """

    /// The fixed report as loaded (once): the loader's own model, text swapped in per input.
    static let template: Report = {
        let result = ReportLoader.load(data: Data(fixed.utf8), fileName: "text-path.yaml")
        guard let report = result.report else { fatalError("the text path's fixed report does not load: \(result.diagnostics)") }
        return report
    }()

    /// Which of the three an input is.
    enum Kind: Equatable { case json, yaml, text }

    static func kind(of data: Data) -> Kind {
        if data.first == UInt8(ascii: "{") || data.first == UInt8(ascii: "[") { return .json }
        if data.range(of: Data("sections:".utf8)) != nil { return .yaml }
        return .text
    }

    /// `text` in every text place of the fixed report, in `language`.
    static func report(text: String, language: Language) -> Report {
        var report = template
        report.title = text
        report.language = language
        report.sections = report.sections.map { section in
            var section = section
            switch section.content {
            case .text(var s): s.text = text; section.content = .text(s)
            case .list(var s): s.items[0].text = text; section.content = .list(s)
            case .table(var s): s.rows[0].cells[0] = .text(text); section.content = .table(s)
            case .barChart(var s): s.bars[0].label = text; section.content = .barChart(s)
            default: break
            }
            return section
        }
        return report
    }

    /// The input as a report, or the loader's messages.
    static func load(_ data: Data) -> (report: LoadedReport?, messages: [String]) {
        let url = URL(fileURLWithPath: "/nonexistent/praatplaat-fuzz/text-path.yaml")
        switch kind(of: data) {
        case .text:
            let language: Language = data.count % 2 == 0 ? .dutch : .english
            return (LoadedReport(url: url, report: report(text: String(decoding: data, as: UTF8.self), language: language)), [])
        case let kind:
            // No folder: only built-in icons resolve, and no file is read.
            let result = ReportLoader.load(data: data, fileName: kind == .json ? "fuzz.json" : "fuzz.yaml", isJSON: kind == .json)
            let messages = result.diagnostics.map(\.description)
            guard let report = result.report, !result.diagnostics.hasErrors else { return (nil, messages) }
            return (LoadedReport(url: url, report: report, diagnostics: result.diagnostics), messages)
        }
    }

    /// Load, layout and draw every format in memory with `pipeline`.
    static func run(_ data: Data, pipeline: Pipeline) -> Outcome {
        let (report, messages) = load(data)
        guard let loaded = report else { return .diagnostics(messages) }
        do {
            let laidOut = try pipeline.layout(loaded)
            var options = RenderOptions(outputDirectory: URL(fileURLWithPath: "/nonexistent"), dpi: dpi, pdfDates: .none)
            options.svgText = .text
            return .rendered(try pipeline.outputs(loaded, laidOut: laidOut, options: options))
        } catch {
            return .failed(error.description)
        }
    }

    /// What is wrong with the files, if anything: each must be a well-formed file of its kind.
    static func problems(in files: [(name: String, data: Data)]) -> [String] {
        files.compactMap { file in
            let bytes = [UInt8](file.data)
            switch (file.name as NSString).pathExtension {
            case "pdf":
                guard bytes.starts(with: Array("%PDF-".utf8)) else { return "\(file.name) does not start with %PDF-" }
                let tail = String(decoding: bytes.suffix(16), as: UTF8.self)
                return tail.contains("%%EOF") ? nil : "\(file.name) does not end with %%EOF"
            case "png":
                return bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? nil : "\(file.name) has no PNG signature"
            case "svg":
                let parser = XMLParser(data: file.data)
                return parser.parse() ? nil : "\(file.name) is not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "unknown error")"
            default:
                return "\(file.name) is not a PDF, PNG or SVG"
            }
        }
    }

    /// The fuzzer's entry: a fresh pipeline an input (so no cache hides a path, and a finding
    /// replays alone), and a trap on a report that does not render or a malformed file.
    static func run(_ data: Data) {
        switch run(data, pipeline: Pipeline()) {
        case .diagnostics: return
        case .failed(let message): fatalError("a loaded report did not render: \(message)")
        case .rendered(let files):
            let problems = problems(in: files)
            if !problems.isEmpty { fatalError("malformed output: \(problems.joined(separator: "; "))") }
        }
    }
}
