import CDeflate
import CPangoCairo
import Foundation

/// Writes an opaque Cairo image surface (RGB24) as a PNG file.
///
/// Cairo's own writer (`cairo_surface_write_to_png`) compresses through libpng at zlib's default
/// level and took some 105 of the 130 ms a 150-dpi A4 page cost (bench/results.json). Here
/// libdeflate compresses the whole image in one call at a low level: several times faster, a
/// smaller file, the same pixels (PNG is lossless), and the same bytes for the same pixels.
enum PNGWriter {
    /// libdeflate's level. On the flagship's pages level 2 was the fastest (faster than 1, whose
    /// match finder suits these long runs worse) and 15% smaller than Cairo's files; level 6 saves
    /// another 6% for 15-35% more time.
    static let level: Int32 = 2

    static func png(from surface: OpaquePointer, dpi: Double, wholeBufferLimit: Int = wholeBufferLimit) throws -> Data {
        cairo_surface_flush(surface)
        guard cairo_image_surface_get_format(surface) == CAIRO_FORMAT_RGB24, let pixels = cairo_image_surface_get_data(surface) else {
            throw RenderError.cairo("the PNG writer needs an RGB image surface")
        }
        let width = Int(cairo_image_surface_get_width(surface))
        let height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard height * (width * 3 + 1) <= wholeBufferLimit else { return try streamed(surface, dpi: dpi) }
        let filtered = filteredRows(pixels, width: width, height: height, stride: stride)
        defer { filtered.deallocate() }
        let idat = try compress(UnsafeRawBufferPointer(filtered))

        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        png.reserveCapacity(idat.count + 100)
        // Width, height, 8 bits a sample, colour type 2 (RGB), deflate, adaptive filters, no interlace.
        appendChunk("IHDR", bigEndian(UInt32(width)) + bigEndian(UInt32(height)) + [8, 2, 0, 0, 0], to: &png)
        // pHYs counts pixels per metre (one inch is 0.0254 m), so print and layout programs place
        // the image at the size it was rendered for instead of guessing 72 or 96 dpi.
        let perMetre = UInt32((dpi / 0.0254).rounded())
        appendChunk("pHYs", bigEndian(perMetre) + bigEndian(perMetre) + [1], to: &png)
        appendChunk("IDAT", idat, to: &png)
        appendChunk("IEND", [], to: &png)
        return png
    }

    /// libdeflate compresses whole buffers only, so a copy of the pixels and the compressed file
    /// are held at once. Beyond this (an A4 page at some 700 dpi, a poster at 300) Cairo's own
    /// writer, which streams rows through libpng, keeps memory down at the cost of time.
    static let wholeBufferLimit = 160 * 1024 * 1024

    static func streamed(_ surface: OpaquePointer, dpi: Double) throws -> Data {
        let sink = ByteSink()
        let status = cairo_surface_write_to_png_stream(surface, ByteSink.write, sink.pointer)
        guard status == CAIRO_STATUS_SUCCESS else { throw RenderError.cairo(String(cString: cairo_status_to_string(status))) }
        return PNGChunks.withResolution(sink.data, dpi: dpi)
    }

    /// Each row as a filter byte (0, None) and the R, G, B bytes of its pixels. Cairo keeps a
    /// pixel as a native-endian 32-bit 0xXXRRGGBB. PNG's other filters (Sub, Up, and libpng's
    /// per-row choice) made these pages 10-25% larger and slower: flat colours and white already
    /// repeat byte for byte, which is what DEFLATE finds.
    private static func filteredRows(_ pixels: UnsafeMutablePointer<UInt8>, width: Int, height: Int, stride: Int) -> UnsafeMutableBufferPointer<UInt8> {
        let rowBytes = width * 3 + 1
        let out = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: height * rowBytes)
        let base = out.baseAddress!
        for y in 0..<height {
            let source = UnsafeRawPointer(pixels + y * stride)
            let row = base + y * rowBytes
            row[0] = 0
            for x in 0..<width {
                let pixel = source.loadUnaligned(fromByteOffset: x * 4, as: UInt32.self)
                row[1 + x * 3] = UInt8(truncatingIfNeeded: pixel >> 16)
                row[2 + x * 3] = UInt8(truncatingIfNeeded: pixel >> 8)
                row[3 + x * 3] = UInt8(truncatingIfNeeded: pixel)
            }
        }
        return out
    }

    /// The filtered rows as one zlib stream (what PNG's IDAT chunks carry).
    private static func compress(_ input: UnsafeRawBufferPointer) throws -> [UInt8] {
        guard let compressor = libdeflate_alloc_compressor(level) else { throw RenderError.cairo("out of memory compressing a PNG") }
        defer { libdeflate_free_compressor(compressor) }
        let bound = libdeflate_zlib_compress_bound(compressor, input.count)
        let output = [UInt8](unsafeUninitializedCapacity: bound) { out, count in
            count = libdeflate_zlib_compress(compressor, input.baseAddress, input.count, out.baseAddress, bound)
        }
        guard !output.isEmpty else { throw RenderError.cairo("could not compress a PNG") }
        return output
    }

    /// Length, type, body and the CRC-32 of type and body.
    private static func appendChunk(_ type: String, _ body: [UInt8], to png: inout Data) {
        let typeBytes = Array(type.utf8)
        png.append(contentsOf: bigEndian(UInt32(body.count)))
        png.append(contentsOf: typeBytes)
        png.append(contentsOf: body)
        var crc = typeBytes.withUnsafeBytes { libdeflate_crc32(0, $0.baseAddress, $0.count) }
        crc = body.withUnsafeBytes { libdeflate_crc32(crc, $0.baseAddress, $0.count) }
        png.append(contentsOf: bigEndian(UInt32(crc)))
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }
}
