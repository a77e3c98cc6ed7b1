import Foundation

/// Numbers as Dutch and English readers write them. Our own code rather than `NumberFormatter`,
/// whose Dutch output differs between Linux and macOS (a full stop or a narrow space between thousands).
public enum NumberText {
    /// Digit grouping and decimal marks of a language: `nl` writes 1.500,5; `en` writes 1,500.5.
    static func marks(for language: Language) -> (group: Character, decimal: Character) {
        language.isDutch ? (".", ",") : (",", ".")
    }

    private static let multipliers: [String: Double] = [
        "duizend": 1e3, "thousand": 1e3,
        "miljoen": 1e6, "million": 1e6, "mln": 1e6, "mln.": 1e6, "mio": 1e6, "mio.": 1e6, "mn": 1e6,
        "miljard": 1e9, "billion": 1e9, "mld": 1e9, "mld.": 1e9, "mrd": 1e9, "mrd.": 1e9, "bn": 1e9,
    ]

    /// Parses `1.500`, `1,5`, `1500`, `1,5 miljoen` (in `nl`) or `1,500`, `1.5 million` (in `en`).
    /// A bare machine number such as `1.5` or `0.25` is also accepted in `nl` when it cannot be a grouping.
    public static func parse(_ raw: String, language: Language) -> Double? {
        if let plain = plain(raw, decimal: marks(for: language).decimal) { return plain }
        var text = raw.trimmingSpaces
        var factor = 1.0
        if let space = text.lastIndex(of: " "), let m = multipliers[text[text.index(after: space)...].lowercased()] {
            factor = m
            text = String(text[..<space]).trimmingSpaces
        }
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }),
              text.first!.isNumber, text.last!.isNumber else { return nil }
        let (group, decimal) = marks(for: language)
        let parts = text.split(separator: decimal, omittingEmptySubsequences: false)
        var machine: String
        if parts.count <= 2, isGrouped(String(parts[0]), by: group) {
            machine = parts[0].replacingOccurrences(of: String(group), with: "")
            if parts.count == 2 {
                guard !parts[1].contains(group) else { return nil }
                machine += "." + parts[1]
            }
        } else if decimal == ",", !text.contains(",") {
            // `1.5` in Dutch text: not a valid grouping, so read it as a decimal point.
            guard text.split(separator: ".", omittingEmptySubsequences: false).count == 2 else { return nil }
            machine = text
        } else {
            return nil
        }
        guard let value = Double(machine), value.isFinite else { return nil }
        return value * factor
    }

    /// Digits with at most one decimal mark inside them (`12`, `12,5` in Dutch), most of the
    /// numbers a data file holds: read without the rules for groups and words.
    private static func plain(_ text: String, decimal: Character) -> Double? {
        let mark = decimal.asciiValue ?? 0
        var digits = 0, marks = 0, markAt = -1
        for (i, byte) in text.utf8.enumerated() {
            if byte >= 0x30 && byte <= 0x39 { digits += 1 } else if byte == mark { marks += 1; markAt = i } else { return nil }
        }
        guard digits > 0, digits <= 15, marks <= 1, markAt != 0, markAt != digits + marks - 1 else { return nil }
        return Double(marks == 0 || mark == 0x2E ? text : text.replacingOccurrences(of: String(decimal), with: "."))
    }

    /// Fixes the Dutch ambiguity: `1.5` cannot be a grouping, `1.500` is one.
    private static func isGrouped(_ integer: String, by group: Character) -> Bool {
        let groups = integer.split(separator: group, omittingEmptySubsequences: false)
        if groups.count == 1 { return groups[0].allSatisfy(\.isNumber) && !groups[0].isEmpty }
        guard let first = groups.first, (1...3).contains(first.count) else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 && $0.allSatisfy(\.isNumber) }
    }

    /// Like `format`, but whole millions and billions that round to one decimal are written in
    /// words, as people say them: `1,5 miljoen` (`nl`), `1.5 million` (`en`).
    public static func formatLarge(_ value: Double, language: Language) -> String {
        let dutch = language.isDutch
        for (size, nl, en) in [(1e9, "miljard", "billion"), (1e6, "miljoen", "million")] where abs(value) >= size {
            let scaled = value / size
            if abs(scaled * 10 - (scaled * 10).rounded()) < 1e-9 {
                return format(scaled, language: language) + " " + (dutch ? nl : en)
            }
        }
        return format(value, language: language)
    }

    /// Writes `value` with exactly `decimals` decimals (`4,0` beside `3,5` in a table column).
    public static func fixed(_ value: Double, language: Language, decimals: Int, grouping: Bool = true) -> String {
        let text = format(value, language: language, maxDecimals: decimals, grouping: grouping)
        guard decimals > 0 else { return text }
        let mark = marks(for: language).decimal
        let written = text.split(separator: mark, maxSplits: 1).dropFirst().first.map(\.count) ?? -1
        return text + (written < 0 ? String(mark) : "") + String(repeating: "0", count: decimals - max(written, 0))
    }

    /// Writes `value` with at most `maxDecimals` decimals (trailing zeros dropped) and digit groups
    /// from 10,000 up (`nl`: 1500, 30.000), as Dutch style guides advise; from 1,000 up when the
    /// report has larger numbers too (`Language.groupsFourDigits`).
    public static func format(_ value: Double, language: Language, maxDecimals: Int = 1, grouping: Bool = true) -> String {
        let (group, decimal) = marks(for: language)
        let scale = pow(10.0, Double(maxDecimals))
        let rounded = (abs(value) * scale).rounded() / scale
        var integer = String(Int(rounded.rounded(.down)))
        var fraction = ""
        let rest = Int(((rounded - rounded.rounded(.down)) * scale).rounded())
        if rest > 0 {
            fraction = String(String(rest).paddedLeft(to: maxDecimals).reversed().drop(while: { $0 == "0" }).reversed())
        }
        if grouping, integer.count > (language.groupsFourDigits ? 3 : 4) {
            var grouped = ""
            for (i, ch) in integer.enumerated() {
                if i > 0, (integer.count - i) % 3 == 0 { grouped.append(group) }
                grouped.append(ch)
            }
            integer = grouped
        }
        // A real minus sign, as typesetting asks (the hyphen is shorter and breaks lines).
        let sign = value < 0 && rounded > 0 ? "\u{2212}" : ""
        return sign + integer + (fraction.isEmpty ? "" : String(decimal) + fraction)
    }
}

private extension String {
    func paddedLeft(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
