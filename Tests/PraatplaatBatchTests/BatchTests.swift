import Foundation
import PraatplaatBatch
import PraatplaatLoader
import PraatplaatModel
import Testing

enum Paths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let example = root.appendingPathComponent("examples/gemeenten")

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("praatplaat-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// A small template exercising every rule, written next to its data in a fresh folder.
struct Workspace {
    let folder: URL
    var template: URL { folder.appendingPathComponent("kaart.yaml") }
    var data: URL { folder.appendingPathComponent("data.csv") }
    var out: URL { folder.appendingPathComponent("out") }

    static let templateText = """
        title: "Kinderwerk in {{Gemeente}}"
        subtitle: "{{ondertitel}}"
        language: nl
        page: { size: A5, fit: true }
        sections:
          - kind: keyFigures
            figures:
              - { value: "{{aandeel}}", label: doet mee }
              - { value: {{kinderen}}, label: kinderen }
          - kind: list
            items:
              - "{{activiteiten}}"
              - "Vaste activiteit in {{gemeente}}"
              - "{{extra}}"
        """

    init(csv: String, template: String = Self.templateText) throws {
        folder = try Paths.temporaryFolder()
        try Data(template.utf8).write(to: folder.appendingPathComponent("kaart.yaml"))
        try Data(csv.utf8).write(to: folder.appendingPathComponent("data.csv"))
    }

    func options(_ change: (inout BatchOptions) -> Void = { _ in }) -> BatchOptions {
        var o = BatchOptions(template: template, data: data, outputDirectory: out)
        o.nameColumn = "gemeente"
        o.formats = [.pdf, .svg]
        o.jobs = 2
        change(&o)
        return o
    }

    func run(_ change: (inout BatchOptions) -> Void = { _ in }) async throws -> BatchOutcome {
        try await BatchRunner(options: options(change)).run()
    }

    func files(_ folder: URL? = nil) throws -> [String: Data] {
        let base = folder ?? out
        var found: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: base.path) where !name.hasPrefix(".") {
            found[name] = FileManager.default.contents(atPath: base.appendingPathComponent(name).path)
        }
        return found
    }
}

@Suite(.serialized)
struct BatchTests {
    static let csv = """
        gemeente;ondertitel;aandeel;kinderen;activiteiten;extra
        Lindenmeer;Voorbeeldgegevens;18%;1.850;"Spel op het plein
        Huiswerkhulp";
        Beekdalen;;22,5%;3.420;Kookclub;Zomerspelen
        Zandhoven;Voorbeeldgegevens;15%;1,5 miljoen;;
        Lindenmeer;Tweede;14%;870;Spelinloop;

        """

    @Test func templatesAreFilledInPerRow() throws {
        let w = try Workspace(csv: Self.csv)
        guard case .success(let template) = ReportTemplate.load(contentsOf: w.template) else { Issue.record("template"); return }
        #expect(template.placeholders.map(\.column) == ["Gemeente", "ondertitel", "aandeel", "kinderen", "activiteiten", "gemeente", "extra"])
        let files = FileResolver(baseDirectory: w.folder, builtInIcons: BuiltInIcons.names)
        let filled = template.fill(["gemeente": "Lindenmeer", "ondertitel": "", "aandeel": "18%", "kinderen": "1.850",
                                    "activiteiten": "Spel op het plein\nHuiswerkhulp\n", "extra": "a: [b] # {{c}}"], files: files)
        let report = try #require(filled.result.report, "\(filled.result.diagnostics)")
        #expect(report.title == "Kinderwerk in Lindenmeer")
        // An empty cell leaves an optional field out.
        #expect(report.subtitle == nil)
        guard case .keyFigures(let figures) = report.sections[0].content, case .list(let list) = report.sections[1].content else {
            Issue.record("sections"); return
        }
        // Dutch numbers read in the report's language; an unquoted {{x}} works as well.
        #expect(figures.figures.map(\.value) == [.percent(18), .count(1850, atLeast: false)])
        // A multi-line cell is one item per line; a cell is text, never YAML or a placeholder.
        #expect(list.items.map(\.text) == ["Spel op het plein", "Huiswerkhulp", "Vaste activiteit in Lindenmeer", "a: [b] # {{c}}"])
        // Empty cells drop their list items.
        let sparse = template.fill(["gemeente": "X", "aandeel": "1%", "kinderen": "1", "activiteiten": "", "extra": " "], files: files)
        guard case .list(let few)? = sparse.result.report?.sections[1].content else { Issue.record("\(sparse.result.diagnostics)"); return }
        #expect(few.items.map(\.text) == ["Vaste activiteit in X"])
    }

