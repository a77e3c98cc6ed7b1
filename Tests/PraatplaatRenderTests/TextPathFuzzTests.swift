import Foundation
import FoundationXML
import PraatplaatPipeline
import Testing
@testable import praatplaat_fuzz

/// The text path's fuzz target (`FUZZ_TARGET=text`) over its seeds and over what it found, in a
/// plain build: every input ends in files or in diagnostics, never in a crash, and every file is
/// well-formed: a PDF from `%PDF-` to `%%EOF`, a PNG with its signature, an SVG that parses.
@Suite(.serialized)
struct TextPathFuzzTests {
    static let folder = Paths.root.appendingPathComponent("Tests/Fixtures/text-path")

    static func files(in folder: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && !$0.hasSuffix(".md") }
            .filter { var isFolder: ObjCBool = false; return FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path, isDirectory: &isFolder) && !isFolder.boolValue }
            .sorted()
    }

    static let seeds = files(in: folder)
    static let findings = files(in: folder.appendingPathComponent("findings"))

    /// What an input came to, with the files checked on their own terms (not the target's check).
    static func run(_ url: URL) throws -> TextPathFuzz.Outcome {
        let outcome = TextPathFuzz.run(try Data(contentsOf: url), pipeline: Pipeline())
        switch outcome {
        case .diagnostics(let messages):
            #expect(!messages.isEmpty, "\(url.lastPathComponent) was refused without a message")
        case .failed(let message):
            Issue.record("\(url.lastPathComponent) loaded but did not render: \(message)")
        case .rendered(let files):
            let kinds = Set(files.map { ($0.name as NSString).pathExtension })
            #expect(kinds == ["pdf", "svg", "png"], "\(url.lastPathComponent): \(files.map(\.name))")
            for file in files {
                let bytes = [UInt8](file.data)
                switch (file.name as NSString).pathExtension {
                case "pdf":
                    #expect(bytes.starts(with: Array("%PDF-".utf8)), "\(file.name)")
                    #expect(String(decoding: bytes.suffix(8), as: UTF8.self).contains("%%EOF"), "\(file.name)")
                case "png":
                    #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "\(file.name)")
                default:
                    let parser = XMLParser(data: file.data)
                    #expect(parser.parse(), "\(file.name): \(String(describing: parser.parserError))")
                }
            }
            #expect(TextPathFuzz.problems(in: files).isEmpty)
        }
        return outcome
    }

    @Test func thereAreSeedsAndFindings() {
        #expect(Self.seeds.count >= 10)
        #expect(!Self.findings.isEmpty)
    }

    /// Every seed runs cleanly; raw text always reaches the files (it skips the loader).
    @Test(arguments: seeds) func seedRunsCleanly(_ name: String) throws {
        let url = Self.folder.appendingPathComponent(name)
        let outcome = try Self.run(url)
        if TextPathFuzz.kind(of: try Data(contentsOf: url)) == .text, case .diagnostics(let messages) = outcome {
            Issue.record("\(name) is text and should render: \(messages)")
        }
    }

    @Test(arguments: findings) func findingEndsInFilesOrADiagnostic(_ name: String) throws {
        _ = try Self.run(Self.folder.appendingPathComponent("findings").appendingPathComponent(name))
    }

    /// JSON escapes reach the loader: a lone surrogate is refused with a located message, a pair is a character.
    @Test func loneSurrogatesAreRefusedAndPairsRendered() throws {
        guard case .diagnostics(let messages) = try Self.run(Self.folder.appendingPathComponent("lone-surrogates.json")) else {
            Issue.record("a lone surrogate was accepted")
            return
        }
        #expect(messages.contains { $0.hasPrefix("fuzz.json:") }, "\(messages)")
        guard case .rendered = try Self.run(Self.folder.appendingPathComponent("escapes.json")) else {
            Issue.record("escapes.json did not render")
            return
        }
    }
}
