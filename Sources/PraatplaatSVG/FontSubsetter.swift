import CHarfBuzzSubset
import Foundation
import PraatplaatScene

/// Cuts a font file down to the characters a page uses (harfbuzz's hb-subset keeps what those
/// characters need besides: ligatures, kerning, alternates). Faces are opened once; subsets are
/// kept for the next page that uses the same characters. For one thread, like its writer.
final class FontSubsetter {
    private var faces: [FontFileRef: OpaquePointer] = [:]
    private var subsets: [SubsetKey: Data] = [:]
    /// Subsets kept before all are let go (a batch's rows share most of theirs).
    static let limit = 256

    private struct SubsetKey: Hashable {
        var font: FontFileRef
        var scalars: [UInt32]
    }

    deinit { faces.values.forEach { hb_face_destroy($0) } }

    /// An OpenType font holding `scalars` of `font`, or nil when the file cannot be read or cut.
    func subset(_ font: FontFileRef, scalars: Set<UInt32>) -> Data? {
        let key = SubsetKey(font: font, scalars: scalars.sorted())
        if let known = subsets[key] { return known }
        guard let face = face(font) else { return nil }
        guard let input = hb_subset_input_create_or_fail() else { return nil }
        defer { hb_subset_input_destroy(input) }
        let unicodes = hb_subset_input_unicode_set(input)
        for scalar in key.scalars { hb_set_add(unicodes, scalar) }
        // No hinting: the PDF and PNG are drawn unhinted, and a browser should draw the same shapes.
        hb_subset_input_set_flags(input, UInt32(HB_SUBSET_FLAGS_NO_HINTING.rawValue))
        guard let cut = hb_subset_or_fail(face, input) else { return nil }
        defer { hb_face_destroy(cut) }
        let blob = hb_face_reference_blob(cut)
        defer { hb_blob_destroy(blob) }
        var length: UInt32 = 0
        guard let bytes = hb_blob_get_data(blob, &length), length > 0 else { return nil }
        let data = Data(bytes: bytes, count: Int(length))
        if subsets.count >= Self.limit { subsets.removeAll(keepingCapacity: true) }
        subsets[key] = data
        return data
    }

    private func face(_ font: FontFileRef) -> OpaquePointer? {
        if let known = faces[font] { return known }
        guard !font.path.isEmpty, let blob = hb_blob_create_from_file_or_fail(font.path) else { return nil }
        defer { hb_blob_destroy(blob) }
        let face = hb_face_create(blob, UInt32(font.index))
        guard let face, hb_face_get_glyph_count(face) > 0 else {
            if let face { hb_face_destroy(face) }
            return nil
        }
        faces[font] = face
        return face
    }

    /// The MIME type of a subset: CFF-flavoured fonts start with 'OTTO'.
    static func mimeType(_ data: Data) -> String {
        data.prefix(4) == Data("OTTO".utf8) ? "font/otf" : "font/ttf"
    }
}
