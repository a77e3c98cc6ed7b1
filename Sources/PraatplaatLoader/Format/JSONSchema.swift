import PraatplaatModel

/// Writes `ReportFormat` as a JSON Schema (draft 2020-12), for editors that complete and check
/// report files. Where the loader checks more than a schema can say (that a file exists, that a
/// range starts below its end) the schema accepts and the loader reports.
public enum JSONSchema {
    public static let dialect = "https://json-schema.org/draft/2020-12/schema"

    public static func document(limits: LoaderLimits = LoaderLimits()) -> JSONValue {
        let writer = Writer(limits: limits)
        var root = writer.objectBody(ReportFormat.report)
        root.insert(("$schema", .string(dialect)), at: 0)
        root.insert(("title", .string("Praatplaat report")), at: 1)
        return .object(root + [("$defs", .object(writer.definitions()))])
    }

    /// The schema of theme files (`ThemeFormat`), for editors like the report's.
    public static func themeDocument(limits: LoaderLimits = LoaderLimits()) -> JSONValue {
        let writer = Writer(limits: limits)
        var root = writer.objectBody(ThemeFormat.theme)
        root.insert(("$schema", .string(dialect)), at: 0)
        root.insert(("title", .string("Praatplaat theme")), at: 1)
        var defs: [(String, JSONValue)] = [("textValue", writer.textSchema(kind: .plain)), ("colorValue", writer.colorSchema())]
        var seen: Set<String> = []
        writer.collectNested(ThemeFormat.theme, into: &defs, seen: &seen)
        return .object(root + [("$defs", .object(defs))])
    }

    /// What a figure value looks like as text, in Dutch or English: `1.500`, `1,5 miljoen`, `30.000+`, `400-500`.
    static let number = "[0-9]([0-9.,]*[0-9])?( +(duizend|thousand|miljoen|million|miljard|billion|mln\\.?|mio\\.?|mn|mld\\.?|mrd\\.?|bn))?"
    /// An amount in euros: the sign (or EUR) before the number, or the sign or `euro` after it.
    static let money = "((€|[Ee][Uu][Rr] ) *\(number)|\(number) *(€|[Ee][Uu][Rr][Oo]?))"
    static let count = "\(number) *\\+?"
    static let range = "\(number) *[-\u{2013}] *\(number)"
    /// 0 to 100, with decimals, and a percent sign.
    static let percent = "(100([.,]0+)?|[0-9]{1,2}([.,][0-9]+)?) *%"
    /// Absolute paths, home folders, URLs and `..` would leave the report's (or theme's) folder.
    static let leavesFolder = "^[/~]|:|(^|/)\\.\\.(/|$)"
    /// Characters text may not hold: C0 controls other than tab and line breaks, DEL and C1 controls.
    static let controls = "[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]"

    private struct Writer {
        let limits: LoaderLimits

        /// Every mapping of the format and the shared value shapes, under `$defs`. Shared shapes
        /// end in `Value` or `Reference`, so they never meet a section kind's name.
        func definitions() -> [(String, JSONValue)] {
            var defs: [(String, JSONValue)] = [
                ("textValue", textSchema(kind: .plain)),
                ("figureValue", figureSchema(percent: false)),
                ("figureOrPercentValue", figureSchema(percent: true)),
                ("cellValue", cellSchema()),
                ("fileReference", fileSchema()),
                ("page", .object(objectBody(ReportFormat.page))),
                ("section", sectionSchema()),
            ]
            var seen: Set<String> = []
            for kind in SectionKind.allCases {
                defs.append((kind.rawValue, .object(sectionBody(kind))))
                collectNested(ReportFormat.fields(of: kind), into: &defs, seen: &seen)
            }
            return defs
        }

        /// Mappings used inside sections (a bar, a key figure), each defined once.
        func collectNested(_ shape: ObjectShape, into defs: inout [(String, JSONValue)], seen: inout Set<String>) {
            for field in shape.fields {
                var inner = field.shape
                if case .list(let element, _, _) = inner { inner = element }
                switch inner {
                case .object(let nested), .textOr(let nested):
                    guard seen.insert(nested.id).inserted else { continue }
                    defs.append((nested.id, .object(objectBody(nested))))
                    collectNested(nested, into: &defs, seen: &seen)
                default: continue
                }
            }
        }

