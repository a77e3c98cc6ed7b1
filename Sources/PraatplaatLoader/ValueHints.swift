import PraatplaatModel

/// The nearest right spelling of a value the loader did not understand, for the message's hint:
/// `86 procent` -> "write 86%". Nil when nothing near is known.
enum ValueHints {
    static func nearest(_ raw: String, language: Language) -> String? {
        let t = raw.trimmingSpaces
        let lower = t.lowercased()
        let dutch = language.isDutch
        // Words for per cent.
        for word in ["procent", "percent", "pct.", "pct", "per cent"] where lower.hasSuffix(word) {
            let number = String(t.dropLast(word.count)).trimmingSpaces
            if NumberText.parse(number, language: language) != nil { return "write \(number)%" }
        }
        // About, roughly: a key figure is a number or a range.
        for word in ["ca.", "circa", "ongeveer", "about", "around", "±", "~", "+/-"] where lower.hasPrefix(word) {
            let number = String(t.dropFirst(word.count)).trimmingSpaces
            if let v = NumberText.parse(number, language: language) {
                let lo = NumberText.format((v * 0.9).rounded(), language: language), hi = NumberText.format((v * 1.1).rounded(), language: language)
                return "write the number alone (\(number)), or a range such as \(lo)-\(hi)"
            }
        }
        // `400 tot 500`, `400 to 500`.
        for word in [" tot ", " to ", " t/m "] where lower.contains(word) {
            let parts = lower.components(separatedBy: word)
            if parts.count == 2, NumberText.parse(parts[0], language: language) != nil, NumberText.parse(parts[1], language: language) != nil {
                return "write \(parts[0].trimmingSpaces)-\(parts[1].trimmingSpaces)"
            }
        }
        let other: Language = dutch ? .english : .dutch
        func written(_ amount: Double) -> String { Money.format(amount, language: language, rounding: .exact) }
        // Other currencies: Praatplaat writes euros only.
        for sign in ["$", "£", "usd", "gbp"] where lower.hasPrefix(sign) {
            let rest = "€" + String(t.dropFirst(sign.count))
            if let amount = Money.parse(rest, language: language) ?? Money.parse(rest, language: other) {
                return "amounts are in euros: write \(written(amount))"
            }
        }
        if lower.hasPrefix("eur") || lower.hasSuffix("euro") || lower.contains("€") {
            // The other language's marks, or spaces between the thousands.
            if let amount = Money.parse(t, language: other) {
                return dutch ? "in Dutch, write \(written(amount)) (full stops between thousands, a comma before cents)"
                             : "in English, write \(written(amount)) (commas between thousands, a full stop before cents)"
            }
            // `€ 6 624 049`: spaces between digits taken out.
            let chars = Array(t)
            let unspaced = String(chars.indices.filter { i in
                !(chars[i] == " " && i > 0 && i + 1 < chars.count && chars[i - 1].isNumber && chars[i + 1].isNumber)
            }.map { chars[$0] })
            if unspaced != t, let amount = Money.parse(unspaced, language: language) {
                return "write \(written(amount)), with \(dutch ? "full stops" : "commas") between the thousands"
            }
            return dutch ? "write an amount as € 950.000, € 6.624.049,93 or € 1,2 miljoen" : "write an amount as €950,000, €6,624,049.93 or €1.2 million"
        }
        // The other language's marks: `6,624,049` in Dutch, `6.624.049,93` in English.
        if let v = NumberText.parse(t, language: other) {
            let written = NumberText.format(v, language: language, maxDecimals: 2)
            return dutch ? "in Dutch, write \(written) (full stops between thousands, a comma before decimals)"
                         : "in English, write \(written) (commas between thousands, a full stop before decimals)"
        }
        return nil
    }
}
