import Foundation
import PraatplaatLoader
import PraatplaatModel
import Testing

/// Amounts as municipalities write them, read and written back the way each language writes them.
struct MoneyTests {
    @Test(arguments: [
        ("€ 6.624.049,93", "nl", 6_624_049.93), ("€6.624.049", "nl", 6_624_049), ("€ 1,2 miljoen", "nl", 1_200_000),
        ("€ 1,2 mln", "nl", 1_200_000), ("€ 1,2 mln.", "nl", 1_200_000), ("€ 3,5 mld", "nl", 3_500_000_000),
        ("1,2 miljoen euro", "nl", 1_200_000), ("950.000 €", "nl", 950_000), ("EUR 12,50", "nl", 12.5),
        ("€1.2 million", "en", 1_200_000), ("€6,624,049.93", "en", 6_624_049.93), ("-€ 500", "nl", -500), ("€ \u{2212}500", "nl", -500),
    ])
    func reads(_ text: String, _ language: String, _ value: Double) throws {
        let amount = try #require(Money.parse(text, language: Language(tag: language)))
        #expect(abs(amount - value) < 0.001)
        #expect(FigureValue.parse(text, language: Language(tag: language)) == .money(amount))
    }

    @Test(arguments: ["€", "€ abc", "€ 1,2,3", "6.624.049,93", "1,2 mln"])
    func isNoAmountWithoutBothASignAndANumber(_ text: String) {
        #expect(Money.parse(text, language: "nl") == nil)
    }

    @Test func writesTheWayEachLanguageWrites() {
        #expect(FigureValue.money(6_624_049.93).formatted(language: "nl") == "€ 6,6 miljoen")
        #expect(FigureValue.money(6_624_049.93).exact(language: "nl") == "€ 6.624.049,93")
        #expect(FigureValue.money(950_000).formatted(language: "nl") == "€ 950.000")
        #expect(FigureValue.money(1500).formatted(language: "nl") == "€ 1.500")
        #expect(FigureValue.money(12.5).formatted(language: "nl") == "€ 12,50")
        #expect(FigureValue.money(3_500_000_000).formatted(language: "nl") == "€ 3,5 miljard")
        #expect(FigureValue.money(2_000_000).formatted(language: "nl") == "€ 2 miljoen")
        #expect(FigureValue.money(1_200_000).formatted(language: "en") == "€1.2 million")
        #expect(FigureValue.money(6_624_049.93).exact(language: "en") == "€6,624,049.93")
        #expect(Money.format(-500, language: "nl", rounding: .shown) == "\u{2212}€ 500")
        #expect(FigureValue.money(999_999.99).formatted(language: "nl") == "€ 1 miljoen")
        #expect(FigureValue.percent(40).formatted(language: "nl", unit: "€") == "40%")
    }

    /// `unit: €` puts the sign before the number, never `950.000 €`.
    @Test func aCurrencyUnitGoesBeforeTheNumber() {
        #expect(FigureValue.count(950_000, atLeast: false).formatted(language: "nl", unit: "€") == "€ 950.000")
        #expect(FigureValue.count(950_000, atLeast: false).formatted(language: "en", unit: "euro") == "€950,000")
        #expect(FigureValue.count(140, atLeast: false).formatted(language: "nl", unit: "kinderen") == "140 kinderen")
        // A range and an open count keep their form: not their middle, not without the +.
        #expect(FigureValue.range(400, 500).formatted(language: "nl", unit: "€") == "€ 400\u{2013}500")
        #expect(FigureValue.count(30000, atLeast: true).formatted(language: "nl", unit: "€") == "€ 30.000+")
    }

    @Test func negativeNumbersHaveARealMinus() {
        #expect(NumberText.format(-5, language: "nl") == "\u{2212}5")
    }

    static func load(_ value: String, kind: String = "keyFigures") -> LoadResult {
        let yaml = """
        title: Begroting
        language: nl
        sections:
          - kind: keyFigures
            figures:
              - { value: "\(value)", label: budget kinderwerk }
        """
        return ReportLoader.load(data: Data(yaml.utf8), fileName: "begroting.yaml")
    }

