import Foundation
import PropertyBased
import PraatplaatModel
import Testing

/// The loader trims without Foundation's bridge; it must trim what Foundation trims.
struct TrimmingTests {
    static let pieces = ["a", "kinderwerk", " ", "\t", "\n", "\r\n", "\u{00A0}", "\u{2009}", "\u{3000}", "\u{0085}", "\u{2028}", "é", "e\u{301}", "🙂", "{{x}}"]
    static let picks = Gen.int(in: 0...(pieces.count - 1)).array(of: 0...12)

    @Test func trimsWhatFoundationTrims() async {
        await propertyCheck(count: 500, input: Self.picks) { picks in
            let text = picks.map { Self.pieces[$0] }.joined()
            #expect(text.trimmingSpaces == text.trimmingCharacters(in: .whitespaces), "\(Array(text.unicodeScalars))")
            #expect(text.trimmingWhitespace == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(Array(text.unicodeScalars))")
        }
    }
}
