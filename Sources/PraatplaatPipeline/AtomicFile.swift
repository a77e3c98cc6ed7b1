import Foundation

/// Writes files so that a reader sees the old file or the whole new one, never a part: the bytes go
/// to a temporary file in the same folder, which is then renamed over the target (and given the
/// target's permissions first).
public enum AtomicFile {
    public static func write(_ data: Data, to url: URL) throws {
        try writeAll([(url, data)])
    }

    /// Writes several files as one step, as far as a file system allows: every file is first
    /// written in full next to its target, and only when all of them are there are they renamed
    /// into place. A failure while writing (a full disk, a name taken by a folder) leaves every
    /// target as it was and no temporary file behind.
    public static func writeAll(_ files: [(URL, Data)]) throws {
        var staged: [(temporary: URL, target: URL)] = []
        do {
            for (url, data) in files {
                let temporary = url.deletingLastPathComponent()
                    .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UUID().uuidString).tmp")
                staged.append((temporary, url))
                try data.write(to: temporary)
                // A file replaced keeps its permissions: a report made private stays private.
                if let mode = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.posixPermissions] {
                    try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: temporary.path)
                }
                // A folder in the target's place would make the rename fail later; find out now.
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
                    throw CocoaError(.fileWriteFileExists, userInfo: [NSFilePathErrorKey: url.path,
                                                                      NSLocalizedDescriptionKey: "\(url.lastPathComponent) is a folder"])
                }
            }
            for (temporary, target) in staged {
                guard rename(temporary.path, target.path) == 0 else {
                    throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: target.path,
                                                                   NSLocalizedDescriptionKey: String(cString: strerror(errno))])
                }
            }
        } catch {
            for (temporary, _) in staged { try? FileManager.default.removeItem(at: temporary) }
            throw error
        }
    }
}