    @Test func aBudgetCellLoads() throws {
        let result = Self.load("€ 6.624.049,93")
        #expect(result.diagnostics.isEmpty)
        guard case .keyFigures(let s) = try #require(result.report).sections[0].content else { Issue.record("not key figures"); return }
        #expect(s.figures[0].value == .money(6_624_049.93))
    }

    @Test(arguments: [
        ("86 procent", "write 86%"),
        ("ca. 500", "write the number alone (500), or a range such as 450-550"),
        ("400 tot 500", "write 400-500"),
        ("6,624,049", "in Dutch, write 6.624.049 (full stops between thousands, a comma before decimals)"),
        ("€ 1,2,3", "write an amount as € 950.000, € 6.624.049,93 or € 1,2 miljoen"),
        ("€ 6,624,049.93", "in Dutch, write € 6.624.049,93 (full stops between thousands, a comma before cents)"),
        ("€ 6 624 049", "write € 6.624.049, with full stops between the thousands"),
        ("$ 500", "amounts are in euros: write € 500"),
    ])
    func aValueNotUnderstoodGetsItsNearestForm(_ value: String, _ hint: String) throws {
        let result = Self.load(value)
        let d = try #require(result.diagnostics.first)
        #expect(result.diagnostics.count == 1)
        #expect(d.location == SourceLocation(file: "begroting.yaml", line: 6, column: 18))
        #expect(d.path == "sections[0].figures[0].value")
        #expect(d.hint == hint)
    }

    @Test func aNegativeAmountIsRefusedAsAKeyFigure() throws {
        let d = try #require(Self.load("-€ 500").diagnostics.first)
        #expect(d.message == "expected an amount of 0 or more, got \"-€ 500\"")
    }
}

struct FigureReferenceTests {
    @Test func aShareIsComparedWithAShare() throws {
        let yaml = """
        title: Bereik
        sections:
          - kind: keyFigures
            figures:
              - { value: 18%, label: doet mee, compare: { label: Nederland, value: 1400 } }
        """
        let result = ReportLoader.load(data: Data(yaml.utf8), fileName: "bereik.yaml")
        #expect(result.report == nil)
        #expect(result.diagnostics.map(\.description) == [
            "bereik.yaml:5:76: error: sections[0].figures[0].compare.value: a percentage is compared with a number; compare a figure with the same kind of figure: 18% with 14%, 1.240 with 980, € 950.000 with € 870.000",
        ])
    }

    @Test func anAmountIsComparedWithAnAmount() throws {
        let yaml = """
        title: Budget
        sections:
          - kind: keyFigures
            figures:
              - { value: 1400, label: kinderen, compare: { label: NL, value: "€ 1.400" } }
        """
        let d = ReportLoader.load(data: Data(yaml.utf8), fileName: "b.yaml").diagnostics
        #expect(d.map(\.message) == ["a number is compared with an amount"])
    }

    @Test func theDirectionFollowsTheValuesAsShown() {
        let r = FigureReference(label: "Nederland", value: .percent(14))
        #expect(r.direction(of: .percent(18), language: "nl") == .higher)
        #expect(r.direction(of: .percent(12), language: "nl") == .lower)
        #expect(r.direction(of: .percent(14.04), language: "nl") == .same)
        // A range or an open count that takes the reference in is not lower (from the new-user trial).
        #expect(FigureReference(label: "NL", value: .count(30000, atLeast: false)).direction(of: .count(30000, atLeast: true), language: "nl") == .same)
        #expect(FigureReference(label: "NL", value: .count(450, atLeast: false)).direction(of: .range(400, 500), language: "nl") == .same)
        #expect(FigureReference(label: "NL", value: .count(350, atLeast: false)).direction(of: .range(400, 500), language: "nl") == .higher)
    }
}
