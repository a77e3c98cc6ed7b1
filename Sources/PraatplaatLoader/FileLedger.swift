import Foundation
import PraatplaatModel

/// The pictures and icons a report names, resolved as the decoder meets them, for the model:
/// later stages read `Report.files` and never resolve a name again.
final class FileLedger {
    private(set) var files: [String: ResolvedFile] = [:]
    private(set) var dataFiles: [DataFileUse] = []

    func recordData(_ use: DataFileUse) { dataFiles.append(use) }

    func record(_ name: String, _ resolved: FileResolver.Resolved) {
        switch resolved {
        case .builtInIcon(let icon): files[name] = .builtInIcon(icon)
        case .file(let url): files[name] = .file(path: url.path, version: Self.version(of: url.path))
        }
    }

    static func version(of path: String) -> FileVersion? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let size = (attributes[.size] as? NSNumber)?.intValue,
              let modified = attributes[.modificationDate] as? Date else { return nil }
        return FileVersion(size: size, modified: modified.timeIntervalSince1970)
    }
}
