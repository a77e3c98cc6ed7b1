// Sections encode as flat objects with a `kind` discriminator, the same shape as in a report file.
extension Section: Codable {
    private enum KindKey: String, CodingKey { case kind }

    public init(from decoder: any Decoder) throws {
        let kind = try decoder.container(keyedBy: KindKey.self).decode(SectionKind.self, forKey: .kind)
        switch kind {
        case .definition: self = .definition(try DefinitionSection(from: decoder))
        case .keyFigures: self = .keyFigures(try KeyFiguresSection(from: decoder))
        case .list: self = .list(try ListSection(from: decoder))
        case .sources: self = .sources(try SourcesSection(from: decoder))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: KindKey.self)
        try container.encode(kind, forKey: .kind)
        switch self {
        case .definition(let s): try s.encode(to: encoder)
        case .keyFigures(let s): try s.encode(to: encoder)
        case .list(let s): try s.encode(to: encoder)
        case .sources(let s): try s.encode(to: encoder)
        }
    }
}
