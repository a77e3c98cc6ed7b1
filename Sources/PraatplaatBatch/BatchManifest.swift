import Foundation
import PraatplaatPipeline

/// What a run (or one slice of it) made: per output name, the fingerprint of everything the
/// row's files are made from and the files. Each slice writes its own file in
/// `<out>/.praatplaat-batch/` (`all.json`, `2-of-8.json`), so the folders of all slices can be
/// copied together without conflicts; a later run reads them all to skip what is up to date.
public struct BatchManifest: Codable, Sendable {
    public struct Entry: Codable, Sendable, Equatable {
        public var fingerprint: String
        public var line: Int
        public var files: [String]
    }

    public var template: String
    public var data: String
    public var shard: String
    public var entries: [String: Entry] = [:]

    static let folderName = ".praatplaat-batch"

    static func folder(in out: URL) -> URL { out.appendingPathComponent(folderName) }

    static func url(in out: URL, shard: Shard) -> URL { folder(in: out).appendingPathComponent("\(shard.fileTag).json") }

    /// The entries of every manifest in the folder, by name.
    static func all(in out: URL) -> [String: Entry] {
        let folder = folder(in: out)
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
        var merged: [String: Entry] = [:]
        for file in files {
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(file).path),
                  let manifest = try? JSONDecoder().decode(BatchManifest.self, from: data) else { continue }
            merged.merge(manifest.entries) { first, _ in first }
        }
        return merged
    }

    /// The entries of one manifest file; none when it is missing or unreadable.
    static func entries(at url: URL) -> [String: Entry] {
        guard let data = FileManager.default.contents(atPath: url.path),
              let manifest = try? JSONDecoder().decode(BatchManifest.self, from: data) else { return [:] }
        return manifest.entries
    }

    func write(to url: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try AtomicFile.write(try encoder.encode(self), to: url)
    }
}
