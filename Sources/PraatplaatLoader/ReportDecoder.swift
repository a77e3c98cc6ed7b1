import Foundation
import PraatplaatModel
import Yams

/// Builds a `Report` from a composed YAML tree, validating as it goes. The key lists here are the
/// format's definition: a key not listed is reported as unknown, with a suggestion.
struct ReportDecoder {
    let reader: NodeReader

    static let reportKeys = ["title", "subtitle", "organisation", "language", "keywords", "page", "sections"]
    static let pageKeys = ["size", "orientation"]
    static let sectionKeys: [SectionKind: [String]] = [
        .definition: ["kind", "title", "text"],
        .keyFigures: ["kind", "title", "figures"],
        .list: ["kind", "title", "items", "numbered"],
        .sources: ["kind", "title", "items"],
    ]
    static let figureKeys = ["value", "label"]
    static let sourceKeys = ["text", "url"]

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
            sections = entries.compactMap { section($0.0, path: $0.1, language: language) }
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
        return spec
    }

    // MARK: Sections

    private func section(_ node: Node, path: String, language: String) -> Section? {
        guard reader.visit(node, path: path) else { return nil }
        guard case .mapping(let mapping) = node else {
            reader.error("expected a section (a mapping with a 'kind'), got \(reader.describe(node))", at: node, path: path)
            return nil
        }
        guard let kindNode = mapping["kind"] else {
            reader.error("missing required field 'kind'", at: node, path: path + ".kind",
                         hint: "one of \(SectionKind.allCases.map(\.rawValue).joined(separator: ", "))")
            return nil
        }
        guard let kindName = reader.text(kindNode, path: path + ".kind") else { return nil }
        guard let kind = SectionKind(rawValue: kindName) else {
            let names = SectionKind.allCases.map(\.rawValue)
            reader.error("unknown section kind '\(kindName)'", at: kindNode, path: path + ".kind",
                         hint: Suggestions.closest(to: kindName, in: names).map { "did you mean '\($0)'?" }
                            ?? "expected one of \(names.joined(separator: ", "))")
            return nil
        }
        guard let fields = reader.mapping(node, path: path, keys: Self.sectionKeys[kind]!) else { return nil }
        let title = reader.text(fields, "title")
        switch kind {
        case .definition:
            guard let text = reader.text(fields, "text", required: true) else { return nil }
            return .definition(DefinitionSection(title: title, text: text))
        case .keyFigures:
            guard let entries = reader.list(fields, "figures", required: true) else { return nil }
            let figures = entries.compactMap { figure($0.0, path: $0.1, language: language) }
            guard figures.count == entries.count else { return nil }
            return .keyFigures(KeyFiguresSection(title: title, figures: figures))
        case .list:
            guard let entries = reader.list(fields, "items", required: true) else { return nil }
            let items = entries.compactMap { reader.text($0.0, path: $0.1) }
            let numbered = reader.bool(fields, "numbered") ?? false
            guard items.count == entries.count else { return nil }
            return .list(ListSection(title: title, items: items, numbered: numbered))
        case .sources:
            guard let entries = reader.list(fields, "items", required: true) else { return nil }
            let items = entries.compactMap { source($0.0, path: $0.1) }
            guard items.count == entries.count else { return nil }
            return .sources(SourcesSection(title: title, items: items))
        }
    }

    private func figure(_ node: Node, path: String, language: String) -> KeyFigure? {
        guard let fields = reader.mapping(node, path: path, keys: Self.figureKeys,
                                          what: "a figure with 'value' and 'label'") else { return nil }
        let label = reader.text(fields, "label", required: true)
        let value = figureValue(fields, language: language)
        guard let label, let value else { return nil }
        return KeyFigure(value: value, label: label)
    }

    private func figureValue(_ fields: NodeReader.Fields, language: String) -> FigureValue? {
        let path = reader.join(fields.path, "value")
        guard let raw = reader.text(fields, "value", required: true), let node = fields.value("value") else { return nil }
        guard let value = FigureValue.parse(raw, language: language) else {
            let trimmed = raw.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("-"), FigureValue.parse(String(trimmed.dropFirst()), language: language) != nil {
                reader.error("expected a number of 0 or more, got \"\(raw)\"", at: node, path: path,
                             hint: "key figures count or share something; they cannot be negative")
                return nil
            }
            reader.error("expected a number (1500), a percentage (40%), a range (400-500) or an open count (30000+), got \"\(raw)\"",
                         at: node, path: path)
            return nil
        }
        switch value {
        case .percent(let v) where !(0...100).contains(v):
            reader.error("expected a percentage from 0 to 100, got \"\(raw)\"", at: node, path: path)
            return nil
        case .range(let lo, let hi) where lo > hi:
            reader.error("the range starts above where it ends: \"\(raw)\"", at: node, path: path,
                         hint: "write the smaller number first")
            return nil
        default:
            return value
        }
    }

    private func source(_ node: Node, path: String) -> SourceItem? {
        // A source may be plain text, or text with a link.
        if case .scalar = node { return reader.text(node, path: path).map { SourceItem(text: $0) } }
        guard let fields = reader.mapping(node, path: path, keys: Self.sourceKeys,
                                          what: "a source (text, or a mapping with 'text' and 'url')") else { return nil }
        let text = reader.text(fields, "text", required: true)
        var url: String?
        if let urlNode = fields.value("url"), let raw = reader.text(urlNode, path: path + ".url") {
            url = raw
            if !LinkPolicy.isAllowed(raw) {
                reader.error("links must start with http://, https:// or mailto:, got \"\(raw)\"", at: urlNode, path: path + ".url")
                url = nil
            }
        }
        guard let text else { return nil }
        return SourceItem(text: text, url: url)
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
