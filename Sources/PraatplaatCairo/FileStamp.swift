import Foundation

/// A file's size and modification time: enough to tell it was edited since it was last read,
/// for one `stat` call instead of reading it.
public struct FileStamp: Hashable, Sendable {
    public let size: Int
    public let seconds: Int
    public let nanoseconds: Int

    /// Nil when there is no such file.
    public init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        size = Int(info.st_size)
        #if canImport(Darwin)
        seconds = Int(info.st_mtimespec.tv_sec)
        nanoseconds = Int(info.st_mtimespec.tv_nsec)
        #else
        seconds = Int(info.st_mtim.tv_sec)
        nanoseconds = Int(info.st_mtim.tv_nsec)
        #endif
    }
}
