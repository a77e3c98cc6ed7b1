import Foundation
import PraatplaatLoader
import PraatplaatModel
import Testing

/// Files too large or too many-sided for a report end in one message naming the limit crossed.
/// The hostile files are made here rather than committed (one is 50 MB).
struct LimitTests {
    static func temporaryFile(_ name: String, _ write: (FileHandle) throws -> Void) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("praatplaat-limits-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        try write(handle)
        try handle.close()
        return url
    }

    static func messages(_ url: URL) -> [String] {
        ReportLoader.load(contentsOf: url, displayName: url.lastPathComponent).diagnostics.map(\.description)
    }

    @Test func fiftyMegabyteFileIsRefusedUnread() throws {
        let url = try Self.temporaryFile("groot.yaml") { handle in
            try handle.write(contentsOf: Data("title: Groot\nsections:\n".utf8))
            try handle.truncate(atOffset: 50 * 1024 * 1024)
        }
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        #expect(Self.messages(url) == ["groot.yaml:1:1: error: the file is 52428800 bytes; the limit (maxFileBytes) is \(LoaderLimits().maxFileBytes)"])
    }

    @Test func hundredThousandSectionsAreRefusedByName() throws {
        let url = try Self.temporaryFile("veel.yaml") { handle in
            // One section and 99,999 aliases of it: 400 kB, under the file size limit.
            let aliases = String(repeating: ", *s", count: 99_999)
            try handle.write(contentsOf: Data("title: Veel\nsections: [&s {kind: text, text: x}\(aliases)]\n".utf8))
        }
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let messages = Self.messages(url)
        #expect(messages.count == 1)
        #expect(messages.first?.contains("sections: the list has 100000 entries; the limit (maxSections) is 500") == true, "\(messages)")
    }

    @Test func tooManyItemsAndTooLongTextAreRefusedByName() throws {
        let items = (0...1000).map { "      - punt \($0)\n" }.joined()
        let long = String(repeating: "kinderwerk ", count: 2000)
        let data = Data("title: Lang\nsections:\n  - kind: list\n    items:\n\(items)  - kind: text\n    text: \(long)\n".utf8)
        let messages = ReportLoader.load(data: data, fileName: "lang.yaml").diagnostics.map(\.description)
        #expect(messages == [
            "lang.yaml:5:7: error: sections[0].items: the list has 1001 entries; the limit (maxItems) is 1000",
            "lang.yaml:1007:11: error: sections[1].text: text is 21999 characters long; the limit (maxTextLength) is 20000",
        ])
    }

    @Test func errorsAreCappedSoAFloodStaysReadable() throws {
        // 400 sections, each with an unknown key: the first 100 errors, then one line that says how many more.
        let sections = (0..<400).map { _ in "  - {kind: text, text: x, tekst: y}\n" }.joined()
        let result = ReportLoader.load(data: Data("title: Fouten\nsections:\n\(sections)".utf8), fileName: "fouten.yaml")
        #expect(result.diagnostics.count == 101)
        #expect(result.diagnostics.last?.message == "300 more errors not shown (limit maxErrors)")
    }
}