    @Test func unknownColumnsAreNamedWithASuggestion() throws {
        let w = try Workspace(csv: "gemeente;ondertitel;aandeel;kinders;activiteiten;extra\nA;b;1%;2;c;d\n")
        #expect(throws: BatchError.self) { try BatchRunner(options: w.options()) }
        do {
            _ = try BatchRunner(options: w.options())
        } catch {
            #expect(error.description.contains("kaart.yaml:9:"), "\(error)")
            #expect(error.description.contains("{{kinderen}}: ") && error.description.contains("has no column \"kinderen\""), "\(error)")
            #expect(error.description.contains("did you mean {{kinders}}?"), "\(error)")
        }
    }

    /// Dutch and English numbers as cells hold them, read and written in the report's language.
    @Test(arguments: [
        ("1.500", "nl", 1500.0, "1500"), ("1,5", "nl", 1.5, "1,5"), ("30.000", "nl", 30000, "30.000"),
        ("1,5 miljoen", "nl", 1_500_000, "1,5 miljoen"), ("12,5", "nl", 12.5, "12,5"), ("0,25", "nl", 0.25, "0,3"),
        ("1,500", "en", 1500, "1500"), ("1.5 million", "en", 1_500_000, "1.5 million"), ("2.5", "en", 2.5, "2.5"),
    ])
    func dutchNumbers(text: String, language: String, value: Double, written: String) {
        #expect(NumberText.parse(text, language: Language(tag: language)) == value)
        #expect(NumberText.formatLarge(value, language: Language(tag: language)) == written)
    }

    @Test func dutchFigureValues() {
        #expect(FigureValue.parse("86%", language: "nl") == .percent(86))
        #expect(FigureValue.parse("12,5%", language: "nl")?.formatted(language: "nl") == "12,5%")
        #expect(FigureValue.parse("30.000+", language: "nl") == .count(30000, atLeast: true))
        #expect(FigureValue.parse("400-500", language: "nl")?.formatted(language: "nl") == "400\u{2013}500")
        #expect(FigureValue.parse("8,6x", language: "nl") == nil)
    }

    @Test func badRowsAreReportedAndTheOthersGoOn() async throws {
        let csv = """
            gemeente;ondertitel;aandeel;kinderen;activiteiten;extra
            Goed;;18%;100;a;
            Fout;;8,6x;100;a;
            "Ook
            fout";;140%;100;a;
            Kort;;18%
            Beter;;20%;200;b;

            """
        let w = try Workspace(csv: csv)
        let outcome = try await w.run()
        #expect(outcome.progress.rendered == 2 && outcome.progress.failed == 3)
        #expect(outcome.problems.count == 3, "\(outcome.problems)")
        // Each at the row's line and the cell's column (aandeel is the third), the template's
        // field as the path, the template's place after the message.
        let lines = outcome.problems.map(\.description)
        #expect(outcome.problems[0].location == SourceLocation(file: w.data.path, line: 3, column: 3))
        #expect(outcome.problems[0].path == "sections[0].figures[0].value")
        #expect(lines[0].hasPrefix("\(w.data.path):3:3: error: sections[0].figures[0].value: column aandeel: \"8,6x\" is not a number (expected"), "\(lines)")
        #expect(lines[0].contains("(\(w.template.path):"), "\(lines)")
        #expect(lines[1].hasPrefix("\(w.data.path):4:3: error: sections[0].figures[0].value: column aandeel: expected a percentage from 0 to 100, got \"140%\""), "\(lines)")
        #expect(lines[2] == "\(w.data.path):6:1: error: the row has 3 cells; the header names 6 columns")
        #expect(try w.files().keys.sorted() == ["beter.pdf", "beter.svg", "goed.pdf", "goed.svg"])
    }

    /// A typo in the template fails every row alike: one message, not one per row.
    @Test func aTemplateMistakeIsReportedOnce() async throws {
        let w = try Workspace(csv: Self.csv, template: Workspace.templateText.replacingOccurrences(of: "subtitle:", with: "subtitel:"))
        let outcome = try await w.run()
        // Beekdalen's subtitle cell is empty, so its misspelled field is left out and it renders.
        #expect(outcome.progress.failed == 3 && outcome.progress.rendered == 1)
        #expect(outcome.problems.count == 1, "\(outcome.problems)")
        // At its place in the template, where the fix is, with the rows it hit.
        let line = outcome.problems.first?.description ?? ""
        #expect(line.hasPrefix("\(w.template.path):2:1: error: subtitel: unknown key 'subtitel'"), "\(line)")
        #expect(line.contains("(in all 3 rows: a mistake in the template)"), "\(line)")
        // The suggestion `praatplaat validate` gives is kept.
        #expect(outcome.problems.first?.hint == "did you mean 'subtitle'?", "\(line)")
    }

