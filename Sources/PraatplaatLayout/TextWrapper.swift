import Foundation
import PraatplaatModel
import PraatplaatScene

/// Breaks styled text into lines that fit a width. Layout owns every line break: renderers draw
/// the lines as given. Breaks fall at spaces and after hyphens; a word wider than the box (a Dutch
/// compound such as "basisinfrastructuur" in a narrow column) is split with a hyphen.
struct TextWrapper {
    let measurer: any TextMeasurer
    /// Dictionary breaks for words too wide for their line; without it they split where they run out.
    var hyphenator: (any Hyphenator)? = nil
    /// Measure every candidate line whole instead of deciding by summed widths: the reference
    /// the shortcut is tested against (TextWrapperTests), never used for pages.
    var measuresEveryCandidate = false

    struct Line {
        var spans: [TextSpan]
        var width: Double
        /// Ends at a hyphen the wrapper set (a syllable break or a soft hyphen the text gave).
        var hyphenated = false
        /// The last line of a text of several lines.
        var endsText = false
    }

    /// One unbreakable piece: a word, or the part of a word up to and including a hyphen.
    struct Piece {
        var spans: [TextSpan]
        var spaceBefore: Bool
        var hardBreakBefore: Bool
        /// Ends at a soft hyphen (U+00AD) the text gave: a break may follow, shown as "-".
        var softHyphenAfter = false
    }

    /// Spans for inline markup in `font` and `color`; `**bold**` becomes the bold weight and links
    /// take `linkColor`.
    static func spans(_ markup: String, font: FontSpec, color: Color, linkColor: Color? = nil) -> [TextSpan] {
        InlineText.parse(markup).map { run in
            var f = font
            if run.bold { f.weight = .bold }
            if run.italic { f.italic = true }
            return TextSpan(text: run.text, font: f, color: run.link == nil ? color : (linkColor ?? color), link: run.link)
        }
    }

    /// `hyphenate` false breaks overlong words without a hyphen mark (URLs, where a hyphen would mislead).
    ///
    /// Measuring every candidate line whole made wrapping quadratic in Pango shaping (a third of
    /// a factsheet's time). A line's width is close to the sum of its words' and spaces' widths,
    /// which repeat and are cached, so only a candidate whose sum is near the limit is measured
    /// whole; the breaks are the same as measuring every candidate.
    func wrap(_ spans: [TextSpan], width: Double, hyphenate: Bool = true, balanced: Bool = false) -> [Line] {
        let pieces = Self.pieces(of: spans)
        var lines = optimal(pieces, width: width, hyphenate: hyphenate, evening: !balanced)
        if balanced, lines.count >= 2, pieces.count >= 3 { lines = self.balanced(pieces, lines: lines, width: width, hyphenate: hyphenate) }
        if lines.count >= 2 { lines[lines.count - 1].endsText = true }
        return lines
    }

    /// A title or heading of several lines in lines of about equal length: the narrowest width
    /// that keeps the number of lines ("Kinderwerk in Lindenmeer / 2019–2025", not a full line
    /// and a stub).
    private func balanced(_ pieces: [Piece], lines: [Line], width: Double, hyphenate: Bool) -> [Line] {
        var lo = width * 0.5, hi = width
        var best = lines
        for _ in 0..<10 {
            let mid = (lo + hi) / 2
            let trial = optimal(pieces, width: mid, hyphenate: hyphenate, evening: false)
            // A narrower box may not split a word the full one kept whole.
            if trial.count == lines.count, Self.words(trial) == Self.words(lines) {
                best = trial
                hi = mid
            } else {
                lo = mid
            }
        }
        return best
    }

    /// The text of lines with their breaks taken out, to tell that a trial split no word differently.
    private static func words(_ lines: [Line]) -> String { lines.map { $0.spans.map(\.text).joined() }.joined(separator: " ") }