        /// A section: `kind` picks the shape of the rest, so editors complete the right fields.
        private func sectionSchema() -> JSONValue {
            let kinds = SectionKind.allCases.map { JSONValue.string($0.rawValue) }
            let cases: [JSONValue] = SectionKind.allCases.map { kind in
                .object([
                    ("if", .object([("properties", .object([("kind", .object([("const", .string(kind.rawValue))]))])), ("required", .array([.string("kind")]))])),
                    ("then", ref(kind.rawValue)),
                ])
            }
            return .object([
                ("description", .string(ReportFormat.section.doc)),
                ("type", .string("object")),
                ("required", .array([.string("kind")])),
                ("properties", .object([("kind", .object([("description", .string("What the section shows.")), ("enum", .array(kinds))]))])),
                ("allOf", .array(cases)),
            ])
        }

        private func sectionBody(_ kind: SectionKind) -> [(String, JSONValue)] {
            var shape = ReportFormat.fields(of: kind)
            shape.fields = ReportFormat.common + shape.fields
            var body = objectBody(shape)
            // In a section of this kind, `kind` is this word.
            body = body.map { key, value in
                guard key == "properties", case .object(var properties) = value else { return (key, value) }
                properties[0] = ("kind", .object([("const", .string(kind.rawValue))]))
                return (key, .object(properties))
            }
            return body
        }

        func objectBody(_ shape: ObjectShape) -> [(String, JSONValue)] {
            var body: [(String, JSONValue)] = [
                ("description", .string(shape.doc)),
                ("type", .string("object")),
            ]
            let required = shape.fields.filter(\.required).map { JSONValue.string($0.name) }
            if !required.isEmpty { body.append(("required", .array(required))) }
            body.append(("properties", .object(shape.fields.map { field in
                (field.name, annotate(schema(field.shape), doc: field.doc))
            })))
            body.append(("additionalProperties", .bool(false)))
            for group in shape.exactlyOne {
                body.append(("oneOf", .array(group.map { .object([("required", .array([.string($0)]))]) })))
            }
            for group in shape.atLeastOne {
                body.append(("anyOf", .array(group.map { .object([("required", .array([.string($0)]))]) })))
            }
            if !shape.together.isEmpty {
                var dependent: [(String, JSONValue)] = []
                for group in shape.together {
                    for name in group {
                        dependent.append((name, .array(group.filter { $0 != name }.map(JSONValue.string))))
                    }
                }
                body.append(("dependentRequired", .object(dependent)))
            }
            return body
        }

        private func annotate(_ schema: JSONValue, doc: String) -> JSONValue {
            guard case .object(let pairs) = schema else { return schema }
            return .object([("description", .string(doc))] + pairs)
        }

        func schema(_ shape: ValueShape) -> JSONValue {
            switch shape {
            case .text(.plain), .text(.inline):
                return ref("textValue")
            case .text(.url):
                return .object([
                    ("type", .string("string")),
                    ("pattern", .string("^([Hh][Tt][Tt][Pp][Ss]?://|[Mm][Aa][Ii][Ll][Tt][Oo]:)[^\\s'\"]+$")),
                    ("maxLength", .number(Double(limits.maxTextLength))),
                ])
            case .text(.language):
                return .object([("type", .string("string")), ("pattern", .string("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$"))])
            case .number(let range, _):
                return .object([("type", .string("number")), ("minimum", .number(range.lowerBound)), ("maximum", .number(range.upperBound))])
            case .bool:
                return .object([("type", .string("boolean"))])
            case .choice(let words):
                // The loader matches words without regard to case; the schema offers the written form
                // and, where it differs, the lower-case one.
                var all: [String] = []
                for word in words { all.append(word); if word.lowercased() != word { all.append(word.lowercased()) } }
                return .object([("enum", .array(all.map(JSONValue.string)))])
            case .figure(let percent):
                return ref(percent ? "figureOrPercentValue" : "figureValue")
            case .cell:
                return ref("cellValue")
            case .file:
                return ref("fileReference")
            case .imageFile:
                return .object([
                    ("type", .string("string")),
                    ("pattern", .string("\\.([Pp][Nn][Gg]|[Ss][Vv][Gg])$")),
                    ("not", .object([("pattern", .string(JSONSchema.leavesFolder))])),
                ])
            case .dataFile:
                return .object([
                    ("type", .string("string")),
                    ("pattern", .string("\\.([Cc][Ss][Vv]|[Tt][Ss][Vv]|[Tt][Xx][Tt]|[Xx][Ll][Ss][Xx])$")),
                    ("not", .object([("pattern", .string(JSONSchema.leavesFolder))])),
                ])
            case .mapFile:
                return .object([
                    ("type", .string("string")),
                    ("pattern", .string("\\.([Gg][Ee][Oo][Jj][Ss][Oo][Nn]|[Tt][Oo][Pp][Oo][Jj][Ss][Oo][Nn]|[Jj][Ss][Oo][Nn])$")),
                    ("not", .object([("pattern", .string(JSONSchema.leavesFolder))])),
                ])
            case .color:
                return ref("colorValue")
            case .families:
                let family: JSONValue = .object([("type", .string("string")), ("minLength", .number(1)), ("pattern", .string("^[^,;]+$"))])
                return .object([("anyOf", .array([family, .object([("type", .string("array")), ("minItems", .number(1)), ("items", family)])]))])
            case .theme:
                return .object([
                    ("type", .string("string")),
                    ("anyOf", .array([
                        .object([("enum", .array(ReportFormat.themes.map(JSONValue.string)))]),
                        .object([("pattern", .string("\\.([Yy][Aa]?[Mm][Ll]|[Jj][Ss][Oo][Nn])$")), ("not", .object([("pattern", .string(JSONSchema.leavesFolder))]))]),
                    ])),
                ])
            case .list(let element, let minItems, let limit):
                var body: [(String, JSONValue)] = [("type", .string("array"))]
                if minItems > 0 { body.append(("minItems", .number(Double(minItems)))) }
                body.append(("maxItems", .number(Double(limit.value(in: limits)))))
                body.append(("items", schema(element)))
                return .object(body)
            case .object(let nested):
                return ref(nested.id)
            case .textOr(let nested):
                return .object([("anyOf", .array([ref("textValue"), ref(nested.id)]))])
            }
        }

