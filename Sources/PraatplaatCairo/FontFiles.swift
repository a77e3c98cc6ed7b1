import CPangoCairo
import Foundation

/// A font file fontconfig resolves for a family, weight and style: the file Pango draws the
/// print with, so a web page can load the same one with `@font-face`.
public struct FontFace: Hashable, Sendable {
    public let family: String
    /// CSS weight, 100...900.
    public let weight: Int
    public let italic: Bool
    public let file: URL
}

public enum FontFiles {
    /// The file for `family` at `weight` (CSS scale) and style, or nil when fontconfig would
    /// substitute: another family, another weight or style (a browser then synthesises it from
    /// the faces it has), or a face inside a collection a browser cannot address.
    public static func face(family: String, weight: Int, italic: Bool) -> FontFace? {
        guard let pattern = FcPatternCreate() else { return nil }
        defer { FcPatternDestroy(pattern) }
        _ = family.withCString { name in
            name.withMemoryRebound(to: FcChar8.self, capacity: family.utf8.count + 1) { FcPatternAddString(pattern, FC_FAMILY, $0) }
        }
        FcPatternAddInteger(pattern, FC_WEIGHT, FcWeightFromOpenType(Int32(weight)))
        FcPatternAddInteger(pattern, FC_SLANT, italic ? FC_SLANT_ITALIC : FC_SLANT_ROMAN)
        FcConfigSubstitute(nil, pattern, FcMatchPattern)
        FcDefaultSubstitute(pattern)
        var result = FcResultNoMatch
        guard let match = FcFontMatch(nil, pattern, &result), result == FcResultMatch else { return nil }
        defer { FcPatternDestroy(match) }

        var families: [String] = []
        var index: Int32 = 0
        var value: UnsafeMutablePointer<FcChar8>?
        while FcPatternGetString(match, FC_FAMILY, index, &value) == FcResultMatch, let value {
            families.append(String(cString: value))
            index += 1
        }
        guard families.contains(where: { $0.caseInsensitiveCompare(family) == .orderedSame }) else { return nil }
        var fcWeight: Int32 = 0, slant: Int32 = 0, faceIndex: Int32 = 0
        guard FcPatternGetInteger(match, FC_WEIGHT, 0, &fcWeight) == FcResultMatch,
              FcPatternGetInteger(match, FC_SLANT, 0, &slant) == FcResultMatch else { return nil }
        _ = FcPatternGetInteger(match, FC_INDEX, 0, &faceIndex)
        let cssWeight = Int(FcWeightToOpenType(fcWeight))
        guard cssWeight == weight, (slant != FC_SLANT_ROMAN) == italic, faceIndex == 0,
              FcPatternGetString(match, FC_FILE, 0, &value) == FcResultMatch, let value else { return nil }
        return FontFace(family: family, weight: weight, italic: italic, file: URL(fileURLWithPath: String(cString: value)))
    }
}
