/// Amounts in euros as Dutch and English readers write them: `€ 6.624.049,93` and `€ 1,2 miljoen`
/// in Dutch, `€6,624,049.93` and `€1.2 million` in English; the sign before the number, always.
public enum Money {
    public enum Rounding: Sendable {
        /// As a page shows it: millions and billions in words with one decimal, whole euros from
        /// a thousand up, cents below that only when there are any.
        case shown
        /// Every cent there is: what alt text and tables keep.
        case exact
    }

    /// Whether a chart's unit names the euro, so it goes before the number.
    public static func isCurrency(_ unit: String) -> Bool {
        ["€", "eur", "euro", "euro's"].contains(unit.trimmingSpaces.lowercased())
    }

    /// An amount written with a euro sign before or after it, or `EUR`/`euro`: `€ 6.624.049,93`,
    /// `€6.624.049`, `€ 1,2 miljoen`, `€ 3,5 mld`, `1,2 miljoen euro`, `-€ 500`. Nil when the text
    /// names no currency (then it is a plain number, or not a value at all).
    public static func parse(_ text: String, language: Language) -> Double? {
        var t = text.trimmingSpaces
        var negative = false
        if let first = t.first, first == "-" || first == "\u{2212}" { negative = true; t = String(t.dropFirst()).trimmingSpaces }
        let lower = t.lowercased()
        var found = false
        for prefix in ["€", "eur "] where lower.hasPrefix(prefix) {
            t = String(t.dropFirst(prefix.count)).trimmingSpaces
            found = true
            break
        }
        if !found {
            for suffix in ["€", " eur", " euro"] where lower.hasSuffix(suffix) {
                t = String(t.dropLast(suffix.count)).trimmingSpaces
                found = true
                break
            }
        }
        guard found else { return nil }
        if !negative, let first = t.first, first == "-" || first == "\u{2212}" { negative = true; t = String(t.dropFirst()).trimmingSpaces }
        guard let value = NumberText.parse(t, language: language) else { return nil }
        return negative ? -value : value
    }

    /// `sign: false` leaves the euro sign out (the second number of a range).
    public static func format(_ value: Double, language: Language, rounding: Rounding, sign showsSign: Bool = true) -> String {
        var lang = language
        lang.groupsFourDigits = true
        let dutch = language.isDutch
        let sign = value < 0 ? "\u{2212}" : ""
        let amount = abs(value)
        let euro = !showsSign ? "" : dutch ? "€ " : "€"
        if rounding == .shown {
            // Rounded to whole euros first: € 999.999,99 is € 1 miljoen, not € 1.000.000.
            let amount = amount >= 1000 ? amount.rounded() : amount
            for (size, nl, en) in [(1e9, "miljard", "billion"), (1e6, "miljoen", "million")] where amount >= size {
                return sign + euro + NumberText.format(amount / size, language: lang, maxDecimals: 1) + " " + (dutch ? nl : en)
            }
        }
        var cents = Int((amount * 100).rounded()) % 100
        var whole = (amount * 100).rounded() / 100
        whole.round(.down)
        if rounding == .shown, amount >= 1000 {
            whole = amount.rounded()
            cents = 0
        }
        var text = NumberText.format(whole, language: lang, maxDecimals: 0)
        if cents > 0 {
            text += (dutch ? "," : ".") + (cents < 10 ? "0" : "") + String(cents)
        }
        return sign + euro + text
    }
}
