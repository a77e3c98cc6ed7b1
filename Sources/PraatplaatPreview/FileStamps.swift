import Foundation

/// What a file looked like when last seen: enough to notice any save (editors that replace the
/// file by renaming a new one over it change its inode; others its time or size).
struct FileStamp: Hashable, Sendable {
    var exists: Bool
    var size: Int64 = 0
    var modified: Int64 = 0
    var inode: UInt64 = 0

    init(_ url: URL) {
        var info = stat()
        guard stat(url.path, &info) == 0 else { exists = false; return }
        exists = true
        size = Int64(info.st_size)
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        inode = UInt64(info.st_ino)
    }
}

/// The files a preview follows and how they looked when it last drew them. Polled, not watched
/// with inotify: a watch on a file is lost when an editor saves by renaming over it, and the
/// handful of files a report uses costs a few `stat` calls a look.
struct FileStamps: Hashable, Sendable {
    private(set) var stamps: [URL: FileStamp] = [:]

    init(_ files: some Sequence<URL>) {
        for url in files { stamps[url.standardizedFileURL] = FileStamp(url) }
    }

    var files: [URL] { stamps.keys.sorted { $0.path < $1.path } }

    mutating func set(_ url: URL, _ stamp: FileStamp) { stamps[url] = stamp }

    /// The same files as they are now.
    func now() -> FileStamps { FileStamps(stamps.keys) }
}