    func greedy(_ pieces: [Piece], width: Double, hyphenate: Bool) -> [Line] {
        var lines: [Line] = []
        var current: [TextSpan] = []
        var currentSum = 0.0
        // The line so far ends at a soft hyphen: ending the line there shows the hyphen.
        var endsSoft = false

        func flush(hyphenated: Bool = false) {
            if endsSoft, let last = current.last {
                current = Self.merge(current + [TextSpan(text: "-", font: last.font, color: last.color, link: last.link)])
            }
            lines.append(Line(spans: current, width: current.isEmpty ? 0 : measurer.width(of: current), hyphenated: hyphenated || endsSoft))
            endsSoft = false
            current = []
            currentSum = 0
        }

        // A hundredth of a point of slack: a box sized to its text must not wrap on rounding.
        let limit = width + 0.01
        // Whether the piece starts a sentence: a capital there is not a name.
        var sentenceStart = true
        for piece in pieces {
            if piece.hardBreakBefore {
                endsSoft = false
                flush()
            }
            defer {
                let last = piece.spans.last?.text.last
                sentenceStart = last.map { ".!?:".contains($0) } ?? false
            }
            // The space takes the style of the word before it, so a link's underline area stays on the link.
            let before = current.last ?? piece.spans[0]
            let joiner = (current.isEmpty || !piece.spaceBefore) ? [] : [TextSpan(text: " ", font: before.font, color: before.color,
                                                                                  link: before.link == piece.spans[0].link ? before.link : nil)]
            // A piece before a soft hyphen is placed only with room for the hyphen it may need.
            let softWidth = piece.softHyphenAfter ? measurer.width(of: [TextSpan(text: "-", font: piece.spans.last!.font, color: piece.spans.last!.color)]) : 0
            let pieceWidth = measurer.width(of: piece.spans) + softWidth
            let sum = currentSum + (joiner.isEmpty ? 0 : measurer.width(of: joiner)) + pieceWidth
            let candidate = Self.merge(current + joiner + piece.spans)
            let fits: Bool
            if current.isEmpty {
                fits = pieceWidth <= limit
            } else if !measuresEveryCandidate, abs(sum - limit) > Self.sumTolerance(sum) {
                fits = sum < limit
            } else {
                fits = measurer.width(of: candidate) <= limit
            }
            if fits {
                current = candidate
                currentSum = sum - softWidth
                endsSoft = piece.softHyphenAfter
                continue
            }
            if !current.isEmpty { flush() }
            var rest = piece.spans
            // An address breaks without hyphen marks all the way (a reader would type them).
            let whole = piece.spans.map(\.text).joined().lowercased()
            let isAddress = whole.contains("@") || whole.contains("://") || whole.hasPrefix("www.")
            // The piece alone is wider than the box: cut it into parts that fit.
            if measurer.width(of: rest) > limit {
                let (parts, tail) = cut(rest, width: limit, hyphenate: hyphenate && !isAddress)
                for part in parts {
                    current = part.spans
                    flush(hyphenated: part.hyphenated)
                }
                rest = tail
            }
            current = Self.merge(rest)
            currentSum = measurer.width(of: current)
            endsSoft = piece.softHyphenAfter
        }
        // The text's end is no break: a soft hyphen there stays unseen.
        endsSoft = false
        if !current.isEmpty || lines.isEmpty { flush() }
        return lines
    }

    /// How far a sum of word and space widths may be from the width of the whole line: kerning
    /// at the spaces and shaping across style changes move it by hundredths of a point a word.
    /// Generous, because outside it the sum decides alone.
    static func sumTolerance(_ sum: Double) -> Double { 2 + sum * 0.03 }

