import PraatplaatModel
import PraatplaatScene

/// Line breaks chosen over the whole paragraph (optimal fit after Knuth and Plass, adapted to
/// ragged-right setting). Of all ways to break the text into the fewest lines, it takes the one
/// whose lines fall short of the width most evenly, with costs for hyphens, for two hyphenated
/// lines in a row, for a syllable break that leaves a short part, and for a last line that holds
/// one short word. Filling each line in turn leaves one line long and the next half empty.
extension TextWrapper {
    /// How an atom joins the one before it: what a break there shows and costs.
    enum Join { case start, space, tight, soft, syllable }

    /// A piece of text no break falls inside: a word, the part of a word after a hyphen, or a
    /// syllable of a word the dictionary may break.
    struct Atom {
        var spans: [TextSpan]
        /// The spans when a line starts with it after a syllable break (geëvenaard: "evenaard").
        var opening: [TextSpan]
        var join: Join
        /// The shorter of the two parts a syllable break before it leaves of its word.
        var shorterPart = 0
        /// How surely the syllable break before it is where words of a compound meet (0 to 2).
        var seam = 0
    }

    /// What breaks cost, in units of a line left a tenth empty (100 × share², so 1): a syllable
    /// break pays off only against a line left more than 60% empty.
    enum Cost {
        static let softHyphen = 3.0
        static let syllable = 40.0
        /// A break where two words of a compound meet (onderwijs- / achterstand) reads best, one
        /// before a word (onderwijsachter- / stand) next; inside a word, short parts cost more.
        static func syllable(_ atom: Atom) -> Double {
            switch atom.seam {
            case 2: 20
            case 1: 30
            default: syllable + shortPart(atom.shorterPart)
            }
        }
        /// A hyphen on the line before the last: the reader turns to a stub.
        static let hyphenBeforeLastLine = 30.0
        /// A syllable break that leaves few letters on a side: 10 for each letter under six, so
        /// a long compound breaks near its middle, where its parts usually meet
        /// (samenwerkings-partners, not samenwerkingspart-ners; voorzienin- / gen costs most).
        static func shortPart(_ letters: Int) -> Double { 10 * Double(max(0, 6 - letters)) }
        static let hyphensInARow = 50.0
        /// A last line of one short word; high, so it goes whenever the same lines allow.
        static let lonelyLastWord = 200.0
        static let overfull = 1e6
        /// Each line: a syllable break does not pay for itself by saving one.
        static let line = 10.0
    }

    /// Columns narrower than about 40 characters may break words at syllables to even out
    /// their lines; wider ones only break words that do not fit at all.
    static func isNarrow(width: Double, size: Double) -> Bool { width < size * 22 }

    /// `evening` lets words in narrow columns break at syllables to even out lines; titles and
    /// headings break a word only when it does not fit.
    func optimal(_ pieces: [Piece], width: Double, hyphenate: Bool, evening: Bool = true) -> [Line] {
        guard !pieces.isEmpty else { return [Line(spans: [], width: 0)] }
        // A hard line break ends a run; each run is broken on its own.
        var runs: [[Piece]] = []
        for piece in pieces {
            if piece.hardBreakBefore || runs.isEmpty { runs.append([]) }
            runs[runs.count - 1].append(piece)
        }
        var sentenceStart = true
        let atoms = runs.map { self.atoms($0, width: width, hyphenate: hyphenate, evening: evening, sentenceStart: &sentenceStart) }
        func set(fewestFirst: Bool) -> [Line] { atoms.flatMap { breakRun($0, width: width, hyphenate: hyphenate, fewestFirst: fewestFirst) } }
        let lines = set(fewestFirst: false)
        // Evenness may cost a line; never more than filling each line in turn takes. A syllable
        // wider than the column is cut where it runs out, and cutting whole words so may take
        // fewer lines still: then that wins.
        let filled = greedy(pieces, width: width, hyphenate: hyphenate)
        guard lines.count > filled.count else { return lines }
        let fewest = set(fewestFirst: true)
        return fewest.count > filled.count ? filled : fewest
    }

