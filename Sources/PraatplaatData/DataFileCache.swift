import Foundation
import PraatplaatModel

/// Data files read once per version: a batch's reports all read the same long trend file, and
/// each takes its own rows from it. A file whose size or modification time changed is read
/// again. Shared between threads, hence the lock.
public final class DataFileCache: @unchecked Sendable {
    private struct Key: Hashable { var path: String; var sheet: String?; var name: String }
    private struct Entry { var size: Int; var modified: Double; var result: Result<DataTable, DataFileError> }
    private struct IndexKey: Hashable { var table: Key; var column: Int; var language: String }
    private let lock = NSLock()
    private var entries: [Key: Entry] = [:]
    /// Per table and column, which rows hold each value: a batch's reports each pick their own
    /// municipality from the same long file, and scanning it whole for each would cost.
    private var indexes: [IndexKey: [String: [Int]]] = [:]
    /// Map files, read once per version as well: a batch draws one map for every row.
    private var maps: [MapKey: MapEntry] = [:]
    private struct MapKey: Hashable { var path: String; var object: String? }
    private struct MapEntry { var size: Int; var modified: Double; var result: Result<GeoShapes, GeoError> }

    public init() {}

    /// The table in the file at `url` (a resolved path inside the report's folder), named
    /// `name` in messages.
    public func table(at url: URL, name: String, sheet: String?) -> Result<DataTable, DataFileError> {
        let (size, modified) = Self.stamp(of: url)
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
        // A file read again has new rows: its indexes go with the old ones.
        indexes = indexes.filter { $0.key.table.path != key.path }
        lock.unlock()
        return result
    }

    /// The regions and places of the map file at `url` (GeoJSON, or TopoJSON's `object`).
    public func shapes(at url: URL, object: String?) -> Result<GeoShapes, GeoError> {
        let (size, modified) = Self.stamp(of: url)
        let key = MapKey(path: url.path, object: object)
        lock.lock()
        if let known = maps[key], known.size == size, known.modified == modified {
            lock.unlock()
            return known.result
        }
        lock.unlock()
        let result: Result<GeoShapes, GeoError>
        do {
            // The size first: a huge file is refused before it is read into memory.
            if let tooLarge = GeoReader.tooLarge(bytes: size, limits: GeoLimits()) {
                result = .failure(tooLarge)
            } else {
                let data = try Data(contentsOf: url)
                result = Result { () throws(GeoError) in try GeoReader.read(data, object: object) }
            }
        } catch {
            result = .failure(GeoError("the map file cannot be read: \(error.localizedDescription)"))
        }
        lock.lock()
        maps[key] = MapEntry(size: size, modified: modified, result: result)
        lock.unlock()
        return result
    }

    /// A file's size and modification time: a file read before is read again when either changed.
    private static func stamp(of url: URL) -> (size: Int, modified: Double) {
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
        return ((attributes?[.size] as? NSNumber)?.intValue ?? -1, (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)
    }

    /// The rows of `table` (read from `url` by `table(at:name:sheet:)`) whose `column` holds
    /// `value`, compared as `DataFile.key` compares names, numbers written in `language`.
    public func rows(of table: DataTable, at url: URL, column: Int, matching value: String, language: Language) -> [DataFileRow] {
        let key = IndexKey(table: Key(path: url.path, sheet: table.sheet, name: table.name), column: column, language: language.tag)
        lock.lock()
        var index = indexes[key]
        lock.unlock()
        if index == nil {
            var built: [String: [Int]] = [:]
            for (i, row) in table.rows.enumerated() { built[DataFile.key(row[column].written(language: language)), default: []].append(i) }
            lock.lock()
            indexes[key] = built
            lock.unlock()
            index = built
        }
        return (index![DataFile.key(value)] ?? []).map { table.rows[$0] }
    }
}
