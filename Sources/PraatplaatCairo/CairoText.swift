/// Text as Cairo accepts it. Cairo calls a string holding a Unicode noncharacter (U+FDD0 to
/// U+FDEF, or U+xFFFE and U+xFFFF in any plane) "not valid UTF-8" (its UNICODE_VALID), though it
/// is: a PDF whose text, title, heading, link or alt text held one failed whole, because Pango
/// hands Cairo the text with the glyphs and Cairo checks it (found by the text path's fuzz
/// target; Tests/Fixtures/text-path/findings/noncharacter.yaml). A NUL ended the text Pango was
/// given, so the rest of its line vanished from every format. Both become U+FFFD, the
/// replacement character, before Pango or Cairo see them: measured and drawn alike.
enum CairoText {
    static func isRefused(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0 || (0xFDD0...0xFDEF).contains(scalar.value) || scalar.value & 0xFFFE == 0xFFFE
    }

    static func safe(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isRefused) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { out.append(isRefused(scalar) ? "\u{FFFD}" : scalar) }
        return String(out)
    }
}
