/// A date or period as reports give them: `2021`, `mei 2021`, `12 mei 2021`, `2021-06-15`,
/// `15-06-2021`, `2023/2024`; written back in the report's language.
public struct ReportDate: Sendable, Hashable, Codable {
    public var year: Int
    public var month: Int?
    public var day: Int?
    /// The second year of a period such as a school year (`2023/2024`).
    public var endYear: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil, endYear: Int? = nil) {
        self.year = year; self.month = month; self.day = day; self.endYear = endYear
    }

    static let dutchMonths = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

    /// Why a text is not a date, for the loader's message.
    public enum Problem: Error, Equatable, Sendable {
        case notADate
        /// `31-02-2024`: the month has fewer days.
        case noSuchDay(day: Int, month: Int, year: Int, days: Int)
        case periodBackwards
    }

    public static func parse(_ text: String) -> Result<ReportDate, Problem> {
        let t = text.trimmingSpaces
        let words = t.split(separator: " ").map(String.init)
        func year(_ s: String) -> Int? { s.count == 4 && s.allSatisfy(\.isASCII) ? Int(s).flatMap { (1000...2999).contains($0) ? $0 : nil } : nil }
        func month(_ s: String) -> Int? {
            var lower = s.lowercased()
            if lower.hasSuffix(".") { lower.removeLast() }
            guard lower.count >= 3 else { return nil }
            for (i, names) in zip(0..., zip(dutchMonths, englishMonths)) where names.0.hasPrefix(lower) || names.1.lowercased().hasPrefix(lower) {
                return i + 1
            }
            return nil
        }
        func checked(_ d: Int, _ m: Int, _ y: Int) -> Result<ReportDate, Problem> {
            guard (1...12).contains(m) else { return .failure(.notADate) }
            let days = daysIn(month: m, year: y)
            guard (1...days).contains(d) else { return .failure(.noSuchDay(day: d, month: m, year: y, days: days)) }
            return .success(ReportDate(year: y, month: m, day: d))
        }
        switch words.count {
        case 1:
            if let y = year(t) { return .success(ReportDate(year: y)) }
            for separator in ["/", "\u{2013}"] {
                let parts = t.components(separatedBy: separator)
                if parts.count == 2, let a = year(parts[0]), let b = year(parts[1]) {
                    return b > a ? .success(ReportDate(year: a, endYear: b)) : .failure(.periodBackwards)
                }
            }
            let parts = t.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else { return .failure(.notADate) }
            if let y = year(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) { return checked(d, m, y) }  // 2021-06-15
            if let y = year(parts[2]), let m = Int(parts[1]), let d = Int(parts[0]) { return checked(d, m, y) }  // 15-06-2021
            return .failure(.notADate)
        case 2:
            guard let m = month(words[0]), let y = year(words[1]) else { return .failure(.notADate) }
            return .success(ReportDate(year: y, month: m))
        case 3:
            guard let d = Int(words[0]), let m = month(words[1]), let y = year(words[2]) else { return .failure(.notADate) }
            return checked(d, m, y)
        default:
            return .failure(.notADate)
        }
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// `12 mei 2021`, `mei 2021`, `2023/2024` (`en`: `12 May 2021`).
    public func formatted(language: Language) -> String {
        if let endYear { return "\(year)/\(endYear)" }
        guard let month else { return String(year) }
        let name = language.isDutch ? Self.dutchMonths[month - 1] : Self.englishMonths[month - 1]
        return [day.map(String.init), name, String(year)].compactMap { $0 }.joined(separator: " ")
    }

    /// As HTML's `<time datetime>` takes it: `2021-05-12`, `2021-05`, `2021` (a period: its first year).
    public var machineReadable: String {
        String(iso8601.prefix(day != nil ? 10 : month != nil ? 7 : 4))
    }

    /// The first day it names, as PDF metadata wants it: `2021-05-01T00:00:00Z`.
    public var iso8601: String {
        let m = month ?? 1, d = day ?? 1
        return "\(year)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)T00:00:00Z"
    }
}
