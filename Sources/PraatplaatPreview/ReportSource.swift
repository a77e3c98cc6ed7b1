import Foundation
import PraatplaatLoader
import PraatplaatPipeline
import PraatplaatSite

/// The report's text as the editor pane reads and saves it. A save names the version it was
/// made from (a digest of the bytes): when the file changed on disk since, in another editor,
/// the save is refused and the editor shown the file as it is now, so nobody's work is
/// overwritten silently. A save writes the new text atomically and keeps the old as
/// `<name>.bak` next to it.
struct ReportSource {
    let url: URL
    let limits = LoaderLimits()

    struct Text: Codable, Sendable {
        var text: String
        var digest: String
        var file: String
    }

    enum SaveError: Error, Equatable {
        /// Changed on disk since the editor read it: the file as it is now.
        case conflict(current: String, digest: String)
        case tooLarge(Int)
        case unwritable(String)
    }

    static func digest(_ data: Data) -> String {
        var f = Fingerprint()
        f.add(data)
        return f.hex
    }

    func read() -> Text {
        let data = FileManager.default.contents(atPath: url.path) ?? Data()
        return Text(text: String(decoding: data, as: UTF8.self), digest: Self.digest(data), file: Pipeline.displayName(url))
    }

    /// The file a save writes: the one a symbolic link points to, so the link stays a link.
    var target: URL { url.resolvingSymlinksInPath() }

    var backup: URL { target.deletingLastPathComponent().appendingPathComponent(target.lastPathComponent + ".bak") }

    /// Saves `text` made from the version `base`; gives the new version's digest.
    func save(_ text: String, base: String) throws(SaveError) -> String {
        let data = Data(text.utf8)
        guard data.count <= limits.maxFileBytes else { throw .tooLarge(limits.maxFileBytes) }
        let old = FileManager.default.contents(atPath: url.path) ?? Data()
        guard Self.digest(old) == base else {
            throw .conflict(current: String(decoding: old, as: UTF8.self), digest: Self.digest(old))
        }
        do {
            // The backup first: if the save fails, the file is as it was and so is its backup.
            // It is as private as the report.
            if !old.isEmpty {
                try AtomicFile.write(old, to: backup)
                if let mode = (try? FileManager.default.attributesOfItem(atPath: target.path))?[.posixPermissions] {
                    try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: backup.path)
                }
            }
            try AtomicFile.write(data, to: target)
        } catch {
            throw .unwritable("cannot save \(Pipeline.displayName(url)): \(error.localizedDescription)")
        }
        return Self.digest(data)
    }
}
