import Foundation
import PraatplaatHyphenation
import PraatplaatModel
import PraatplaatScene
import Testing

/// Dutch and English words broken where their spelling allows, from Debian's dictionaries,
/// with the cases the issue found broken where the box ran out; and our own list of what Dutch
/// spelling says where the patterns are silent.
struct DutchHyphenationTests {
    static func hyphenated(_ word: String, _ language: Language = .dutch) throws -> String {
        let h = try #require(DictionaryHyphenator.forLanguage(language), "no dictionary for \(language) (apt-get install hyphen-nl hyphen-en-us)")
        var out = "", last = 0
        let characters = Array(word)
        for b in h.breaks(in: word) {
            out += String(characters[last..<b.after]) + "-"
            last = b.after
            if let next = b.next { out += "[\(next)]" }
        }
        return out + String(characters[last...])
    }

    @Test(arguments: [
        ("samenwerkingsovereenkomsten", "sa-men-wer-kings-over-een-kom-sten"),
        ("jeugdgezondheidszorgvoorzieningen", "jeugd-ge-zond-heids-zorg-voor-zie-nin-gen"),
        ("gezondheidsbevordering", "ge-zond-heids-be-vor-de-ring"),
        ("kinderwerkers", "kin-der-wer-kers"),
    ])
    func compoundsBreakAtTheirSyllables(_ word: String, _ expected: String) throws {
        #expect(try Self.hyphenated(word) == expected)
    }

    @Test func atLeastTwoLettersBeforeAndThreeAfter() throws {
        let h = try #require(DictionaryHyphenator.forLanguage(.dutch))
        for word in ["samenwerkingsovereenkomsten", "opa", "ouders", "idee", "basisinfrastructuur"] {
            for b in h.breaks(in: word) {
                #expect(b.after >= 2 && word.count - b.after >= 3, "\(word) breaks after \(b.after)")
            }
        }
    }

    /// The trema goes at a break (ge-ëvenaard is set "ge-" / "evenaard"); capitals keep their case.
    @Test func theTremaGoesAtABreak() throws {
        let h = try #require(DictionaryHyphenator.forLanguage(.dutch))
        let b = h.breaks(in: "geëvenaard").first { Array("geëvenaard")[$0.after] == "ë" }
        #expect(b?.next == "e", "\(h.breaks(in: "geëvenaard"))")
    }

    @Test func englishWordsUseTheEnglishDictionary() throws {
        #expect(try Self.hyphenated("infrastructure", .english).contains("-"))
    }

    /// The English dictionary is UTF-8, and libhyphen numbers its answer for it by code point, not
    /// by byte: read by byte, every letter of two bytes moved the breaks after it one place
    /// (coöpe-r-ation instead of coöper-a-tion).
    @Test func englishBreaksAfterALetterOfTwoBytesStayPut() throws {
        #expect(try Self.hyphenated("cooperation", .english) == "co-op-er-a-tion")
        #expect(try Self.hyphenated("coöperation", .english) == "coöper-a-tion")
        #expect(try Self.hyphenated("éhyphenation", .english) == "éhy-phen-ation")
    }

    /// Words of 200 characters or more are not looked up (nor kept in the cache), however they
    /// are made up.
    @Test func veryLongWordsHaveNoBreaks() throws {
        let h = try #require(DictionaryHyphenator.forLanguage(.english))
        #expect(h.breaks(in: String(repeating: "hyphenation", count: 40)).isEmpty)
        #expect(h.breaks(in: String(repeating: "e\u{301}", count: 250)).isEmpty)
    }
}

/// Our own list of Dutch words where spelling is clear and the patterns are not, or where a
/// trema meets a break: the trema marks a syllable, so a break may come before it even with two
/// letters after (idee-en), and at the break it goes (the next line starts "en", "evenaard").
struct DutchSpellingTests {
    @Test(arguments: [
        ("ideeën", "idee-[e]ën"), ("zeeën", "zee-[e]ën"), ("knieën", "knie-[e]ën"),
        ("geëvenaard", "ge-[e]ë-ve-naard"), ("coördinatie", "co-[o]ör-di-na-tie"), ("financiële", "fi-nan-ci-[e]ële"),
        ("beïnvloeden", "be-[i]ïn-vloe-den"), ("oriënteren", "ori-[e]ën-te-ren"),
        ("taalachterstand", "taal-ach-ter-stand"), ("ouderbijeenkomsten", "ou-der-bij-een-kom-sten"),
    ])
    func spellingDecides(_ word: String, _ expected: String) throws {
        #expect(try DutchHyphenationTests.hyphenated(word) == expected)
    }

    /// No break ever leaves a single letter on a line, trema or not.
    @Test func noSingleLetterAlone() throws {
        let h = try #require(DictionaryHyphenator.forLanguage(.dutch))
        for word in ["ideeën", "zeeën", "naïef", "reëel", "Israël", "egoïst", "aëroob", "ruïne", "poëzie", "oër"] {
            for b in h.breaks(in: word) { #expect(b.after >= 2 && word.count - b.after >= 2, "\(word) after \(b.after)") }
        }
    }
}

/// Where a compound's words meet, after Debian's Dutch word list: the break there is marked a
/// seam, and a narrow column prefers it (onderwijs- / achterstand, not onderwijsach- / terstand).
struct CompoundSeamTests {
    static func seams(_ word: String) throws -> [Int: Int] {
        let h = try #require(DictionaryHyphenator.forLanguage(.dutch))
        return Dictionary(uniqueKeysWithValues: h.breaks(in: word).filter { $0.seam > 0 }.map { ($0.after, $0.seam) })
    }

    @Test func seamsAreWhereWordsMeet() throws {
        #expect(try Self.seams("onderwijsachterstand")[9] == 2, "onderwijs|achterstand")
        #expect(try Self.seams("onderwijsachterstand")[15] == 1, "onderwijsachter|stand: a word follows")
        #expect(try Self.seams("onderwijsachterstand")[12] == nil, "onderwijsach|terstand: inside a word")
        #expect(try Self.seams("migratieachtergrond")[8] == 2, "migratie|achtergrond")
        #expect(try Self.seams("samenwerkingspartners")[13] == 2, "samenwerkings|partners, with its linking s")
        #expect(try Self.seams("samenwerkingspartners")[17] == nil, "samenwerkingspart|ners")
    }
}
