import Foundation
import PraatplaatLoader
import PraatplaatModel
import Testing

/// The JSON Schema is written from the loader's own definitions; these tests hold the two
/// together from the outside, with an independent validator (Python's jsonschema, draft 2020-12).
struct SchemaTests {
    static let schemaFile = Paths.root.appendingPathComponent("schema/praatplaat.schema.json")
    static let checker = Paths.root.appendingPathComponent("scripts/check-schema.py").path

    /// Invalid fixtures whose fault no schema can see, and why. Every other one must fail the schema.
    static let beyondTheSchema: [String: String] = [
        "duplicate-key.yaml": "YAML parsers differ on duplicate keys; most keep the last one",
        "missing-file.yaml": "whether a file exists is a question for the file system",
        "symlink-out.yaml": "where a symbolic link points is a question for the file system",
        "semantic.yaml": "each value has the right shape; what is wrong is how it relates to the others",
        "alias-bomb.yaml": "its shape is right; what is wrong is its size once the aliases are expanded",
        "bad-theme.yaml": "the report is right; its theme file is wrong (and fails the theme schema, see below)",
    ]
    static let themeSchemaFile = Paths.root.appendingPathComponent("schema/praatplaat-theme.schema.json")

    struct Verdict: Decodable {
        var file: String
        var valid: Bool
        var errors: [String]
    }

    static func check(_ files: [URL], schema: URL = schemaFile) throws -> [String: Verdict] {
        let output = try Command.run("python3", [checker, schema.path] + files.map(\.path)).stdout
        var verdicts: [String: Verdict] = [:]
        for line in output.split(separator: "\n") {
            let verdict = try JSONDecoder().decode(Verdict.self, from: Data(line.utf8))
            verdicts[URL(fileURLWithPath: verdict.file).lastPathComponent] = verdict
        }
        #expect(verdicts.count == files.count, "the checker answered for \(verdicts.count) of \(files.count) files:\n\(output)")
        return verdicts
    }

    static func files(in folder: URL) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { ["yaml", "json"].contains($0.pathExtension) }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    @Test func committedSchemaIsTheGeneratedOne() throws {
        let committed = try String(contentsOf: Self.schemaFile, encoding: .utf8)
        #expect(committed == JSONSchema.document().pretty(), "run `make schema` to bring schema/praatplaat.schema.json up to date")
    }

    @Test func committedThemeSchemaIsTheGeneratedOne() throws {
        let committed = try String(contentsOf: Self.themeSchemaFile, encoding: .utf8)
        #expect(committed == JSONSchema.themeDocument().pretty(), "run `make schema` to bring schema/praatplaat-theme.schema.json up to date")
    }

    /// The example theme passes the theme schema; the broken one fails it at each of its faults.
    @Test func themeFilesAgainstTheThemeSchema() throws {
        let good = Paths.examples.appendingPathComponent("huisstijl/lindenmeer.yaml")
        let bad = Paths.fixtures.appendingPathComponent("invalid/themes/broken-theme.yaml")
        let verdicts = try Self.check([good, bad], schema: Self.themeSchemaFile)
        #expect(verdicts["lindenmeer.yaml"]?.valid == true, "\(verdicts["lindenmeer.yaml"]?.errors ?? [])")
        let errors = verdicts["broken-theme.yaml"]?.errors ?? []
        #expect(verdicts["broken-theme.yaml"]?.valid == false)
        // One schema error at least for each faulty field (the checker names the path).
        for path in ["base", "palette/primary", "palette/accent", "fonts/headings", "type/title", "spacing/cornerRadius", "logo/file", "header"] {
            #expect(errors.contains { $0.contains(path) }, "no schema error at \(path): \(errors)")
        }
    }

    @Test func everyExampleStartsWithTheSchemaLine() throws {
        for file in try Self.files(in: Paths.examples) {
            let firstLine = try String(contentsOf: file, encoding: .utf8).split(separator: "\n").first.map(String.init)
            #expect(firstLine == "# yaml-language-server: $schema=../schema/praatplaat.schema.json", "\(file.lastPathComponent)")
        }
    }

    @Test func examplesAndValidFixturesPassTheSchema() throws {
        let files = try Self.files(in: Paths.examples) + Self.files(in: Paths.fixtures.appendingPathComponent("valid"))
            + [Paths.fixtures.appendingPathComponent("kinderwerk-kort.yaml")]
        for (name, verdict) in try Self.check(files) {
            #expect(verdict.valid, "\(name): \(verdict.errors.joined(separator: "\n"))")
        }
    }

    @Test func invalidFixturesFailTheSchemaToo() throws {
        let all = try Self.files(in: Paths.fixtures.appendingPathComponent("invalid"))
        // The exceptions are not checked at all: the alias bomb would keep the validator busy for a minute.
        let files = all.filter { Self.beyondTheSchema[$0.lastPathComponent] == nil }
        let verdicts = try Self.check(files)
        for file in files {
            let name = file.lastPathComponent
            guard let verdict = verdicts[name] else { continue }
            #expect(!verdict.valid, "\(name) is rejected by the loader but passes the schema")
        }
        // The list of exceptions names only files that exist.
        for name in Self.beyondTheSchema.keys {
            #expect(all.contains { $0.lastPathComponent == name }, "\(name) is listed but missing")
        }
    }

    @Test func schemaTalksAboutEverySectionKindAndField() throws {
        let text = JSONSchema.document().pretty()
        for kind in SectionKind.allCases.map(\.rawValue) {
            #expect(text.contains("\"const\": \"\(kind)\""), "\(kind)")
        }
        #expect(text.contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""))
    }
}
