import Foundation
@testable import PraatplaatLoader
import Yams
import PraatplaatModel
import Testing

struct NumberTextTests {
    @Test(arguments: [
        ("1.500", "nl", 1500.0), ("1,5", "nl", 1.5), ("30.000", "nl", 30000), ("1,5 miljoen", "nl", 1_500_000),
        ("1.5", "nl", 1.5), ("86", "nl", 86), ("1,500", "en", 1500), ("1.5 million", "en", 1_500_000),
        ("119.000", "nl", 119_000), ("0,25", "nl", 0.25),
        // Plain digits and one decimal mark, read on a shorter path, and longer numbers.
        (" 12,5 ", "nl", 12.5), ("0012", "nl", 12), ("12.5", "en", 12.5), ("1234567890123456789", "nl", 1_234_567_890_123_456_789),
    ])
    func parses(_ text: String, _ language: String, _ value: Double) {
        #expect(NumberText.parse(text, language: Language(tag: language)) == value)
    }

    @Test(arguments: ["", "abc", "1..5", "1,5,5", ".inf", "nan", "1.50.0", "-", "12a", ",5", "12,", "1,2,3"])
    func rejects(_ text: String) {
        #expect(NumberText.parse(text, language: "nl") == nil)
    }

    @Test func formatsTheDutchWay() {
        #expect(NumberText.format(30000, language: "nl") == "30.000")
        #expect(NumberText.format(1500, language: "nl") == "1500")
        #expect(NumberText.format(12.5, language: "nl") == "12,5")
        #expect(NumberText.format(1_500_000, language: "en") == "1,500,000")
        #expect(FigureValue.range(400, 500).formatted(language: "nl") == "400\u{2013}500")
        #expect(FigureValue.count(30000, atLeast: true).formatted(language: "nl") == "30.000+")
        #expect(FigureValue.percent(86).formatted(language: "nl") == "86%")
        #expect(FigureValue.count(1_500_000, atLeast: false).formatted(language: "nl") == "1,5 miljoen")
        #expect(FigureValue.count(1_500_000, atLeast: false).formatted(language: "en") == "1.5 million")
        #expect(FigureValue.count(1_234_567, atLeast: false).formatted(language: "nl") == "1.234.567")
    }
}

struct InlineTextTests {
    @Test func boldAndItalic() {
        #expect(InlineText.parse("een **vet** en *schuin* woord") == [
            InlineRun("een "), InlineRun("vet", bold: true), InlineRun(" en "), InlineRun("schuin", italic: true), InlineRun(" woord"),
        ])
    }

    @Test func unpairedMarkersStayLiteral() {
        #expect(InlineText.plain("5 * 3 = 15") == "5 * 3 = 15")
        #expect(InlineText.plain("**open") == "**open")
        #expect(InlineText.plain("a \\*b\\* c") == "a *b* c")
    }
}

/// The reader's own null and boolean word lists agree with Yams' resolver they stand in for.
struct KeywordTests {
    @Test func wordListsMatchTheResolver() throws {
        for word in NodeReader.boolWords {
            let node = try #require(try Yams.compose(yaml: "v: \(word)")?.mapping?["v"])
            #expect(Resolver.default.resolveTag(of: node) == .bool, "\(word)")
        }
        for word in NodeReader.nullWords {
            let node = try #require(try Yams.compose(yaml: "v: \(word)")?.mapping?["v"])
            #expect(Resolver.default.resolveTag(of: node) == .null, "'\(word)'")
        }
        for word in ["ja", "nee", "Nee", "y", "n", "nul", "none"] {
            let node = try #require(try Yams.compose(yaml: "v: \(word)")?.mapping?["v"])
            #expect(Resolver.default.resolveTag(of: node) == .str, "\(word)")
        }
    }
}

/// JSON's escaped surrogate pairs (Python's json.dump writes every emoji so) are characters; a
/// lone half, an escaped backslash before "u" and text outside strings are left alone.
struct JSONSurrogatePairTests {
    static func load(_ json: String) -> LoadResult {
        ReportLoader.load(data: Data(json.utf8), fileName: "pair.json", isJSON: true)
    }

    @Test func aPairIsOneCharacter() throws {
        let result = Self.load(#"{"title": "Gezin \ud83d\udc69\u200d\ud83d\udc67 en \uD83D\uDE00", "sections": [{"kind": "text", "text": "x"}]}"#)
        let report = try #require(result.report, "\(result.diagnostics)")
        #expect(report.title == "Gezin \u{1F469}\u{200D}\u{1F467} en \u{1F600}")
    }

    @Test func aLoneHalfIsStillRefused() {
        for half in [#"\ud800"#, #"\udc00\ud800"#, #"\ud83d x"#] {
            let result = Self.load(#"{"title": "a "# + half + #"", "sections": [{"kind": "text", "text": "x"}]}"#)
            #expect(result.report == nil)
            #expect(result.diagnostics.first?.message.contains("escape") == true, "\(result.diagnostics)")
        }
    }

    @Test func escapedBackslashesAndQuotesAreNotPairs() throws {
        let result = Self.load(#"{"title": "pad \\ud83d\\ude00 en \"\ud83d\ude00\"", "sections": [{"kind": "text", "text": "x"}]}"#)
        let report = try #require(result.report, "\(result.diagnostics)")
        #expect(report.title == #"pad \ud83d\ude00 en ""# + "\u{1F600}\"")
    }
}
