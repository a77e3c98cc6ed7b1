import Foundation
import PraatplaatModel
import Yams

/// Typed, located access to a composed YAML tree. Every problem becomes a diagnostic naming the
/// field path in the file's own names; readers return nil and carry on, so one run finds them all.
final class NodeReader {
    let file: String
    let limits: LoaderLimits
    private var reported: [Diagnostic] = []
    /// Errors past `maxErrors`, counted but not kept: a broken file should not flood the terminal.
    private var suppressed = 0

    var diagnostics: [Diagnostic] {
        guard suppressed > 0 else { return reported }
        return reported + [.error("\(suppressed) more error\(suppressed == 1 ? "" : "s") not shown (limit maxErrors)",
                                  at: SourceLocation(file: file, line: 1, column: 1), path: "")]
    }
    private var nodesVisited = 0
    private var reportedNodeLimit = false

    /// The file's lines, to tell a list written `[a, b]` from one written with dashes (Yams
    /// composes both with the same style).
    let lines: [Substring]

    init(file: String, limits: LoaderLimits, source: Data? = nil) {
        self.file = file
        self.limits = limits
        lines = source.map { String(decoding: $0.prefix(10_000_000), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) } ?? []
    }

    /// Whether a collection node is written in flow style: its first character is `[` or `{`.
    func isFlow(_ node: Node) -> Bool {
        guard let mark = node.mark, mark.line >= 1, mark.line <= lines.count else { return false }
        let line = lines[mark.line - 1].unicodeScalars
        guard mark.column >= 1, mark.column <= line.count else { return false }
        return "[{".unicodeScalars.contains(line[line.index(line.startIndex, offsetBy: mark.column - 1)])
    }

    func location(_ node: Node) -> SourceLocation? {
        node.mark.map { SourceLocation(file: file, line: $0.line, column: $0.column) }
    }

    func error(_ message: String, at node: Node?, path: String, hint: String? = nil) {
        guard reported.count < limits.maxErrors else {
            suppressed += 1
            return
        }
        reported.append(.error(message, at: node.flatMap(location), path: path, hint: hint))
    }

    func warning(_ message: String, at node: Node?, path: String, hint: String? = nil) {
        guard reported.count < limits.maxErrors else { return }
        reported.append(.warning(message, at: node.flatMap(location), path: path, hint: hint))
    }

    /// True once the node budget is spent: from then on every reader returns nil at once.
    var exhausted: Bool { reportedNodeLimit }

    /// Counts a visit; false once the budget is spent (aliases can make a small file enormous).
    func visit(_ node: Node, path: String) -> Bool {
        if reportedNodeLimit { return false }
        nodesVisited += 1
        if nodesVisited > limits.maxNodes {
            if !reportedNodeLimit {
                reportedNodeLimit = true
                error("the file holds more than \(limits.maxNodes) values (limit maxNodes); YAML aliases may be expanding it",
                      at: node, path: path)
            }
            return false
        }
        return true
    }

