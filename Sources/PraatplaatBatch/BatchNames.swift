import Foundation

/// Output names for rows: from a column (`--name-column gemeente`: "Súdwest-Fryslân" ->
/// `sudwest-fryslan`), else the template's name and the row number. Names are made safe for
/// files and URLs and unique without regard to case, in row order, so every slice of a sharded
/// run gives a row the same name as the unsharded run.
public struct BatchNames: Sendable {
    /// Row index -> name.
    public private(set) var names: [String] = []
    /// Names the output folder uses for other things.
    static let reserved: Set<String> = ["site", "index", "assets", "icons"]

    public init() {}

    /// A name fit for a file and a URL: lower case, accents dropped, runs of anything other than
    /// letters and digits as one hyphen.
    public static func slug(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        var out = ""
        var hyphen = false
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if hyphen, !out.isEmpty { out.append("-") }
                out.unicodeScalars.append(scalar)
                hyphen = false
            } else {
                hyphen = true
            }
        }
        return String(out.prefix(80))
    }

    /// Adds the next row's name: `wanted` (a cell) or `fallback` when that is empty.
    public mutating func add(_ wanted: String?, fallback: String) {
        var base = Self.slug(wanted ?? "")
        if base.isEmpty { base = fallback }
        if Self.reserved.contains(base) { base += "-1" }
        var name = base, n = 2
        while taken.contains(name) {
            name = "\(base)-\(n)"
            n += 1
        }
        taken.insert(name)
        names.append(name)
    }

    private var taken = Set<String>()
}
