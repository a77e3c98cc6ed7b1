/// What a cell's number format says its number is: a date, a percentage, an amount in euros
/// or a plain number. Excel stores dates as day numbers and tells them apart only by format.
enum XLSXNumberFormat: Equatable {
    case plain, percent, euro
    /// `monthOnly`: the format shows month and year but no day (`mmm yyyy`).
    case date(monthOnly: Bool)

    /// The built-in formats (ECMA-376 part 1, 18.8.30) that are not plain numbers.
    static func builtIn(_ id: Int) -> XLSXNumberFormat {
        switch id {
        case 9, 10: .percent
        case 14, 15, 16, 22, 27...36, 45...47, 50...58: .date(monthOnly: false)
        case 17: .date(monthOnly: true)
        default: .plain
        }
    }

    /// Reads a format code such as `dd-mm-yyyy`, `0.0%`, `[$€-413] #.##0,00` or
    /// `"€" #,##0`. Quoted text, escaped characters and colours are not format letters.
    static func parse(_ code: String) -> XLSXNumberFormat {
        var letters = "", literal = "", quoted = false, escaped = false, bracket = false, bracketText = ""
        // Only the first section (positive numbers) decides.
        for ch in code {
            if escaped { literal.append(ch); escaped = false; continue }
            if quoted { if ch == "\"" { quoted = false } else { literal.append(ch) }; continue }
            if bracket { if ch == "]" { bracket = false; literal += bracketText; bracketText = "" } else { bracketText.append(ch) }; continue }
            switch ch {
            case "\"": quoted = true
            case "\\": escaped = true
            case "[": bracket = true
            case ";": break
            default: letters.append(ch)
            }
            if ch == ";" { break }
        }
        let lower = letters.lowercased()
        if literal.contains("€") || letters.contains("€") { return .euro }
        if lower.contains("%") { return .percent }
        let hasYear = lower.contains("y")
        let hasDay = lower.contains("d")
        if hasYear || hasDay {
            return .date(monthOnly: !hasDay && lower.contains("m"))
        }
        return .plain
    }

    /// The day a serial number stands for. In the 1900 system day 1 is 1 January 1900 and day
    /// 60 the 29 February 1900 that Lotus 1-2-3 invented and Excel kept; in the 1904 system
    /// day 0 is 1 January 1904. The time of day (the fraction) is dropped.
    static func date(serial: Double, system1904: Bool) -> (year: Int, month: Int, day: Int)? {
        guard serial.isFinite, serial >= (system1904 ? 0 : 1), serial < 2_958_466 else { return nil }
        let whole = Int(serial.rounded(.down))
        if !system1904, whole == 60 { return (1900, 2, 29) }
        // Days from 1970-01-01.
        let days = system1904 ? whole - 24_107 : whole - (whole < 60 ? 25_568 : 25_569)
        return civil(days)
    }

    /// Days since 1970-01-01 to a Gregorian date (H. Hinnant's algorithm).
    static func civil(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
