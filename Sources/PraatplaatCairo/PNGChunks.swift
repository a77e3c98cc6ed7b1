import CDeflate
import Foundation

/// PNG chunks: length, type, body and the CRC-32 of type and body. Both PNG writers use these:
/// ours, and Cairo's (for very large images), whose files lack a `pHYs` chunk.
enum PNGChunks {
    /// One chunk. The body may come in two parts, so the compressed image is not copied to be
    /// joined to anything.
    static func append(_ type: String, _ head: [UInt8], _ rest: UnsafeRawBufferPointer = UnsafeRawBufferPointer(start: nil, count: 0), to png: inout Data) {
        let typeBytes = Array(type.utf8)
        png.append(contentsOf: bigEndian(UInt32(head.count + rest.count)))
        png.append(contentsOf: typeBytes)
        png.append(contentsOf: head)
        png.append(contentsOf: rest)
        var crc = typeBytes.withUnsafeBytes { libdeflate_crc32(0, $0.baseAddress, $0.count) }
        crc = head.withUnsafeBytes { libdeflate_crc32(crc, $0.baseAddress, $0.count) }
        if rest.count > 0 { crc = libdeflate_crc32(crc, rest.baseAddress, rest.count) }
        png.append(contentsOf: bigEndian(UInt32(crc)))
    }

    /// The body of a `pHYs` chunk for `dpi`: pixels per metre (one inch is 0.0254 m), so print and
    /// layout programs place the image at the size it was rendered for, not at 72 or 96 dpi.
    static func resolution(dpi: Double) -> [UInt8] {
        let perMetre = UInt32((dpi / 0.0254).rounded())
        return bigEndian(perMetre) + bigEndian(perMetre) + [1]
    }

    /// A PNG with a `pHYs` chunk for `dpi` added right after the header chunk (IHDR is always
    /// first and 13 bytes long, so it ends at byte 33).
    static func withResolution(_ png: Data, dpi: Double) -> Data {
        let headerEnd = 8 + 4 + 4 + 13 + 4
        guard png.count > headerEnd, png[png.startIndex + 12 ..< png.startIndex + 16].elementsEqual("IHDR".utf8) else { return png }
        var out = Data(png.prefix(headerEnd))
        append("pHYs", resolution(dpi: dpi), to: &out)
        out.append(png.dropFirst(headerEnd))
        return out
    }

    static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }
}
