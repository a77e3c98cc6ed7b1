import Foundation
import PropertyBased
@testable import PraatplaatLayout
import PraatplaatHyphenation
import PraatplaatModel
import PraatplaatScene
import Testing

/// A measurer whose line is not the sum of its words: characters of different widths and a
/// kerning adjustment between some neighbours, as real fonts have, so the wrapper's summed-width
/// shortcut is tested where it can go wrong.
struct KerningMeasurer: TextMeasurer {
    func advance(_ scalar: Unicode.Scalar) -> Double { 0.3 + Double(scalar.value % 7) * 0.07 }
    func kern(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Double { (a.value &+ b.value) % 5 == 0 ? -0.04 : 0 }

    func width(of spans: [TextSpan]) -> Double {
        var total = 0.0
        var previous: (Unicode.Scalar, Double)?
        for span in spans {
            let weight = span.font.weight == .bold ? 1.08 : 1
            for scalar in span.text.unicodeScalars {
                total += advance(scalar) * span.font.size * weight
                if let (p, size) = previous { total += kern(p, scalar) * min(size, span.font.size) }
                previous = (scalar, span.font.size)
            }
        }
        return total
    }

    func metrics(of font: FontSpec) -> FontMetrics { FontMetrics(ascent: font.size * 0.8, descent: font.size * 0.2) }
}

struct TextWrapperTests {
    static let words = ["kinderwerk", "is", "sociaal", "werk", "voor", "alle", "kinderen", "tot", "12", "jaar", "in", "de", "buurt",
                        "pedagogische", "basisinfrastructuur", "samenwerkingsovereenkomsten", "Jeugdgezondheidszorgmedewerkers",
                        "8.30–17.00", "400-500", "'s-Hertogenbosch", "één", "creëren", "https://example.org/een/lang/adres"]

    /// Text from the word list, some words bold, at a size; and a width.
    static let picks = Gen.int(in: 0...(words.count - 1)).array(of: 1...40)
    static let bold = Gen.int(in: 0...3).array(of: 40...40)
    static let size = Gen.double(in: 6...16)
    static let width = Gen.double(in: 20...400)

    static func spans(_ picks: [Int], _ bold: [Int], size: Double) -> [TextSpan] {
        let font = FontSpec(family: "Test", size: size)
        return picks.enumerated().map { i, w in
            TextSpan(text: (i == 0 ? "" : " ") + words[w], font: bold[i % bold.count] == 0 ? font.with(weight: .bold) : font, color: .black)
        }
    }

    /// No line is wider than the box, unless it is a single character that alone is wider.
    @Test func linesNeverExceedTheWidth() async {
        await propertyCheck(count: 300, input: Self.picks, Self.bold, Self.size, Self.width) { picks, bold, size, width in
            let measurer = KerningMeasurer()
            let lines = TextWrapper(measurer: measurer).wrap(Self.spans(picks, bold, size: size), width: width)
            for line in lines where line.width > width + 0.01 {
                let text = line.spans.map(\.text).joined()
                #expect(text.count <= 2, "\"\(text)\" is \(line.width) wide in a box of \(width)")
            }
        }
    }

    /// Deciding by summed widths gives the breaks that measuring every candidate line gives.
    @Test func theShortcutBreaksWhereMeasuringEveryLineBreaks() async {
        await propertyCheck(count: 300, input: Self.picks, Self.bold, Self.size, Self.width) { picks, bold, size, width in
            let measurer = KerningMeasurer()
            let text = Self.spans(picks, bold, size: size)
            let fast = TextWrapper(measurer: measurer).wrap(text, width: width)
            let reference = TextWrapper(measurer: measurer, measuresEveryCandidate: true).wrap(text, width: width)
            #expect(fast.map { $0.spans.map(\.text).joined() } == reference.map { $0.spans.map(\.text).joined() })
        }
    }