    /// The atoms of a run of pieces: syllables where the dictionary may break a word that is too
    /// wide for the line or that sits in a narrow column, else whole pieces.
    private func atoms(_ pieces: [Piece], width: Double, hyphenate: Bool, evening: Bool, sentenceStart: inout Bool) -> [Atom] {
        var out: [Atom] = []
        let limit = width + 0.01
        for (k, piece) in pieces.enumerated() {
            let join: Join = k == 0 ? .start : piece.spaceBefore ? .space : pieces[k - 1].softHyphenAfter ? .soft : .tight
            defer { sentenceStart = piece.spans.last?.text.last.map { ".!?:".contains($0) } ?? false }
            guard hyphenate, let hyphenator, let size = piece.spans.first?.font.size else {
                out.append(Atom(spans: piece.spans, opening: piece.spans, join: join))
                continue
            }
            let characters = piece.spans.flatMap { span in span.text.map { (ch: $0, span: span) } }
            let tooWide = measurer.width(of: piece.spans) > limit
            let optional = evening && Self.isNarrow(width: width, size: size) && characters.count >= 6
            // A word that must break breaks at a syllable even when capitalised; a break by choice
            // never falls in a name.
            guard tooWide || optional, characters.count <= Self.longestHyphenatedRest,
                  let (start, word) = Self.hyphenatable(characters.map(\.ch), sentenceStart: tooWide || sentenceStart) else {
                out.append(Atom(spans: piece.spans, opening: piece.spans, join: join))
                continue
            }
            let breaks = hyphenator.breaks(in: word).filter { start + $0.after > 0 && start + $0.after < characters.count }
            var cut = 0
            var nextJoin = join
            var opening: Character?
            var shorter = 0
            var seam = 0
            for b in breaks + [HyphenBreak(after: characters.count - start)] {
                let end = start + b.after
                guard end > cut else { continue }
                let part = Array(characters[cut..<end])
                var opened = part
                if let opening { opened[0].ch = opening }
                out.append(Atom(spans: Self.group(part), opening: Self.group(opened), join: nextJoin, shorterPart: shorter, seam: seam))
                nextJoin = .syllable
                opening = b.next
                shorter = min(b.after, word.count - b.after)
                seam = b.seam
                cut = end
            }
            if cut < characters.count {
                out[out.count - 1].spans = Self.merge(out[out.count - 1].spans + Self.group(characters[cut...]))
                out[out.count - 1].opening = Self.merge(out[out.count - 1].opening + Self.group(characters[cut...]))
            }
        }
        return out
    }

    /// The best breaks of one run of atoms: least cost, a line counting `Cost.line`; or with
    /// `fewestFirst` the fewest lines, then least cost.
    private func breakRun(_ atoms: [Atom], width: Double, hyphenate: Bool, fewestFirst: Bool) -> [Line] {
        let n = atoms.count
        let limit = width + 0.01
        // Lines whose summed width is too near the limit to decide by are measured whole only
        // when the best breaks use them: taken as fitting first, then checked, and the breaks
        // chosen again without those that do not fit (measuring every near candidate made
        // breaking a paragraph cost ten times filling it line by line).
        var measured: [Int: Bool] = [:]
        // Each atom's widths, looked up once: the search below adds them up many times over.
        let widths = Widths(atoms: atoms, measurer: measurer)
        while true {
            let (ends, unsure) = bestBreaks(atoms, widths, width: width, limit: limit, fewestFirst: fewestFirst, measured: measured)
            var changed = false
            var i = 0
            for end in ends.reversed() {
                let key = i * (n + 1) + end
                if unsure.contains(key) {
                    let endsHyphen = end < n && (atoms[end].join == .soft || atoms[end].join == .syllable)
                    let fits = measurer.width(of: lineSpans(atoms, i, end, endsHyphen: endsHyphen)) <= limit
                    measured[key] = fits
                    if !fits { changed = true }
                }
                i = end
            }
            if !changed { return lines(atoms, ends: ends, limit: limit, hyphenate: hyphenate) }
        }
    }

    /// The line ends of the best breaks, last first, and which of its lines were taken to fit
    /// unmeasured (as `i * (n + 1) + j`).
    private func bestBreaks(_ atoms: [Atom], _ widths: Widths, width: Double, limit: Double, fewestFirst: Bool,
                            measured: [Int: Bool]) -> (ends: [Int], unsure: Set<Int>) {
        let n = atoms.count
        struct Best { var lines: Int; var cost: Double; var from: Int; var unsure: Bool }
        var best = [Best?](repeating: nil, count: n + 1)
        best[0] = Best(lines: 0, cost: 0, from: -1, unsure: false)

        for i in 0..<n {
            guard let start = best[i] else { continue }
            var sum = 0.0
            for j in (i + 1)...n {
                let atom = atoms[j - 1]
                if j == i + 1 {
                    sum += atom.join == .syllable ? widths.opening[j - 1] : widths.body[j - 1]
                } else {
                    if atom.join == .space { sum += widths.space[j - 1] }
                    sum += widths.body[j - 1]
                }
                // Every later line from i is wider still.
                if j > i + 1, sum - Self.sumTolerance(sum) > limit, !measuresEveryCandidate { break }
                let endsHyphen = j < n && (atoms[j].join == .soft || atoms[j].join == .syllable)
                let total = sum + (endsHyphen ? widths.hyphen[j - 1] : 0)
                let fits: Bool
                var unsure = false
                if !measuresEveryCandidate, abs(total - limit) > Self.sumTolerance(total) {
                    fits = total < limit
                } else if measuresEveryCandidate {
                    fits = measurer.width(of: lineSpans(atoms, i, j, endsHyphen: endsHyphen)) <= limit
                } else if let known = measured[i * (n + 1) + j] {
                    fits = known
                } else {
                    fits = true
                    unsure = true
                }
                if !fits && j > i + 1 {
                    if measuresEveryCandidate, sum > limit * 2 { break }
                    continue
                }
                var cost = 0.0
                if !fits {
                    cost = Cost.overfull
                } else if j == n {
                    // The last line may be short, but not one short word alone below others.
                    // One word: no space between its atoms, nor inside one ("12 jaar" is kept whole).
                    let oneWord = !atoms[(i + 1)..<j].contains { $0.join == .space } && !atoms[i..<j].contains { $0.spans.contains { $0.text.contains(" ") } }
                    if i > 0, oneWord, total < width * 0.3 { cost = Cost.lonelyLastWord }
                    if atoms[i].join == .soft || atoms[i].join == .syllable { cost += Cost.hyphenBeforeLastLine }
                } else {
                    let slack = max(0, width - total) / max(width, 1)
                    cost = 100 * slack * slack
                    switch atoms[j].join {
                    case .soft: cost += Cost.softHyphen
                    case .syllable: cost += Cost.syllable(atoms[j])
                    case .start, .space, .tight: break
                    }
                    if endsHyphen, atoms[i].join == .soft || atoms[i].join == .syllable { cost += Cost.hyphensInARow }
                }
                let candidate = Best(lines: start.lines + 1, cost: start.cost + cost + (fewestFirst ? 0 : Cost.line), from: i, unsure: unsure)
                if let known = best[j], fewestFirst ? (known.lines, known.cost) <= (candidate.lines, candidate.cost) : known.cost <= candidate.cost { continue }
                best[j] = candidate
            }
        }
        var ends: [Int] = []
        var unsure: Set<Int> = []
        var j = n
        while j > 0, let b = best[j] {
            ends.append(j)
            if b.unsure { unsure.insert(b.from * (n + 1) + j) }
            j = b.from
        }
        return (ends, unsure)
    }

