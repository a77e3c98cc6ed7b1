import Foundation

/// Output file names come from input file names, which a build script may take from anywhere:
/// keep them to one plain name inside the output folder.
public enum OutputName {
    /// The input's name without its extension; separators, control characters and other
    /// characters that trouble shells or file systems become `_`, and a name of dots only
    /// (which would mean a folder) becomes `report`.
    public static func stem(of url: URL) -> String {
        sanitised(url.deletingPathExtension().lastPathComponent)
    }

    public static func sanitised(_ name: String) -> String {
        let unsafe: Set<Character> = ["/", "\\", ":", "*", "?", "\"", "<", ">", "|"]
        var clean = String(name.map { c in
            c.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) } || unsafe.contains(c) ? "_" : c
        })
        if clean.hasPrefix("-") { clean = "_" + clean.dropFirst() }
        if clean.allSatisfy({ $0 == "." }) { clean = "report" }
        return clean
    }
}