    /// `spans`, wider than `width`, cut into lines that fit, and the rest, which fits. Each line is
    /// the longest head that fits with a hyphen: at the last dictionary break that fits
    /// (sa-men-wer-kings-over-een-kom-sten), else at least one character.
    ///
    /// Splitting and measuring the whole rest again for every line took minutes for a
    /// 10,000-letter word under the fuzzer (Tests/Fixtures/text-path/findings/long-word-quadratic.txt).
    /// So the characters are listed once and cut from the front, each cut looks only as far as a
    /// line reaches (1, 2, 4, ... characters, then a binary search), and a head is sliced from the
    /// spans' texts rather than built a character at a time.
    func cut(_ spans: [TextSpan], width: Double, hyphenate requested: Bool) -> (parts: [(spans: [TextSpan], hyphenated: Bool)], rest: [TextSpan]) {
        // Each character: the span it is in, and where in that span's text.
        var places: [(span: Int, range: Range<String.Index>)] = []
        for (i, span) in spans.enumerated() {
            var k = span.text.startIndex
            while k < span.text.endIndex {
                let next = span.text.index(after: k)
                places.append((i, k..<next))
                k = next
            }
        }
        // The first character of the rest when a syllable break changed it (ge-ëvenaard: "evenaard").
        var opening: Character?
        func character(_ k: Int, from start: Int) -> Character {
            if k == start, let opening { return opening }
            return spans[places[k].span].text[places[k].range.lowerBound]
        }
        // Characters a..<b as spans, with a hyphen after them when `hyphen`.
        func slice(_ a: Int, _ b: Int, hyphen: Bool = false) -> [TextSpan] {
            var out: [TextSpan] = []
            var k = a
            while k < b {
                let i = places[k].span
                var e = k + 1
                while e < b, places[e].span == i { e += 1 }
                var text = String(spans[i].text[places[k].range.lowerBound..<places[e - 1].range.upperBound])
                if k == a, let opening { text = String(opening) + text.dropFirst() }
                out.append(TextSpan(text: text, font: spans[i].font, color: spans[i].color, link: spans[i].link))
                k = e
            }
            if hyphen, let last = out.last { out.append(TextSpan(text: "-", font: last.font, color: last.color, link: last.link)) }
            return Self.merge(out)
        }
        let whole = spans.map(\.text).joined().lowercased()
        // An address breaks without hyphen marks all the way: a reader would type them.
        let hyphenate = requested && !(whole.contains("@") || whole.contains("://") || whole.hasPrefix("www."))
        var parts: [(spans: [TextSpan], hyphenated: Bool)] = []
        var start = 0
        while places.count - start > 1 {
            let count = places.count - start
            func head(_ n: Int) -> [TextSpan] { slice(start, start + n, hyphen: hyphenate) }
            // The longest head that fits with a hyphen, searched from the front: 1, 2, 4, ...
            // characters while they fit, then between the last that fitted and the first that did not.
            var lo = 1, hi = count - 1, probe = 2
            while probe < hi, measurer.width(of: head(probe)) <= width {
                lo = probe
                probe *= 2
            }
            if probe < hi { hi = probe - 1 }
            // The rest fits whole when the search ran to its end, or stopped at least halfway
            // (a hyphen can be wider than the letters it would stand for).
            if probe >= count / 2, measurer.width(of: slice(start, places.count)) <= width { break }
            var n = 0
            var next: Character?
            // A word that must break somewhere breaks at a syllable, also a capitalised one inside a
            // sentence (the rule for names is for breaks that are a choice, not a necessity).
            if hyphenate, let hyphenator, count <= Self.longestHyphenatedRest,
               let (wordStart, word) = Self.hyphenatable((start..<places.count).map { character($0, from: start) }, sentenceStart: true) {
                for b in hyphenator.breaks(in: word).reversed() {
                    let k = wordStart + b.after
                    guard k > 0, k < count, measurer.width(of: head(k)) <= width else { continue }
                    n = k
                    next = b.next
                    break
                }
            }
            if n == 0 {
                // Binary search: width grows with every character.
                while lo < hi {
                    let mid = (lo + hi + 1) / 2
                    if measurer.width(of: head(mid)) <= width { lo = mid } else { hi = mid - 1 }
                }
                n = lo
            }
            parts.append((head(n), hyphenate))
            start += n
            opening = next
        }
        return (parts, slice(start, places.count))
    }

    /// Longer than any word a dictionary breaks (DictionaryHyphenator stops at 200 letters): a rest
    /// this long is cut where it runs out without asking, which would cost a pass over it a line.
    static let longestHyphenatedRest = 400