    /// What the search adds up, per atom: its width, as it opens a line after a syllable break,
    /// the space before it (in the style of the word before) and a hyphen after it.
    struct Widths {
        var body: [Double], opening: [Double], space: [Double], hyphen: [Double]

        init(atoms: [Atom], measurer: any TextMeasurer) {
            body = atoms.map { measurer.width(of: $0.spans) }
            opening = atoms.indices.map { atoms[$0].join == .syllable ? measurer.width(of: atoms[$0].opening) : 0 }
            space = atoms.indices.map { k in
                guard k > 0, atoms[k].join == .space, let before = atoms[k - 1].spans.last else { return 0 }
                return measurer.width(of: [TextSpan(text: " ", font: before.font, color: before.color)])
            }
            hyphen = atoms.map { atom in
                atom.spans.last.map { measurer.width(of: [TextSpan(text: "-", font: $0.font, color: $0.color)]) } ?? 0
            }
        }
    }

    /// The lines between the chosen ends (last first), a too-wide single atom cut to fit.
    private func lines(_ atoms: [Atom], ends: [Int], limit: Double, hyphenate: Bool) -> [Line] {
        let n = atoms.count
        var lines: [Line] = []
        var i = 0
        for end in ends.reversed() {
            let endsHyphen = end < n && (atoms[end].join == .soft || atoms[end].join == .syllable)
            let spans = lineSpans(atoms, i, end, endsHyphen: endsHyphen)
            lines += overfullSplit(spans, width: limit, hyphenate: hyphenate, hyphenated: endsHyphen)
            i = end
        }
        return lines
    }

    /// A line of one atom wider than the box (a long word in a narrow table column) is cut into
    /// parts that fit, at syllables where the dictionary allows, else where it runs out.
    private func overfullSplit(_ spans: [TextSpan], width limit: Double, hyphenate: Bool, hyphenated: Bool) -> [Line] {
        var rest = spans
        var out: [Line] = []
        let whole = spans.map(\.text).joined().lowercased()
        let isAddress = whole.contains("@") || whole.contains("://") || whole.hasPrefix("www.")
        if rest.count > 0, measurer.width(of: rest) > limit {
            let (parts, tail) = cut(rest, width: limit, hyphenate: hyphenate && !isAddress)
            out += parts.map { Line(spans: $0.spans, width: measurer.width(of: $0.spans), hyphenated: $0.hyphenated) }
            rest = tail
        }
        out.append(Line(spans: rest, width: rest.isEmpty ? 0 : measurer.width(of: rest), hyphenated: hyphenated))
        return out
    }

    /// The spans of atoms `i..<j` set as one line, with a hyphen at its end when it breaks there.
    private func lineSpans(_ atoms: [Atom], _ i: Int, _ j: Int, endsHyphen: Bool) -> [TextSpan] {
        var spans: [TextSpan] = []
        for k in i..<j {
            let atom = atoms[k]
            let body = k == i && atom.join == .syllable ? atom.opening : atom.spans
            if k > i, atom.join == .space, let before = spans.last, let first = body.first {
                // The space takes the style of the word before it, so a link's underline area stays on the link.
                spans.append(TextSpan(text: " ", font: before.font, color: before.color, link: before.link == first.link ? before.link : nil))
            }
            spans += body
        }
        if endsHyphen, let last = spans.last { spans.append(TextSpan(text: "-", font: last.font, color: last.color, link: last.link)) }
        return Self.merge(spans)
    }
}
