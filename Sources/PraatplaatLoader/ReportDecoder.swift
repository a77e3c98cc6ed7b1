import Foundation
import PraatplaatModel
import Yams

/// Builds a `Report` from a composed YAML tree, validating as it goes, through the shapes of
/// `ReportFormat`: a key not defined there is reported as unknown, with a suggestion.
final class ReportDecoder {
    let reader: NodeReader
    let files: FileResolver
    /// The theme file the report names, as written and resolved; read after the report.
    private(set) var themeFile: (String, URL)?
    private let ledger = FileLedger()

    init(reader: NodeReader, files: FileResolver) {
        self.reader = reader
        self.files = files
    }

    func report(_ root: Node) -> Report? {
        guard let fields = reader.mapping(root, path: "", shape: ReportFormat.report,
                                          what: "a mapping of fields such as 'title' and 'sections'") else { return nil }
        let title = reader.text(fields, "title")
        let subtitle = reader.text(fields, "subtitle")
        let organisation = reader.text(fields, "organisation")
        let language = self.language(fields)
        let date = self.date(fields, language: language)
        let keywords = reader.list(fields, "keywords")?.compactMap { reader.text($0.0, path: $0.1) } ?? []
        var page = fields.value("page").flatMap { self.page($0, path: "page") } ?? PageSpec()
        page.location = fields.value("page").flatMap(reader.location)
        let theme = self.theme(fields)
        var sections: [Section] = []
        if let entries = reader.list(fields, "sections") {
            let decoder = SectionDecoder(reader: reader, language: language, files: files, ledger: ledger)
            sections = entries.compactMap { decoder.section($0.0, path: $0.1) }
        }
        guard let title, !reader.diagnostics.hasErrors else { return nil }
        var report = Report(title: title, subtitle: subtitle, organisation: organisation, language: language,
                            keywords: keywords, page: page, sections: sections)
        report.theme = theme
        report.date = date
        report.files = ledger.files
        report.dataFiles = ledger.dataFiles
        report.hyphenate = reader.bool(fields, "hyphenate") ?? true
        report.language = language.grouping(for: sections.flatMap(\.content.figureValues))
        return report
    }

    func date(_ fields: NodeReader.Fields, language: Language) -> ReportDate? {
        guard let raw = reader.text(fields, "date") else { return nil }
        switch ReportDate.parse(raw) {
        case .success(let date): return date
        case .failure(.noSuchDay(let day, let month, let year, let days)):
            let name = ReportDate(year: year, month: month).formatted(language: language)
            reader.error("there is no day \(day) in \(name); it has \(days) days", at: fields.value("date"), path: "date")
        case .failure(.periodBackwards):
            reader.error("the period ends before it starts: \"\(raw)\"", at: fields.value("date"), path: "date", hint: "write the earlier year first: 2024/2025")
        case .failure(.notADate):
            reader.error("expected a date, got \"\(raw)\"", at: fields.value("date"), path: "date",
                         hint: "write 2025, mei 2025, 12 mei 2025, 2025-05-12 or 12-05-2025, or a period such as 2024/2025")
        }
        return nil
    }

    /// The report's language, read once; one Praatplaat does not write is a warning naming the
    /// fallback (an error with --strict).
    func language(_ fields: NodeReader.Fields) -> Language {
        guard let raw = reader.text(fields, "language") else { return .dutch }
        let language = Language(tag: raw)
        if !language.isSupported {
            reader.warning("Praatplaat writes its own words and numbers in Dutch (nl) or English (en); for '\(raw)' it writes them in English",
                           at: fields.value("language"), path: "language",
                           hint: "write nl (nl-NL, nl-BE) or en (en-GB), or keep '\(raw)' for the text's own language and accept English legends")
        }
        return language
    }

    /// A built-in theme by name, or a theme file inside the report's folder.
    private func theme(_ fields: NodeReader.Fields) -> ThemeChoice? {
        let path = reader.join(fields.path, "theme")
        guard let node = fields.value("theme"), let raw = reader.text(node, path: path) else { return nil }
        if let name = ReportFormat.themes.first(where: { $0.lowercased() == raw.lowercased() }) { return .builtIn(name) }
        guard raw.contains(".") || raw.contains("/") else {
            reader.error("unknown theme '\(raw)'", at: node, path: path,
                         hint: Suggestions.closest(to: raw, in: ReportFormat.themes).map { "did you mean '\($0)'?" }
                             ?? "the built-in themes are \(ReportFormat.themes.joined(separator: ", ")); or name a .yaml theme file next to the report")
            return nil
        }
        switch files.resolve(raw, extensions: FileResolver.themeExtensions) {
        case .success(.file(let url)): themeFile = (raw, url)
        case .success(.builtInIcon): reader.error("expected a theme, got the icon '\(raw)'", at: node, path: path)
        case .failure(let error): reader.error(error.message, at: node, path: path, hint: error.hint)
        }
        return nil
    }

    private func page(_ node: Node, path: String) -> PageSpec? {
        guard let fields = reader.mapping(node, path: path, shape: ReportFormat.page) else { return nil }
        var spec = PageSpec()
        if let size = reader.choice(fields, "size", as: PaperSize.self) { spec.size = size }
        if let orientation = reader.choice(fields, "orientation", as: Orientation.self) { spec.orientation = orientation }
        // The shape has reported a width without a height (or the reverse).
        if let width = reader.number(fields, "width"), let height = reader.number(fields, "height") {
            spec.custom = CustomSize(width: width, height: height)
        }
        spec.fit = reader.bool(fields, "fit") ?? false
        if let margin = reader.number(fields, "margin") {
            let (w, h) = spec.millimetres
            if margin * 2 >= min(w, h) * 0.8 {
                reader.error("a margin of \(NodeReader.plain(margin)) mm leaves no room on a \(Int(w)) x \(Int(h)) mm page",
                             at: fields.value("margin"), path: path + ".margin")
            } else {
                spec.margin = margin
            }
        }
        return spec
    }
}

/// BCP 47 tags in their common shape: a 2-3 letter language, then optional subtags (`nl`, `nl-BE`).
enum LanguageTag {
    static func isValid(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        return (2...3).contains(parts[0].count) && parts[0].allSatisfy { $0.isASCII && $0.isLetter }
            && parts.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }
}

/// Which link targets a report may name: web pages and e-mail, never scripts or local files.
public enum LinkPolicy {
    public static func isAllowed(_ url: String) -> Bool {
        let lower = url.lowercased()
        let schemes = ["http://", "https://", "mailto:"]
        guard let scheme = schemes.first(where: lower.hasPrefix) else { return false }
        // Spaces, quotes and brackets are percent-encoded (URLText); line breaks and control
        // characters have no place in an address.
        return lower.count > scheme.count && !url.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F })
    }
}