    /// What a node is, in the words of the messages: "a list", "a mapping", "the number 3".
    func describe(_ node: Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar(let s):
            if s.style == .plain {
                switch Resolver.default.resolveTag(of: node) {
                case .null: return "nothing"
                case .bool: return "the value \(s.string)"
                case .int, .float: return "the number \(s.string)"
                default: break
                }
            }
            return "\"\(s.string)\""
        }
    }

    // MARK: Mappings

    /// The fields of a mapping of `shape`, after reporting keys the shape does not have and
    /// breaches of its rules between fields.
    func mapping(_ node: Node, path: String, shape: ObjectShape, what: String = "a mapping") -> Fields? {
        guard visit(node, path: path) else { return nil }
        guard case .mapping(let mapping) = node else {
            error("expected \(what), got \(describe(node))", at: node, path: path)
            return nil
        }
        let keys = shape.keys
        var values: [String: (key: Node, value: Node)] = [:]
        var misspelt: Set<String> = []
        for (keyNode, value) in mapping {
            guard case .scalar(let key) = keyNode else {
                error("expected a field name, got \(describe(keyNode))", at: keyNode, path: path)
                continue
            }
            let name = key.string
            guard keys.contains(name) else {
                // `{ value: 12,5%, label: ... }`: the comma of a Dutch decimal ended the value.
                // Also `{ value: 1,5 miljoen }`, whose key became "5 miljoen".
                if isFlow(node), let first = name.first, first.isNumber {
                    error("unknown key '\(name)': in { } a comma ends a value, so a number written with a decimal comma was cut in two",
                          at: keyNode, path: join(path, name),
                          hint: "put the number in quotes (value: \"12,5%\", value: \"1,5 miljoen\"), or write the fields on lines of their own")
                    continue
                }
                let suggestion = Suggestions.closest(to: name, in: keys)
                if let suggestion { misspelt.insert(suggestion) }
                error("unknown key '\(name)'", at: keyNode, path: join(path, name),
                      hint: suggestion.map { "did you mean '\($0)'?" } ?? "expected one of \(keys.map { "'\($0)'" }.joined(separator: ", "))")
                continue
            }
            values[name] = (keyNode, value)
        }
        let fields = Fields(node: node, path: path, shape: shape, values: values, misspelt: misspelt)
        checkRules(fields)
        return fields
    }

    /// The shape's rules between fields: exactly one of a group, or a group given together.
    private func checkRules(_ f: Fields) {
        for group in f.shape.exactlyOne {
            let given = group.filter { f.value($0) != nil }
            let names = group.map { "'\($0)'" }.joined(separator: " or ")
            if given.isEmpty, !group.allSatisfy(f.missingIsNews) { continue }
            if given.count > 1 {
                error("give either \(names), not both", at: f.keyNode(given[1]), path: join(f.path, given[1]))
            } else if given.isEmpty {
                error("missing required field: give \(names)", at: f.node, path: join(f.path, group[0]))
            }
        }
        for group in f.shape.atLeastOne where !group.contains(where: { f.value($0) != nil }) && group.allSatisfy(f.missingIsNews) {
            error("missing required field: give \(group.map { "'\($0)'" }.joined(separator: " or "))", at: f.node, path: join(f.path, group[0]))
        }
        for group in f.shape.together {
            let given = group.filter { f.value($0) != nil }
            if !given.isEmpty, given.count < group.count {
                let missing = group.first { f.value($0) == nil }!
                error("'\(given[0])' needs '\(missing)' as well", at: f.keyNode(given[0]), path: join(f.path, missing),
                      hint: "give \(group.map { "'\($0)'" }.joined(separator: " and ")) together")
            }
        }
    }

    struct Fields {
        let node: Node
        let path: String
        let shape: ObjectShape
        let values: [String: (key: Node, value: Node)]
        /// Fields an unknown key was taken for (`fiel` for `file`): their absence is said by that
        /// message ("did you mean 'file'?"), not a second one.
        var misspelt: Set<String> = []

        func value(_ key: String) -> Node? { values[key]?.value }

        /// Whether a missing required `key` still needs its own message.
        func missingIsNews(_ key: String) -> Bool { !misspelt.contains(key) }
        func keyNode(_ key: String) -> Node? { values[key]?.key }

        /// The definition of `key`; reading a field the format does not define is a bug here.
        func spec(_ key: String) -> FieldSpec {
            guard let spec = shape.field(key) else {
                assertionFailure("'\(key)' is read but not defined in ReportFormat.\(shape.id)")
                return FieldSpec(key, .text(.plain), "")
            }
            return spec
        }
    }

    func join(_ path: String, _ key: String) -> String {
        path.isEmpty ? key : path + "." + key
    }

    // MARK: Scalars

    /// A text field; a required one reports its absence at the enclosing mapping.
    func text(_ fields: Fields, _ key: String) -> String? {
        let path = join(fields.path, key)
        guard let node = fields.value(key), !isNull(node) else {
            if fields.spec(key).required, fields.missingIsNews(key) { error("missing required field '\(key)'", at: fields.keyNode(key) ?? fields.node, path: path) }
            return nil
        }
        guard let value = text(node, path: path) else { return nil }
        switch fields.spec(key).shape {
        case .text(.url) where !LinkPolicy.isAllowed(value):
            error("links must start with http://, https:// or mailto:, got \"\(value)\"", at: node, path: path)
            return nil
        case .text(.url):
            return value.trimmingSpaces
        case .text(.language) where !LanguageTag.isValid(value):
            error("expected a language tag such as nl or en, got \"\(value)\"", at: node, path: path)
            return nil
        default:
            return value
        }
    }

    /// For fields that take text or a mapping: a one-pair mapping whose key is not a field name
    /// is text with a colon that YAML read as a mapping. Reports it and returns true.
    func reportAccidentalMapping(_ node: Node, path: String, keys: [String]) -> Bool {
        guard let pair = singlePair(node), !keys.contains(pair.key), let hint = quotingHint(node) else { return false }
        error("expected text, got a mapping", at: node, path: path, hint: hint)
        return true
    }

    func text(_ node: Node, path: String) -> String? {
        guard visit(node, path: path) else { return nil }
        guard case .scalar(let scalar) = node, !isNull(node) else {
            error("expected text, got \(describe(node))", at: node, path: path, hint: quotingHint(node))
            return nil
        }
        // `yes`, `no`, `true` are booleans to YAML; as text they are almost always a slip.
        if scalar.style == .plain, Self.boolWords.contains(scalar.string) {
            error("expected text, got \(describe(node))", at: node, path: path, hint: "put it in quotes (\"\(scalar.string)\") if you mean the word")
            return nil
        }
        let value = scalar.string
        if value.count > limits.maxTextLength {
            error("text is \(value.count) characters long; the limit (maxTextLength) is \(limits.maxTextLength)", at: node, path: path)
            return nil
        }
        if let bad = value.unicodeScalars.first(where: Self.isForbiddenControl) {
            error("text contains the control character U+\(String(bad.value, radix: 16, uppercase: true).leftPadded(4))",
                  at: node, path: path, hint: "remove it; only line breaks and tabs are allowed in text")
            return nil
        }
        if value.trimmingWhitespace.isEmpty {
            error("text is empty", at: node, path: path)
            return nil
        }
        if let bad = InlineText.links(value).first(where: { !LinkPolicy.isAllowed($0) }) {
            error("links must start with http://, https:// or mailto:, got \"\(bad)\"", at: node, path: path)
            return nil
        }
        return value
    }

    /// `- Punt 1: tekst` is a mapping to YAML; the writer almost always meant text with a colon.
    func quotingHint(_ node: Node) -> String? {
        guard let pair = singlePair(node), case .scalar(let value) = pair.value else { return nil }
        return "text with ': ' in it must be quoted: \"\(pair.key): \(value.string)\""
    }

    /// The key and value of a mapping that has one pair with a text key. Written as a switch on
    /// a bound pair: matching `.scalar` straight on `mapping[0].key` leaked the pair whenever the
    /// key was a list or mapping (found by the fuzzer; Tests/Fixtures/invalid/nested-key.yaml).
    private func singlePair(_ node: Node) -> (key: String, value: Node)? {
        guard case .mapping(let mapping) = node, mapping.count == 1, let pair = mapping.first else { return nil }
        switch pair.key {
        case .scalar(let key): return (key.string, pair.value)
        default: return nil
        }
    }

    /// The plain words Yams' resolver reads as null and as booleans (YAML 1.1). Looked up in a set:
    /// the resolver's regular expressions cost more than everything else the reader does.
    static let nullWords: Set<String> = ["", "~", "null", "Null", "NULL"]
    static let boolWords: Set<String> = ["yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
                                         "on", "On", "ON", "off", "Off", "OFF"]

    static func isForbiddenControl(_ s: Unicode.Scalar) -> Bool {
        (s.value < 0x20 && s != "\n" && s != "\t" && s != "\r") || (0x7F...0x9F).contains(s.value)
    }

    /// A plain number within the field's range, in its unit (for messages), such as millimetres.
    func number(_ fields: Fields, _ key: String) -> Double? {
        let path = join(fields.path, key)
        guard case .number(let range, let unit) = fields.spec(key).shape else {
            assertionFailure("\(key) is not a number in ReportFormat")
            return nil
        }
        guard let node = fields.value(key), let raw = text(node, path: path) else { return nil }
        let suffix = unit.map { " " + $0 } ?? ""
        guard let value = Double(raw.trimmingSpaces), value.isFinite else {
            error("expected a number\(unit.map { " in " + $0 } ?? ""), got \"\(raw)\"", at: node, path: path)
            return nil
        }
        guard range.contains(value) else {
            error("expected a number from \(Self.plain(range.lowerBound)) to \(Self.plain(range.upperBound))\(suffix), got \(raw)", at: node, path: path)
            return nil
        }
        return value
    }

    static func plain(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    func bool(_ fields: Fields, _ key: String) -> Bool? {
        let path = join(fields.path, key)
        guard let node = fields.value(key) else { return nil }
        guard visit(node, path: path) else { return nil }
        guard case .scalar = node, Resolver.default.resolveTag(of: node) == .bool, let value = node.bool else {
            error("expected true or false, got \(describe(node))", at: node, path: path)
            return nil
        }
        return value
    }

    /// One of the words a `.choice` field lists (for choices that are not an enum), as written there.
    func word(_ fields: Fields, _ key: String) -> String? {
        let path = join(fields.path, key)
        guard case .choice(let names) = fields.spec(key).shape else {
            assertionFailure("\(key) is not a choice in ReportFormat")
            return nil
        }
        guard let node = fields.value(key), let raw = text(node, path: path) else { return nil }
        if let match = names.first(where: { $0.lowercased() == raw.lowercased() }) { return match }
        error("expected one of \(names.joined(separator: ", ")), got \"\(raw)\"", at: node, path: path,
              hint: Suggestions.closest(to: raw, in: names).map { "did you mean '\($0)'?" })
        return nil
    }

    /// A colour as `#RRGGBB` or `#RGB`, returned as upper-case `#RRGGBB`.
    func color(_ node: Node, path: String) -> String? {
        guard let raw = text(node, path: path) else { return nil }
        let hex = raw.trimmingSpaces
        let digits = hex.dropFirst()
        guard hex.hasPrefix("#"), digits.count == 3 || digits.count == 6, digits.allSatisfy(\.isHexDigit) else {
            error("expected a colour as #RRGGBB, got \"\(raw)\"", at: node, path: path,
                  hint: hex.hasPrefix("#") ? nil : "colours start with '#' (and need quotes in YAML: \"#1B3A6B\")")
            return nil
        }
        let six = digits.count == 3 ? digits.map { "\($0)\($0)" }.joined() : String(digits)
        return "#" + six.uppercased()
    }

    /// A font family, or a list of families in order of preference.
    func families(_ node: Node, path: String) -> [String]? {
        if case .sequence(let sequence) = node {
            guard visit(node, path: path) else { return nil }
            guard !sequence.isEmpty else {
                error("the list is empty; name at least one font family", at: node, path: path)
                return nil
            }
            let names = sequence.enumerated().map { text($0.element, path: "\(path)[\($0.offset)]") }
            let checked = names.compactMap { $0 }.compactMap { family($0, at: node, path: path) }
            return checked.count == names.count ? checked : nil
        }
        return text(node, path: path).flatMap { family($0, at: node, path: path) }.map { [$0] }
    }

    /// Pango reads commas in a family name as a list; one name per entry keeps the order explicit.
    private func family(_ name: String, at node: Node, path: String) -> String? {
        let trimmed = name.trimmingSpaces
        guard !trimmed.contains(","), !trimmed.contains(";") else {
            error("write font families as a list, one per entry, not \"\(name)\"", at: node, path: path,
                  hint: "write it as [\(trimmed.split(whereSeparator: { $0 == "," || $0 == ";" }).map { $0.trimmingSpaces }.joined(separator: ", "))]")
            return nil
        }
        return trimmed
    }

    /// One of a fixed set of words, matched without regard to case.
    func choice<T: RawRepresentable & CaseIterable>(_ fields: Fields, _ key: String, as: T.Type) -> T? where T.RawValue == String {
        let path = join(fields.path, key)
        guard let node = fields.value(key), let raw = text(node, path: path) else { return nil }
        let names = T.allCases.map(\.rawValue)
        if case .choice(let words) = fields.spec(key).shape { assert(words == names, "\(key): ReportFormat and \(T.self) differ") }
        if let match = T.allCases.first(where: { $0.rawValue.lowercased() == raw.lowercased() }) { return match }
        error("expected one of \(names.joined(separator: ", ")), got \"\(raw)\"", at: node, path: path,
              hint: Suggestions.closest(to: raw, in: names).map { "did you mean '\($0)'?" })
        return nil
    }

    // MARK: Sequences

    /// The elements of a list field with their paths; reports a missing, empty or oversized list.
    func list(_ fields: Fields, _ key: String) -> [(Node, String)]? {
        let path = join(fields.path, key)
        let spec = fields.spec(key)
        guard case .list(_, let minItems, let limitKind) = spec.shape else {
            assertionFailure("\(key) is not a list in ReportFormat")
            return nil
        }
        let required = spec.required
        guard let node = fields.value(key), !isNull(node) else {
            if required, fields.missingIsNews(key) { error("missing required field '\(key)'", at: fields.keyNode(key) ?? fields.node, path: path) }
            return nil
        }
        guard visit(node, path: path) else { return nil }
        guard case .sequence(let sequence) = node else {
            error("expected a list, got \(describe(node))", at: node, path: path,
                  hint: "write each entry on its own line starting with '- '")
            return nil
        }
        let max = limitKind.value(in: limits)
        if sequence.count > max {
            let name = limitKind == .sections ? "maxSections" : "maxItems"
            error("the list has \(sequence.count) entries; the limit (\(name)) is \(max)", at: node, path: path)
            return nil
        }
        if sequence.count < minItems {
            error("the list is empty; it needs at least one entry", at: node, path: path)
            return nil
        }
        if isFlow(node) { warnAboutSplitSentences(Array(sequence), path: path) }
        // Entries stop where the node budget runs out, so a bomb costs no more than the budget.
        var entries: [(Node, String)] = []
        for (index, element) in sequence.enumerated() {
            if exhausted { break }
            entries.append((element, "\(path)[\(index)]"))
        }
        return entries
    }

    /// `items: [Laat zien wat je doet, ook buiten de activiteiten.]` is two items to YAML: the
    /// comma ends the first. A plain item that starts a sentence without ending it, followed by
    /// one that starts in lower case and reads as the rest of a sentence, is said to be split.
    func warnAboutSplitSentences(_ items: [Node], path: String) {
        for i in items.indices.dropLast() {
            guard case .scalar(let a) = items[i], case .scalar(let b) = items[i + 1], a.style == .plain, b.style == .plain,
                  let first = a.string.first, first.isUppercase, let last = a.string.last, !".!?:;".contains(last),
                  let next = b.string.first, next.isLowercase else { continue }
            let words = b.string.split(separator: " ").count
            guard words >= 3 || ".!?".contains(b.string.last ?? " ") else { continue }
            warning("the comma after \"\(a.string)\" ends an item in a list written with [ ]: \"\(b.string)\" became an item of its own",
                    at: items[i], path: "\(path)[\(i)]",
                    hint: "put the item in quotes (\"\(a.string), \(b.string)\"), or write one item per line starting with '- '")
            return
        }
    }

    func isNull(_ node: Node) -> Bool {
        if case .scalar(let s) = node, s.style == .plain, Self.nullWords.contains(s.string) { return true }
        return false
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
