import Foundation

/// Adds what Cairo leaves out of its PNG files: a `pHYs` chunk, so print and layout programs
/// place the image at the size it was rendered for instead of guessing 72 or 96 dpi.
enum PNGChunks {
    /// The PNG with a `pHYs` chunk for `dpi` right after the header chunk (IHDR is always first
    /// and 13 bytes long, so it ends at byte 33).
    static func withResolution(_ png: Data, dpi: Double) -> Data {
        let headerEnd = 8 + 4 + 4 + 13 + 4
        guard png.count > headerEnd, png[png.startIndex + 12 ..< png.startIndex + 16].elementsEqual("IHDR".utf8) else { return png }
        // pHYs counts pixels per metre; one inch is 0.0254 m.
        let perMetre = UInt32((dpi / 0.0254).rounded())
        var body = Data("pHYs".utf8)
        body.append(contentsOf: bigEndian(perMetre) + bigEndian(perMetre) + [1])
        var chunk = Data(bigEndian(UInt32(body.count - 4)))
        chunk.append(body)
        chunk.append(contentsOf: bigEndian(crc32(body)))
        var out = Data(png.prefix(headerEnd))
        out.append(chunk)
        out.append(png.dropFirst(headerEnd))
        return out
    }

    static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    /// The CRC-32 of PNG chunks (ISO 3309, the same as zlib's).
    static func crc32(_ data: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return crc ^ 0xFFFF_FFFF
    }
}