    /// The letters of a piece a dictionary may break, and where they start: never a number, an
    /// address or a name (a capital inside, or a capital that does not start a sentence).
    static func hyphenatable(_ characters: [Character], sentenceStart: Bool) -> (start: Int, word: String)? {
        // Punctuation around the word ("(samenwerkingsovereenkomsten),") is not part of it.
        guard let first = characters.firstIndex(where: \.isLetter), var last = characters.lastIndex(where: \.isLetter) else { return nil }
        // A plural or genitive 's (programma's, Anna's) stays with the last syllable.
        if last >= first + 2, ["'", "\u{2019}"].contains(characters[last - 1]), characters[last] == "s" { last -= 2 }
        let core = characters[first...last]
        guard core.allSatisfy(\.isLetter), !characters.contains("@") else { return nil }
        if core.dropFirst().contains(where: \.isUppercase) { return nil }
        if core.first!.isUppercase, !sentenceStart { return nil }
        return (first, String(core))
    }

    static func group<S: Sequence>(_ characters: S) -> [TextSpan] where S.Element == (ch: Character, span: TextSpan) {
        var out: [TextSpan] = []
        for (ch, span) in characters {
            if let last = out.last, last.sameStyle(as: span) {
                out[out.count - 1].text.append(ch)
            } else {
                out.append(TextSpan(text: String(ch), font: span.font, color: span.color, link: span.link))
            }
        }
        return out
    }

    static func merge(_ spans: [TextSpan]) -> [TextSpan] {
        var out: [TextSpan] = []
        for span in spans where !span.text.isEmpty {
            if let last = out.last, last.sameStyle(as: span) {
                out[out.count - 1].text += span.text
            } else {
                out.append(span)
            }
        }
        return out
    }

    /// Splits styled text into pieces at spaces, after hyphens and at line breaks. Works on
    /// Unicode scalars, gathered into the current span's text: walking grapheme clusters and
    /// asking each for its properties was a tenth of a factsheet's layout.
    /// Pieces joined where a line must not break: an amount and its euro sign (€ 950.000), a
    /// number and its unit (12 %, 4 jaar, 8.30 uur), the groups of a phone number (030 - 23 06
    /// 349), and an e-mail or web address at its hyphens and slashes.
    private static func kept(_ pieces: [Piece]) -> [Piece] {
        func text(_ p: Piece) -> String { p.spans.map(\.text).joined() }
        func digits(_ s: String) -> Bool { !s.isEmpty && s.allSatisfy { $0.isNumber || ".,".contains($0) } }
        // Addresses first: the parts of one word (split at its hyphens and slashes) are whole
        // again when the word is an e-mail or web address.
        var words: [Piece] = []
        var run: [Piece] = []
        func endRun() {
            guard let first = run.first else { return }
            let word = run.map(text).joined()
            if run.count > 1, word.contains("@") || word.contains("://") || word.lowercased().hasPrefix("www.") {
                var whole = first
                whole.spans = merge(run.flatMap(\.spans))
                whole.softHyphenAfter = run.last!.softHyphenAfter
                words.append(whole)
            } else {
                words += run
            }
            run = []
        }
        for piece in pieces {
            if piece.spaceBefore || piece.hardBreakBefore { endRun() }
            run.append(piece)
        }
        endRun()
        var out: [Piece] = []
        var phone = false
        for piece in words {
            guard let previous = out.last, !piece.hardBreakBefore else {
                out.append(piece)
                phone = false
                continue
            }
            let a = text(previous), b = text(piece)
            let lastWord = a.split(separator: " ").last.map(String.init) ?? a
            let join: Bool
            if !piece.spaceBefore {
                join = false
            } else {
                let startsPhone = lastWord.count >= 2 && lastWord.count <= 4 && lastWord.first == "0" && lastWord.allSatisfy(\.isNumber)
                if startsPhone { phone = true }
                // Foundation's trimming was a tenth of layout here: trim by hand, and look for a
                // unit only after a number.
                join = (lastWord == "€" && b.first?.isNumber == true)
                    || (digits(String(Self.trimmed(lastWord, "+-\u{2212}"))) && Self.units.contains(String(Self.trimmed(b.lowercased(), ".,;:!?)"))))
                    || (phone && (digits(b) || b == "-" || b == "\u{2013}") && (digits(lastWord) || lastWord == "-" || lastWord == "\u{2013}"))
                if !join { phone = startsPhone }
            }
            guard join else { out.append(piece); continue }
            var merged = previous
            if piece.spaceBefore, let last = previous.spans.last {
                merged.spans.append(TextSpan(text: " ", font: last.font, color: last.color, link: last.link))
            }
            merged.spans = merge(merged.spans + piece.spans)
            merged.softHyphenAfter = piece.softHyphenAfter
            out[out.count - 1] = merged
        }
        return out
    }

