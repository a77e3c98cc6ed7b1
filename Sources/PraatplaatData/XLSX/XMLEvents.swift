import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Foundation's streaming XML parser with closures instead of a delegate class per part.
/// Element names lose their namespace prefix (`x:c` is `c`): generators differ in prefixes,
/// never in local names. External entities are never resolved, and a document with a DTD is
/// refused before parsing (no workbook part has one; entity expansion is how XML bombs work).
final class XMLEvents: NSObject, XMLParserDelegate {
    var start: (String, [String: String]) -> Void = { _, _ in }
    var end: (String) -> Void = { _ in }
    var text: (String) -> Void = { _ in }
    private var stopped: String?
    /// Open elements: Foundation's parser on Linux accepts a document cut off mid-way.
    private var depth = 0
    private var elements = 0

    /// Parses `data`; returns a reason when the XML is not well formed.
    func parse(_ data: Data) -> String? {
        if data.prefix(4096).range(of: Data("<!DOCTYPE".utf8)) != nil { return "it declares a DTD" }
        // Foundation's parser traps on a name that is not UTF-8 (libxml2 lets some through);
        // Excel writes every part in UTF-8.
        if String(validating: data, as: UTF8.self) == nil { return "it is not UTF-8 text" }
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.delegate = self
        if parser.parse() {
            if let stopped { return stopped }
            if depth != 0 || elements == 0 { return "it ends before its elements are closed" }
            return nil
        }
        return stopped ?? parser.parserError.map { "\($0.localizedDescription)" } ?? "it is not well-formed XML"
    }

    /// Ends parsing from a handler with `reason`.
    func stop(_ parser: XMLParser? = nil, _ reason: String) {
        stopped = reason
    }

    static func local(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if stopped != nil { parser.abortParsing(); return }
        depth += 1
        elements += 1
        start(Self.local(name), attributes)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if stopped != nil { parser.abortParsing(); return }
        depth -= 1
        end(Self.local(name))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text(string)
    }
}

extension Dictionary where Key == String, Value == String {
    /// An attribute by its local name, whatever its prefix (`r:id`, `ns2:id`).
    func attribute(_ local: String) -> String? {
        if let v = self[local] { return v }
        return first { XMLEvents.local($0.key) == local }?.value
    }
}
