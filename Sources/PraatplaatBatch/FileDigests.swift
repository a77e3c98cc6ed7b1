import Foundation
import PraatplaatCairo
import PraatplaatSite

/// Digests of the files a batch's rows depend on (theme file, pictures, logo), each read once a
/// run: every row asks, often for the same logo. A file whose size or modification time changed
/// is read again. Shared by the workers, hence the lock.
final class FileDigests: @unchecked Sendable {
    private struct Known {
        var stamp: FileStamp
        var digest: String
    }
    private let lock = NSLock()
    private var known: [String: Known] = [:]

    /// The digest of the file's contents; a missing file has one of its own (its path), so it
    /// differs from every present one.
    func digest(of url: URL) -> String {
        let path = url.path
        guard let stamp = FileStamp(path: path) else { return "missing:" + path }
        lock.lock()
        let cached = known[path]
        lock.unlock()
        if let cached, cached.stamp == stamp { return cached.digest }
        var f = Fingerprint()
        f.add(FileManager.default.contents(atPath: path) ?? Data())
        lock.lock()
        known[path] = Known(stamp: stamp, digest: f.hex)
        lock.unlock()
        return f.hex
    }
}