    /// `text` without `characters` at either end.
    static func trimmed(_ text: String, _ characters: String) -> Substring {
        var sub = text[...]
        while let first = sub.first, characters.contains(first) { sub = sub.dropFirst() }
        while let last = sub.last, characters.contains(last) { sub = sub.dropLast() }
        return sub
    }

    /// Units that stay with their number.
    static let units: Set<String> = ["%", "‰", "procent", "jaar", "jaren", "maand", "maanden", "week", "weken", "dag", "dagen", "uur", "uren",
                                     "min", "minuten", "km", "m", "cm", "kg", "fte", "keer", "x", "miljoen", "miljard", "euro", "mln", "mld",
                                     "year", "years", "months", "weeks", "days", "hours", "million", "billion", "percent"]

    static func pieces(of spans: [TextSpan]) -> [Piece] {
        var pieces: [Piece] = []
        var current: [TextSpan] = []
        var spaceBefore = false, hardBreak = false, pendingSpace = false, pendingBreak = false

        func close() {
            if !current.isEmpty {
                pieces.append(Piece(spans: current, spaceBefore: spaceBefore, hardBreakBefore: hardBreak))
                current = []
            }
        }
        func append(_ scalar: Unicode.Scalar, _ span: TextSpan) {
            if current.isEmpty {
                spaceBefore = pendingSpace
                hardBreak = pendingBreak
                pendingSpace = false
                pendingBreak = false
            }
            if let last = current.last, last.sameStyle(as: span) {
                current[current.count - 1].text.unicodeScalars.append(scalar)
            } else {
                current.append(TextSpan(text: String(Character(scalar)), font: span.font, color: span.color, link: span.link))
            }
        }

        // A break may follow a hyphen, dash or slash inside a word ("kinder-"), decided at the
        // next character: never inside a number range or school year (2019–2025, 8.30–17.00,
        // 2023/2024), never after the "'s-" of 's-Hertogenbosch.
        var breakAfterDash = false
        var beforeDash: Unicode.Scalar?
        var previous: Unicode.Scalar?
        func isDigit(_ s: Unicode.Scalar?) -> Bool { s.map { ("0"..."9").contains($0) } ?? false }
        for span in spans {
            for scalar in span.text.unicodeScalars {
                if scalar == "\n" {
                    close()
                    pendingBreak = !pieces.isEmpty
                    pendingSpace = false
                    breakAfterDash = false
                } else if scalar.isASCII ? (scalar == " " || (0x09...0x0D).contains(scalar.value)) : scalar.properties.isWhitespace {
                    close()
                    if !pendingBreak { pendingSpace = true }
                    breakAfterDash = false
                } else if scalar == "\u{00AD}" {
                    // A soft hyphen the writer placed: a break may come here, with a hyphen.
                    if !current.isEmpty {
                        close()
                        pieces[pieces.count - 1].softHyphenAfter = true
                    }
                    breakAfterDash = false
                } else {
                    if breakAfterDash {
                        breakAfterDash = false
                        if !(isDigit(beforeDash) && isDigit(scalar)) { close() }
                    }
                    let dash = scalar == "-" || scalar == "\u{2013}" || scalar == "/"
                    // Only at a dash is the word so far looked at (every character would cost).
                    let wordSoFar = dash && scalar == "-" ? current.map(\.text).joined() : ""
                    append(scalar, span)
                    if dash {
                        let apostropheS = scalar == "-" && ["'s", "\u{2019}s", "'t", "\u{2019}t"].contains(wordSoFar.lowercased())
                        breakAfterDash = !apostropheS
                        beforeDash = previous
                    }
                    previous = scalar
                }
            }
        }
        close()
        return kept(pieces)
    }
}
