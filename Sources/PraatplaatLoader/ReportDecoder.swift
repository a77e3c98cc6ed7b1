import Foundation
import PraatplaatModel
import Yams

/// Builds a `Report` from a composed YAML tree, validating as it goes. The key lists here are the
/// format's definition: a key not listed is reported as unknown, with a suggestion.
struct ReportDecoder {
    let reader: NodeReader
    let files: FileResolver

    static let reportKeys = ["title", "subtitle", "organisation", "language", "keywords", "page", "sections"]
    static let pageKeys = ["size", "orientation", "width", "height", "margin", "fit"]

    func report(_ root: Node) -> Report? {
        guard let fields = reader.mapping(root, path: "", keys: Self.reportKeys,
                                          what: "a mapping of fields such as 'title' and 'sections'") else { return nil }
        let title = reader.text(fields, "title", required: true)
        let subtitle = reader.text(fields, "subtitle")
        let organisation = reader.text(fields, "organisation")
        let language = self.language(fields) ?? "nl"
        let keywords = reader.list(fields, "keywords")?.compactMap { reader.text($0.0, path: $0.1) } ?? []
        let page = fields.value("page").flatMap { self.page($0, path: "page") } ?? PageSpec()
        var sections: [Section] = []
        if let entries = reader.list(fields, "sections", required: true, limit: reader.limits.maxSections) {
            let decoder = SectionDecoder(reader: reader, language: language, files: files)
            sections = entries.compactMap { decoder.section($0.0, path: $0.1) }
        }
        guard let title, !reader.diagnostics.hasErrors else { return nil }
        return Report(title: title, subtitle: subtitle, organisation: organisation, language: language,
                      keywords: keywords, page: page, sections: sections)
    }

    private func language(_ fields: NodeReader.Fields) -> String? {
        guard let node = fields.value("language"), let tag = reader.text(node, path: "language") else { return nil }
        // BCP 47 in its common shape: a 2-3 letter language, then optional subtags (`nl`, `nl-BE`).
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        let ok = (2...3).contains(parts[0].count) && parts[0].allSatisfy { $0.isASCII && $0.isLetter }
            && parts.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
        guard ok else {
            reader.error("expected a language tag such as nl or en, got \"\(tag)\"", at: node, path: "language")
            return nil
        }
        return tag
    }

    private func page(_ node: Node, path: String) -> PageSpec? {
        guard let fields = reader.mapping(node, path: path, keys: Self.pageKeys) else { return nil }
        var spec = PageSpec()
        if let size = reader.choice(fields, "size", as: PaperSize.self) { spec.size = size }
        if let orientation = reader.choice(fields, "orientation", as: Orientation.self) { spec.orientation = orientation }
        let width = reader.number(fields, "width", range: 50...5000, unit: "mm")
        let height = reader.number(fields, "height", range: 50...5000, unit: "mm")
        switch (width, height) {
        case let (w?, h?): spec.custom = CustomSize(width: w, height: h)
        case (nil, nil): break
        default:
            if fields.value("width") != nil, fields.value("height") != nil { break }
            reader.error("a custom page size needs both 'width' and 'height' (in millimetres)", at: fields.node, path: path)
        }
        spec.fit = reader.bool(fields, "fit") ?? false
        if let margin = reader.number(fields, "margin", range: 0...100, unit: "mm") {
            let (w, h) = spec.millimetres
            if margin * 2 >= min(w, h) * 0.8 {
                reader.error("a margin of \(margin) mm leaves no room on a \(Int(w)) x \(Int(h)) mm page", at: fields.value("margin"), path: path + ".margin")
            } else {
                spec.margin = margin
            }
        }
        return spec
    }
}

/// Which link targets a report may name: web pages and e-mail, never scripts or local files.
public enum LinkPolicy {
    public static func isAllowed(_ url: String) -> Bool {
        let lower = url.lowercased()
        let schemes = ["http://", "https://", "mailto:"]
        guard let scheme = schemes.first(where: lower.hasPrefix) else { return false }
        return lower.count > scheme.count && !url.contains(where: { $0.isWhitespace || $0 == "'" || $0 == "\"" })
    }
}