    @Test func namesAreSafeAndUnique() {
        var names = BatchNames()
        for wanted in ["Lindenmeer", "lindenmeer", "Súdwest-Fryslân", "Den Haag", "", "site", "../../etc/passwd", "Lindenmeer"] {
            names.add(wanted, fallback: "kaart-\(names.names.count + 1)")
        }
        #expect(names.names == ["lindenmeer", "lindenmeer-2", "sudwest-fryslan", "den-haag", "kaart-5", "site-1", "etc-passwd", "lindenmeer-3"])
    }

    @Test func shardsTogetherEqualTheWholeRunByteForByte() async throws {
        let whole = try Workspace(csv: Self.csv)
        let all = try await whole.run()
        #expect(all.progress.rendered == 4)
        let split = try Workspace(csv: Self.csv)
        var counts: [Int] = []
        for k in 1...3 {
            let part = try await split.run { $0.shard = Shard(index: k, count: 3) }
            counts.append(part.progress.rendered)
        }
        #expect(counts == [2, 1, 1])
        let a = try whole.files(), b = try split.files()
        #expect(a.keys.sorted() == b.keys.sorted())
        #expect(a.keys.sorted() == ["beekdalen.pdf", "beekdalen.svg", "lindenmeer-2.pdf", "lindenmeer-2.svg", "lindenmeer.pdf", "lindenmeer.svg",
                                    "zandhoven.pdf", "zandhoven.svg"])
        for (name, data) in a { #expect(b[name] == data, "\(name) differs") }
        // One manifest per slice; after the slices, the whole run has nothing left to do.
        let manifests = try FileManager.default.contentsOfDirectory(atPath: split.out.appendingPathComponent(".praatplaat-batch").path).sorted()
        #expect(manifests == ["1-of-3.json", "2-of-3.json", "3-of-3.json"])
        let after = try await split.run()
        #expect(after.progress.rendered == 0 && after.progress.skipped == 4)
    }

    @Test func aSecondRunRendersOnlyWhatChanged() async throws {
        let w = try Workspace(csv: Self.csv)
        #expect(try await w.run().progress.rendered == 4)
        let again = try await w.run()
        #expect(again.progress.rendered == 0 && again.progress.skipped == 4)
        try Data(Self.csv.replacingOccurrences(of: "Kookclub", with: "Kookclub en tuin").utf8).write(to: w.data)
        let changed = try await w.run()
        #expect(changed.progress.rendered == 1 && changed.progress.skipped == 3)
        // A deleted output is made again; --force renders everything.
        try FileManager.default.removeItem(at: w.out.appendingPathComponent("zandhoven.svg"))
        #expect(try await w.run().progress.rendered == 1)
        #expect(try await w.run { $0.force = true }.progress.rendered == 4)
    }

    /// A picture the rows show is part of their fingerprint: editing it renders them again,
    /// and a row whose own picture (named in a column) changed is the only one rendered.
    @Test func aChangedPictureRendersItsRowsAgain() async throws {
        let template = Workspace.templateText + """

              - kind: image
                source: "{{foto}}"
                alt: Foto van het plein
                width: third
            """
        let csv = "gemeente;ondertitel;aandeel;kinderen;activiteiten;extra;foto\nLindenmeer;;18%;1.850;Spel;;plein.svg\nBeekdalen;;22%;3.420;Kookclub;;plein.svg\nZandhoven;;15%;900;Spel;;veld.svg\n"
        let w = try Workspace(csv: csv, template: template)
        func picture(_ name: String, _ colour: String) throws {
            try Data("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\"><rect width=\"40\" height=\"20\" fill=\"\(colour)\"/></svg>".utf8)
                .write(to: w.folder.appendingPathComponent(name))
        }
        try picture("plein.svg", "#1d5c3a")
        try picture("veld.svg", "#c44d2b")
        let first = try await w.run()
        #expect(first.progress.rendered == 3 && first.progress.failed == 0, "\(first.problems)")
        #expect(try await w.run().progress.skipped == 3)
        try picture("veld.svg", "#1b3a6b")
        let changed = try await w.run()
        #expect(changed.progress.rendered == 1 && changed.progress.skipped == 2)
        try picture("plein.svg", "#f4d35e")
        let shared = try await w.run()
        #expect(shared.progress.rendered == 2 && shared.progress.skipped == 1)
        let svg = String(decoding: try #require(FileManager.default.contents(atPath: w.out.appendingPathComponent("lindenmeer.svg").path)), as: UTF8.self)
        // The SVG carries its pictures as data URLs: the new one is inside, the old green is gone.
        let pictures = svg.matches(of: /data:image\/svg\+xml;base64,([A-Za-z0-9+\/=]+)/).compactMap { Data(base64Encoded: String($0.output.1)) }
            .map { String(decoding: $0, as: UTF8.self) }
        #expect(pictures.contains { $0.contains("#f4d35e") }, "the new picture is drawn")
        #expect(!pictures.contains { $0.contains("#1d5c3a") }, "the old picture is gone")
    }

    /// A row taken out of the data takes its files with it; a slice only removes the rows it
    /// made itself, so slices run on other machines never delete each other's files.
    @Test func rowsRemovedFromTheDataLoseTheirFiles() async throws {
        let w = try Workspace(csv: Self.csv)
        #expect(try await w.run().progress.rendered == 4)
        #expect(try w.files().keys.contains("zandhoven.pdf"))
        let withoutZandhoven = Self.csv.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("Zandhoven") }.joined(separator: "\n")
        try Data(withoutZandhoven.utf8).write(to: w.data)
        let after = try await w.run()
        #expect(after.removed == ["zandhoven"])
        #expect(after.progress.skipped == 3 && after.progress.rendered == 0)
        #expect(Set(try w.files().keys) == ["lindenmeer.pdf", "lindenmeer.svg", "beekdalen.pdf", "beekdalen.svg", "lindenmeer-2.pdf", "lindenmeer-2.svg"])

        let split = try Workspace(csv: Self.csv)
        for k in 1...2 { _ = try await split.run { $0.shard = Shard(index: k, count: 2) } }
        let withoutBeekdalen = Self.csv.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("Beekdalen") }.joined(separator: "\n")
        try Data(withoutBeekdalen.utf8).write(to: split.data)
        let first = try await split.run { $0.shard = Shard(index: 1, count: 2) }
        #expect(first.removed.isEmpty)
        #expect(try split.files().keys.contains("beekdalen.pdf"), "slice 1 must leave slice 2's files alone")
        let second = try await split.run { $0.shard = Shard(index: 2, count: 2) }
        #expect(second.removed == ["beekdalen"])
        #expect(!(try split.files().keys.contains("beekdalen.pdf")))
    }

    /// A row that fails keeps its earlier files and its place in the manifest: fixed, it is
    /// rendered again; taken out of the data, its files go.
    @Test func aFailingRowKeepsItsFilesUntilItIsRemoved() async throws {
        let w = try Workspace(csv: Self.csv)
        #expect(try await w.run().progress.rendered == 4)
        let before = try w.files()["beekdalen.pdf"]
        try Data(Self.csv.replacingOccurrences(of: "22,5%", with: "22,5x").utf8).write(to: w.data)
        let failing = try await w.run()
        #expect(failing.progress.failed == 1 && failing.progress.skipped == 3)
        #expect(try w.files()["beekdalen.pdf"] == before, "the last good file stays")
        #expect(try await w.run().progress.failed == 1, "a failed row is tried again")
        let withoutBeekdalen = Self.csv.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("Beekdalen") }.joined(separator: "\n")
        try Data(withoutBeekdalen.utf8).write(to: w.data)
        let removed = try await w.run()
        #expect(removed.removed == ["beekdalen"])
        #expect(try w.files()["beekdalen.pdf"] == nil)
    }

    @Test func csvVariantsAreRead() throws {
        let folder = try Paths.temporaryFolder()
        let variants: [(String, String)] = [
            ("comma.csv", "a,b\n1,\"x, y\"\n"),
            ("bom.csv", "\u{FEFF}a;b\r\n1;\"x; y\"\r\n"),
            ("tabs.tsv", "a\tb\n1\tx; y\n"),
        ]
        for (name, text) in variants {
            let url = folder.appendingPathComponent(name)
            try Data(text.utf8).write(to: url)
            let reader = try DataReader(url: url, displayName: name)
            #expect(reader.columns == ["a", "b"], "\(name)")
            let row = try #require(try reader.next())
            #expect(row.cells["b"]?.hasPrefix("x") == true && row.line == 2, "\(name): \(row)")
        }
        // Line numbers count the lines inside quoted cells.
        let multi = folder.appendingPathComponent("multi.csv")
        try Data("a;b\n1;\"one\ntwo\nthree\"\n2;x\n".utf8).write(to: multi)
        let reader = try DataReader(url: multi, displayName: "multi.csv")
        #expect(try reader.next()?.line == 2)
        #expect(try reader.next()?.line == 5)
    }
}
