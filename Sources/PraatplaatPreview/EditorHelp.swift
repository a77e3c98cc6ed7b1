import Foundation
import PraatplaatLoader
import PraatplaatModel

/// What the editor pane completes from: the report format's JSON Schema (keys, section kinds
/// and the values a field takes, as `praatplaat schema` writes it), the built-in icon names, and
/// a filled-in example section of every kind.
enum EditorHelp {
    static func json() -> Data {
        let schemaData = Data(JSONSchema.document().compact().utf8)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        struct Rest: Encodable { var icons: [String]; var snippets: [String: String]; var kinds: [String] }
        let rest = (try? encoder.encode(Rest(icons: BuiltInIcons.names.sorted(), snippets: SectionSnippets.all,
                                              kinds: SectionKind.allCases.map(\.rawValue)))) ?? Data("{}".utf8)
        // {"schema": <schema>, ...rest}
        return Data("{\"schema\":".utf8) + schemaData + Data(",".utf8) + rest.dropFirst()
    }
}