    /// Wrapping loses and adds nothing but break hyphens: the words come back in order.
    @Test func everyWordComesBackInOrder() async {
        await propertyCheck(count: 300, input: Self.picks, Self.bold, Self.size, Self.width) { picks, bold, size, width in
            let lines = TextWrapper(measurer: KerningMeasurer()).wrap(Self.spans(picks, bold, size: size), width: width)
            // A line ending in a hyphen the wrapper added (a split word) joins the next line.
            var joined = ""
            for line in lines {
                let text = line.spans.map(\.text).joined()
                if !joined.isEmpty, !joined.hasSuffix("\u{1}") { joined += " " }
                joined = joined.replacingOccurrences(of: "\u{1}", with: "")
                joined += text.hasSuffix("-") ? String(text.dropLast()) + "\u{1}" : text
            }
            joined = joined.replacingOccurrences(of: "\u{1}", with: "")
            let expected = picks.map { Self.words[$0] }.joined(separator: " ")
            // Hyphens the text had stay, with or without the space-less join after them.
            #expect(joined.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "-", with: "")
                    == expected.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "-", with: ""))
        }
    }

    /// Ragged-right cost of lines as the optimal fit counts it without hyphens: 100 × the share
    /// each line but the last falls short, squared, and a last line of one short word.
    static func raggedness(_ lines: [TextWrapper.Line], width: Double) -> Double {
        var cost = 0.0
        for (i, line) in lines.enumerated() {
            if i == lines.count - 1 {
                let text = line.spans.map(\.text).joined()
                if lines.count > 1, !text.contains(" "), line.width < width * 0.3 { cost += TextWrapper.Cost.lonelyLastWord }
            } else {
                let slack = max(0, width - line.width) / width
                cost += 100 * slack * slack
            }
        }
        return cost
    }

    /// Lines chosen over the whole paragraph: never more than filling each line in turn takes,
    /// and never more ragged by the measure they are chosen by (words that fit, no hyphenation).
    @Test func optimalLinesAreFewestAndLeastRagged() async {
        await propertyCheck(count: 300, input: Self.picks, Self.bold, Self.size, Self.width) { picks, bold, size, width in
            let measurer = FixedAdvanceMeasurer()
            let wrapper = TextWrapper(measurer: measurer)
            let spans = Self.spans(picks, bold, size: size)
            let pieces = TextWrapper.pieces(of: spans)
            // Words wider than the line are cut the same way by both; compare where none is.
            guard pieces.allSatisfy({ measurer.width(of: $0.spans) <= width }) else { return }
            let greedy = wrapper.greedy(pieces, width: width, hyphenate: true)
            let optimal = wrapper.wrap(spans, width: width)
            #expect(optimal.count == greedy.count)
            #expect(Self.raggedness(optimal, width: width) <= Self.raggedness(greedy, width: width) + 1e-6,
                    "\(optimal.map { $0.spans.map(\.text).joined() }) against \(greedy.map { $0.spans.map(\.text).joined() })")
        }
    }

    /// With the Dutch dictionary in a narrow column the lines stay inside the width and no more
    /// of them are needed than filling each in turn takes.
    @Test func narrowColumnsWithSyllablesStayInsideAndNoLonger() async throws {
        let hyphenator = try #require(DictionaryHyphenator.forLanguage(.dutch))
        await propertyCheck(count: 200, input: Self.picks, Self.bold, Self.size, Gen.double(in: 40...160)) { picks, bold, size, width in
            let wrapper = TextWrapper(measurer: FixedAdvanceMeasurer(), hyphenator: hyphenator)
            let spans = Self.spans(picks, bold, size: size)
            let lines = wrapper.wrap(spans, width: width)
            for line in lines where line.width > width + 0.01 {
                #expect(line.spans.map(\.text).joined().count <= 2)
            }
            let greedy = wrapper.greedy(TextWrapper.pieces(of: spans), width: width, hyphenate: true)
            #expect(lines.count <= greedy.count)
        }
    }

    /// A very ragged paragraph in a narrow column is evened out: filled in turn, the first line
    /// of this text holds "Het" and stands 85% empty; broken over the whole paragraph, with a
    /// syllable break where one pays, no line but the last is more than about half empty.
    @Test func raggedLinesAreEvenedOverTheParagraph() throws {
        let wrapper = TextWrapper(measurer: FixedAdvanceMeasurer(), hyphenator: DictionaryHyphenator.forLanguage(.dutch))
        let font = FontSpec(family: "Inter", size: 10)
        let text = [TextSpan(text: "Het jeugdgezondheidszorg werkt samen met kinderwerkers in de wijk", font: font, color: .black)]
        let width = 110.0
        let greedy = wrapper.greedy(TextWrapper.pieces(of: text), width: width, hyphenate: true)
        let lines = wrapper.wrap(text, width: width)
        func worst(_ lines: [TextWrapper.Line]) -> Double { lines.dropLast().map { (width - $0.width) / width }.max() ?? 0 }
        #expect(worst(greedy) > 0.4, "\(greedy.map { $0.spans.map(\.text).joined() })")
        #expect(worst(lines) < 0.55, "\(lines.map { $0.spans.map(\.text).joined() })")
        #expect(lines.count <= greedy.count)
    }

    /// Number ranges, school years and the "'s-" of a place name are never split at their dash
    /// or slash, at any width that holds the whole unit.
    @Test func rangesAndApostropheSNamesStayWhole() {
        let measurer = KerningMeasurer()
        let font = FontSpec(family: "Inter", size: 10)
        let text = "Kinderwerk in Lindenmeer 2019–2025, open van 8.30–17.00 uur in 's-Hertogenbosch, schooljaar 2023/2024, 400-500 kinderen"
        let spans = [TextSpan(text: text, font: font, color: .black)]
        let widest = ["'s-Hertogenbosch,", "2019–2025,", "8.30–17.00", "2023/2024,"].map { measurer.width(of: [TextSpan(text: $0, font: font, color: .black)]) }.max()!
        for width in stride(from: widest + 1, to: widest * 6, by: 3) {
            let lines = TextWrapper(measurer: measurer).wrap(spans, width: width).map { $0.spans.map(\.text).joined() }
            for line in lines {
                for bad in ["2019–", "8.30–", "'s-", "2023/", "400-"] where line.hasSuffix(bad) {
                    Issue.record("a line ends in \"\(bad)\" at width \(width): \(lines)")
                }
            }
        }
    }

    /// With the Dutch dictionary a compound too wide for its column breaks at a syllable
    /// (it broke as "Samenwerkingsov-ereenkomsten"), a trema goes at the break, and a name in
    /// the middle of a sentence or an address never breaks at a dictionary break.
    @Test func compoundsBreakWhereDutchAllows() throws {
        let hyphenator = try #require(DictionaryHyphenator.forLanguage(.dutch))
        let wrapper = TextWrapper(measurer: FixedAdvanceMeasurer(), hyphenator: hyphenator)
        let font = FontSpec(family: "Inter", size: 10)
        func lines(_ text: String, _ width: Double) -> [String] {
            wrapper.wrap([TextSpan(text: text, font: font, color: .black)], width: width).map { $0.spans.map(\.text).joined() }
        }
        // 5.5 pt a character: 14 characters a line.
        #expect(lines("Samenwerkingsovereenkomsten", 78) == ["Samenwerkings-", "overeenkomsten"])
        #expect(lines("jeugdgezondheidszorgvoorzieningen", 100) == ["jeugdgezondheids-", "zorgvoorzieningen"])
        #expect(lines("geëvenaard", 20) == ["ge-", "evenaard"] || lines("geëvenaard", 20).first?.hasSuffix("-") == true)
        // A capitalised word too wide for its line breaks at a syllable too, not where it runs out.
        let names = lines("in Jeugdgezondheidszorgvoorzieningen", 100)
        #expect(names == ["in", "Jeugdgezondheids-", "zorgvoorzieningen"], "\(names)")
        // An address too wide breaks without a hyphen a reader would type.
        let mail = lines("kinderwerk@jeugdgezondheidszorg-shertogenbosch.nl", 100)
        #expect(mail.allSatisfy { !$0.hasSuffix("-") || $0.hasSuffix("zorg-") }, "\(mail)")
        #expect(mail.joined() == "kinderwerk@jeugdgezondheidszorg-shertogenbosch.nl", "\(mail)")
    }

    /// An amount and its euro sign, a number and its unit, a phone number and an e-mail address
    /// are never split over two lines (at a width that holds them whole).
    @Test func amountsUnitsPhoneNumbersAndAddressesStayWhole() {
        let measurer = KerningMeasurer()
        let font = FontSpec(family: "Inter", size: 10)
        let text = "De begroting is € 950.000 voor 12 % van de kinderen, al 4 jaar lang; bel 030 - 23 06 349 of mail naar jan-piet.de-vries@kinderwerk-lindenmeer.nl en kijk op www.kinder-werk.nl/over-ons"
        let units = ["€ 950.000", "12 %", "4 jaar", "030 - 23 06 349", "jan-piet.de-vries@kinderwerk-lindenmeer.nl", "www.kinder-werk.nl/over-ons"]
        let widest = units.map { measurer.width(of: [TextSpan(text: $0, font: font, color: .black)]) }.max()!
        for width in stride(from: widest + 1, to: widest * 4, by: 4) {
            let lines = TextWrapper(measurer: measurer).wrap([TextSpan(text: text, font: font, color: .black)], width: width).map { $0.spans.map(\.text).joined() }
            for unit in units where !lines.contains(where: { $0.contains(unit) }) {
                Issue.record("\"\(unit)\" is split at width \(width): \(lines)")
            }
        }
    }

    /// A balanced title's lines are about equally long; a paragraph never ends on one short word
    /// when a slightly narrower setting gives it company without an extra line.
    @Test func titlesAreBalancedAndParagraphsHaveNoWidows() {
        let wrapper = TextWrapper(measurer: FixedAdvanceMeasurer())
        let font = FontSpec(family: "Inter", size: 10)
        let title = [TextSpan(text: "Kinderwerk in Lindenmeer en omgeving 2019–2025", font: font, color: .black)]
        let greedy = wrapper.wrap(title, width: 150)
        let balanced = wrapper.wrap(title, width: 150, balanced: true)
        #expect(greedy.count == 2 && balanced.count == 2)
        #expect(abs(balanced[0].width - balanced[1].width) < abs(greedy[0].width - greedy[1].width), "\(balanced.map(\.width)) vs \(greedy.map(\.width))")
        let paragraph = [TextSpan(text: "Kinderwerkers merken vroeg op wanneer een kind extra steun nodig heeft en laten dat zien.", font: font, color: .black)]
        for width in stride(from: 120.0, through: 260, by: 5) {
            let lines = wrapper.wrap(paragraph, width: width).map { $0.spans.map(\.text).joined() }
            let plain = wrapper.wrap(paragraph, width: width * 0.8).count
            if lines.count > 1, let last = lines.last, !last.contains(" ") {
                // Allowed only when no narrower setting of the same length could avoid it.
                #expect(plain > lines.count, "\"\(last)\" alone at width \(width): \(lines)")
            }
        }
    }

    /// A soft hyphen the writer placed (U+00AD) is a break with a hyphen where the line ends
    /// there, and unseen elsewhere.
    @Test func softHyphensBreakWhereTheWriterPlacedThem() {
        let wrapper = TextWrapper(measurer: FixedAdvanceMeasurer())
        let font = FontSpec(family: "Inter", size: 10)
        let word = "Kinder\u{00AD}werk\u{00AD}voor\u{00AD}zieningen"
        let narrow = wrapper.wrap([TextSpan(text: "De " + word, font: font, color: .black)], width: 80).map { $0.spans.map(\.text).joined() }
        #expect(narrow == ["De Kinderwerk-", "voorzieningen"], "\(narrow)")
        let wide = wrapper.wrap([TextSpan(text: "De " + word, font: font, color: .black)], width: 400).map { $0.spans.map(\.text).joined() }
        #expect(wide == ["De Kinderwerkvoorzieningen"], "\(wide)")
    }

    /// A word of 10,000 letters (the text path's fuzzer, Tests/Fixtures/text-path/long-word.txt)
    /// is cut into lines that fit and come back as the word. It was cut by splitting and
    /// measuring the whole rest again for every line: minutes under the fuzzer.
    @Test func aTenThousandLetterWordIsCutIntoLinesThatFit() throws {
        let hyphenator = try #require(DictionaryHyphenator.forLanguage(.dutch))
        let measurer = KerningMeasurer()
        let font = FontSpec(family: "Inter", size: 10)
        let word = String(repeating: "kinderwerk", count: 1_000)
        for (width, hyphenate) in [(60.0, true), (97.5, false)] {
            let wrapper = TextWrapper(measurer: measurer, hyphenator: hyphenator)
            let lines = wrapper.wrap([TextSpan(text: "Het " + word + " eindigt", font: font, color: .black)], width: width, hyphenate: hyphenate)
            for line in lines { #expect(line.width <= width + 0.01, "\(line.spans.map(\.text).joined()) is \(line.width) wide in \(width)") }
            let texts = lines.map { $0.spans.map(\.text).joined() }
            let joined = texts.map { hyphenate && $0.hasSuffix("-") ? String($0.dropLast()) : $0 }.joined()
            #expect(joined.replacingOccurrences(of: " ", with: "") == "Het" + word + "eindigt")
            #expect(lines.count > 100)
        }
    }

    /// An overlong word starting "www." is cut without hyphen marks; the part after a syllable
    /// break at a trema starts plainly (geëvenaard: "ge-" / "evenaard").
    @Test func cuttingKeepsAddressesUnmarkedAndDropsTheTremaAtABreak() throws {
        let wrapper = TextWrapper(measurer: FixedAdvanceMeasurer(), hyphenator: try #require(DictionaryHyphenator.forLanguage(.dutch)))
        let font = FontSpec(family: "Inter", size: 10)
        let address = wrapper.cut([TextSpan(text: "www.kinderwerkindebuurtvoorallekinderen.nl", font: font, color: .black)], width: 60, hyphenate: true)
        #expect(address.parts.count > 1)
        #expect(address.parts.allSatisfy { !$0.hyphenated && !$0.spans.map(\.text).joined().hasSuffix("-") })
        let trema = wrapper.cut([TextSpan(text: "geëvenaard", font: font, color: .black)], width: 20, hyphenate: true)
        #expect(trema.parts.first?.spans.map(\.text).joined() == "ge-", "\(trema)")
        let after = (trema.parts.dropFirst().flatMap(\.spans) + trema.rest).map(\.text).joined().replacingOccurrences(of: "-", with: "")
        #expect(after == "evenaard", "\(trema)")
    }
}

/// In a narrow column a compound breaks where its words meet, when a break there serves.
struct CompoundSeamWrapTests {
    @Test func narrowLabelsBreakAtTheSeam() throws {
        let wrapper = TextWrapper(measurer: FixedAdvanceMeasurer(), hyphenator: DictionaryHyphenator.forLanguage(.dutch))
        let font = FontSpec(family: "Inter", size: 10)
        let text = [TextSpan(text: "van de leerlingen met een onderwijsachterstand heeft een migratieachtergrond", font: font, color: .black)]
        func lines(_ width: Double) -> [String] { wrapper.wrap(text, width: width).map { $0.spans.map(\.text).joined() } }
        // Where "een onderwijs-" fits, the compound breaks there, not inside "achterstand".
        #expect(lines(90).contains("een onderwijs-"), "\(lines(90))")
        for width in stride(from: 70.0, through: 130, by: 5) {
            #expect(!lines(width).contains { $0.hasSuffix("onderwijsach-") || $0.hasSuffix("migratieach-") }, "width \(width): \(lines(width))")
        }
    }
}
