import Foundation
import PraatplaatData
import PraatplaatModel
import Yams

/// A report file whose values may name columns of a data table: `title: "Kinderwerk in
/// {{gemeente}}"`, `value: "{{aandeel_welzijn}}"`. It is read and checked once, then filled in
/// per row at the level of the composed YAML tree, so a cell's text is always text (a cell
/// cannot add YAML) and every problem keeps the template's line and column, which `fill` maps
/// back to the columns that fed it.
///
/// Rules, for people who write templates (docs/batch.md says the same):
/// - `{{column}}` is replaced by the cell, in any value; column names ignore case and spaces
///   around them. Quotes around the value are optional when it is just `{{column}}`.
/// - A field whose value is just `{{column}}` is left out when the cell is empty (so an empty
///   cell makes an optional field disappear and a required one a clear error).
/// - A list item that is just `{{column}}` becomes one item per line of the cell (none when
///   the cell is empty); a list item whose every placeholder names an empty cell is left out.
public final class ReportTemplate: @unchecked Sendable {
    // Immutable after init; Yams' Node is a value type.
    public let url: URL
    public let fileName: String
    /// The template's bytes, for fingerprints of what a row's outputs are made from.
    public let source: Data
    public let placeholders: [Placeholder]
    let root: Node
    let limits: LoaderLimits

    public struct Placeholder: Sendable, Hashable {
        public var column: String
        public var location: SourceLocation
    }

    init(url: URL, fileName: String, source: Data, root: Node, limits: LoaderLimits) {
        self.url = url
        self.fileName = fileName
        self.source = source
        self.root = root
        self.limits = limits
        var found: [Placeholder] = []
        Self.collect(root, file: fileName, into: &found)
        placeholders = found
    }

    /// Why a template could not be read: located diagnostics.
    public struct Unreadable: Error, Sendable { public let diagnostics: [Diagnostic] }

    /// Reads and composes the template; YAML problems come back as located diagnostics.
    public static func load(contentsOf url: URL, displayName: String? = nil, limits: LoaderLimits = LoaderLimits()) -> Result<ReportTemplate, Unreadable> {
        let name = displayName ?? url.path
        let data: Data
        switch YAMLSource.read(url, displayName: name, limits: limits) {
        case .failure(let failed): return .failure(Unreadable(diagnostics: failed.diagnostics))
        case .success(let bytes): data = bytes
        }
        let empty = "the template is empty; a report needs at least a 'title' and 'sections'"
        switch YAMLSource.compose(data, fileName: name, isJSON: url.pathExtension.lowercased() == "json", limits: limits, emptyMessage: empty) {
        case .failure(let failed): return .failure(Unreadable(diagnostics: failed.diagnostics))
        case .success(let root): return .success(ReportTemplate(url: url, fileName: name, source: data, root: root, limits: limits))
        }
    }

    /// Placeholders naming no column of `columns`, each an error at its place in the template.
    public func check(columns: [String], dataName: String) -> [Diagnostic] {
        let known = Set(columns.map(Self.key))
        var seen = Set<String>()
        return placeholders.compactMap { p in
            guard !known.contains(Self.key(p.column)), seen.insert(Self.key(p.column)).inserted else { return nil }
            let close = Suggestions.closest(to: p.column, in: columns)
            return .error("{{\(p.column)}}: \(dataName) has no column \"\(p.column)\"", at: p.location, path: "",
                          hint: close.map { "did you mean {{\($0)}}?" } ?? "its columns are: " + columns.joined(separator: ", "))
        }
    }

    /// Column names match whatever their case and surrounding spaces.
    /// The template's language as written (Dutch when it names none), for writing a workbook's
    /// numbers into it the way the template reads them.
    public var language: Language {
        guard case .mapping(let mapping) = root, let node = mapping["language"], case .scalar(let scalar) = node else { return .dutch }
        return Language(tag: scalar.string)
    }

    public static func key(_ column: String) -> String { DataFile.key(column) }

    /// One row's report. Diagnostics stay located in the template; `columnsAt` says which
    /// columns fed the value at a line and column, so a caller can blame the row's cells.
    public struct Filled: Sendable {
        public var result: LoadResult
        public var columnsAt: [SourceLocation: [String]]
    }

    /// Fills the template with `cells` (column name, as `key` makes it, to the cell's text) and
    /// decodes it. `files` resolves pictures relative to the template's folder.
    public func fill(_ cells: [String: String], files: FileResolver) -> Filled {
        var blame: [SourceLocation: [String]] = [:]
        let filled = substitute(root, cells, &blame) ?? root
        return Filled(result: ReportLoader.load(root: filled, fileName: fileName, limits: limits, files: files, source: source), columnsAt: blame)
    }

    // MARK: - Placeholders in text

    /// `{{ name }}` ranges in a string, with the names.
    static func matches(in text: String) -> [(range: Range<String.Index>, name: String)] {
        var found: [(Range<String.Index>, String)] = []
        var start = text.startIndex
        while let open = pair(UInt8(ascii: "{"), in: text, from: start),
              let close = pair(UInt8(ascii: "}"), in: text, from: open.upperBound) {
            let name = text[open.upperBound..<close.lowerBound].trimmingSpaces
            if !name.isEmpty, !name.contains("{") {
                found.append((open.lowerBound..<close.upperBound, name))
            }
            start = close.upperBound
        }
        return found
    }