        private func ref(_ id: String) -> JSONValue {
            .object([("$ref", .string("#/$defs/\(id)"))])
        }

        func textSchema(kind: TextKind) -> JSONValue {
            .object([
                ("description", .string("Text; a number is read as text too. May hold **bold**, *italic* and [links](https://…).")),
                ("type", .array([.string("string"), .string("number")])),
                ("minLength", .number(1)),
                ("maxLength", .number(Double(limits.maxTextLength))),
                ("pattern", .string("\\S")),
                ("not", .object([("type", .string("string")), ("pattern", .string(controls))])),
            ])
        }

        private func figureSchema(percent: Bool) -> JSONValue {
            let forms = percent ? [JSONSchema.percent, JSONSchema.range, JSONSchema.count, JSONSchema.money]
                                : [JSONSchema.range, JSONSchema.count, JSONSchema.money]
            let pattern = "^ *(" + forms.map { "(\($0))" }.joined(separator: "|") + ") *$"
            let doc = percent ? "A count (1500), a percentage from 0 to 100 (40%), a range (400-500), an open count (30.000+) or an amount (€ 6.624.049,93, € 1,2 miljoen)."
                              : "A count (1500), a range (400-500), an open count (30.000+) or an amount (€ 6.624.049,93, € 1,2 miljoen)."
            return .object([
                ("description", .string(doc)),
                ("anyOf", .array([
                    .object([("type", .string("number")), ("minimum", .number(0)), ("maximum", .number(FigureLimits.largest))]),
                    .object([("type", .string("string")), ("pattern", .string(pattern))]),
                ])),
            ])
        }

        func cellSchema() -> JSONValue {
            .object([
                ("description", .string("A value: 1500, -5, 3,5, 40%, +3,2%, € 6,6 miljoen, 12* (provisional), or a CBS sign: . (unknown), x (secret), - (nil); empty for no data. A table's cells may be text.")),
                ("type", .array([.string("string"), .string("number"), .string("null")])),
                ("not", .object([("type", .string("string")), ("pattern", .string(controls))])),
            ])
        }

        func colorSchema() -> JSONValue {
            .object([
                ("description", .string("A colour as #RRGGBB or #RGB (in quotes in YAML: '#' starts a comment).")),
                ("type", .string("string")),
                ("pattern", .string("^ *#([0-9A-Fa-f]{3}|[0-9A-Fa-f]{6}) *$")),
            ])
        }

        private func fileSchema() -> JSONValue {
            .object([
                ("description", .string("A built-in icon, or a .png or .svg file in the report's folder or below it.")),
                ("type", .string("string")),
                ("anyOf", .array([
                    .object([("enum", .array(BuiltInIcons.names.sorted().map(JSONValue.string)))]),
                    .object([("pattern", .string("\\.([Pp][Nn][Gg]|[Ss][Vv][Gg])$"))]),
                ])),
                ("not", .object([("pattern", .string(JSONSchema.leavesFolder))])),
            ])
        }
    }
}

/// The largest count a figure may hold: beyond a million millions the text would not fit its box.
public enum FigureLimits {
    public static let largest: Double = 1e12
}
