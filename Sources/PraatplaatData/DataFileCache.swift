import Foundation

/// Data files read once per version: a batch's reports all read the same long trend file, and
/// each takes its own rows from it. A file whose size or modification time changed is read
/// again. Shared between threads, hence the lock.
public final class DataFileCache: @unchecked Sendable {
    private struct Key: Hashable { var path: String; var sheet: String?; var name: String }
    private struct Entry { var size: Int; var modified: Double; var result: Result<DataTable, DataFileError> }
    private let lock = NSLock()
    private var entries: [Key: Entry] = [:]

    public init() {}

    /// The table in the file at `url` (a resolved path inside the report's folder), named
    /// `name` in messages.
    public func table(at url: URL, name: String, sheet: String?) -> Result<DataTable, DataFileError> {
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
        let size = (attributes?[.size] as? NSNumber)?.intValue ?? -1
        let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        let key = Key(path: url.path, sheet: sheet, name: name)
        lock.lock()
        if let known = entries[key], known.size == size, known.modified == modified {
            lock.unlock()
            return known.result
        }
        lock.unlock()
        let result: Result<DataTable, DataFileError>
        do { result = .success(try DataFile.table(at: url, name: name, sheet: sheet)) } catch { result = .failure(error) }
        lock.lock()
        entries[key] = Entry(size: size, modified: modified, result: result)
        lock.unlock()
        return result
    }
}