    /// The first `{{` or `}}` at or after `from`, found in the UTF-8 bytes: Foundation's
    /// `range(of:)` bridges every scalar of every template value to NSString.
    private static func pair(_ byte: UInt8, in text: String, from: String.Index) -> Range<String.Index>? {
        let utf8 = text.utf8
        var i = from
        while i < utf8.endIndex {
            let next = utf8.index(after: i)
            if utf8[i] == byte, next < utf8.endIndex, utf8[next] == byte { return i..<utf8.index(after: next) }
            i = next
        }
        return nil
    }

    /// `{{x}}` written without quotes is YAML for a mapping in a mapping; read it as meant.
    static func bareName(_ node: Node) -> String? {
        guard case .mapping(let outer) = node, outer.count == 1, let pair = outer.first,
              case .scalar(let nothing) = pair.value, nothing.string.isEmpty || nothing.string == "null" || nothing.string == "~",
              case .mapping(let inner) = pair.key, inner.count == 1, let innerPair = inner.first,
              case .scalar(let name) = innerPair.key, case .scalar(let nothing2) = innerPair.value,
              nothing2.string.isEmpty || nothing2.string == "null" || nothing2.string == "~" else { return nil }
        return name.string.trimmingSpaces
    }

    /// The column a value names when it is nothing but one placeholder.
    static func wholeName(_ node: Node) -> String? {
        if let bare = bareName(node) { return bare }
        guard case .scalar(let s) = node else { return nil }
        let text = s.string.trimmingSpaces
        let found = matches(in: text)
        guard found.count == 1, found[0].range == text.startIndex..<text.endIndex else { return nil }
        return found[0].name
    }

    static func collect(_ node: Node, file: String, into found: inout [Placeholder]) {
        func at(_ n: Node) -> SourceLocation {
            n.mark.map { SourceLocation(file: file, line: $0.line, column: $0.column) } ?? SourceLocation(file: file, line: 1, column: 1)
        }
        if let bare = bareName(node) {
            found.append(Placeholder(column: bare, location: at(node)))
            return
        }
        switch node {
        case .scalar(let s):
            for m in matches(in: s.string) { found.append(Placeholder(column: m.name, location: at(node))) }
        case .mapping(let m):
            for pair in m { collect(pair.value, file: file, into: &found) }
        case .sequence(let s):
            for item in s { collect(item, file: file, into: &found) }
        default:
            break
        }
    }

    // MARK: - Filling in

    func location(_ node: Node) -> SourceLocation? {
        node.mark.map { SourceLocation(file: fileName, line: $0.line, column: $0.column) }
    }

    func cell(_ name: String, _ cells: [String: String]) -> String { cells[Self.key(name)] ?? "" }

    func text(_ value: String, like node: Node) -> Node {
        .scalar(Node.Scalar(value, Tag(.str), .doubleQuoted, node.mark))
    }

    /// True when the node has placeholders and every one of them names an empty cell.
    func allEmpty(_ node: Node, _ cells: [String: String]) -> Bool {
        var found: [Placeholder] = []
        Self.collect(node, file: fileName, into: &found)
        return !found.isEmpty && found.allSatisfy { cell($0.column, cells).trimmingWhitespace.isEmpty }
    }

    /// The node with its placeholders filled in; nil for a field or item to leave out.
    func substitute(_ node: Node, _ cells: [String: String], _ blame: inout [SourceLocation: [String]]) -> Node? {
        if let name = Self.wholeName(node) {
            let value = cell(name, cells)
            if let here = location(node) { blame[here, default: []].append(name) }
            return value.trimmingWhitespace.isEmpty ? nil : text(value, like: node)
        }
        switch node {
        case .scalar(let s):
            let found = Self.matches(in: s.string)
            guard !found.isEmpty else { return node }
            var result = s.string
            for m in found.reversed() { result.replaceSubrange(m.range, with: cell(m.name, cells)) }
            if let here = location(node) { blame[here, default: []] += found.map(\.name) }
            return text(result, like: node)
        case .mapping(let m):
            var pairs: [(Node, Node)] = []
            for pair in m {
                if let value = substitute(pair.value, cells, &blame) {
                    pairs.append((pair.key, value))
                } else if let here = location(node), let name = Self.wholeName(pair.value) {
                    // A left-out field: a "missing field" error at the mapping names the column too.
                    blame[here, default: []].append(name)
                }
            }
            return .mapping(Node.Mapping(pairs, m.tag, m.style, m.mark))
        case .sequence(let s):
            var items: [Node] = []
            for item in s {
                if let name = Self.wholeName(item) {
                    if let here = location(item) { blame[here, default: []].append(name) }
                    let lines = cell(name, cells).split(whereSeparator: \.isNewline)
                        .map { $0.trimmingSpaces }.filter { !$0.isEmpty }
                    items += lines.map { text($0, like: item) }
                } else if allEmpty(item, cells) {
                    continue
                } else if let filled = substitute(item, cells, &blame) {
                    items.append(filled)
                }
            }
            return .sequence(Node.Sequence(items, s.tag, s.style, s.mark))
        default:
            return node
        }
    }
}
