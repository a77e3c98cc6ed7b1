import CDeflate
import CPangoCairo
import Foundation

/// Writes an opaque Cairo image surface (RGB24) as a PNG file.
///
/// Cairo's own writer (`cairo_surface_write_to_png`) compresses through libpng at zlib's default
/// level, most of a page's time. Here libdeflate compresses the whole image in one call at a low
/// level: several times faster, a smaller file, the same pixels (PNG is lossless), and the same
/// bytes for the same pixels.
///
/// A writer belongs to one renderer and keeps its buffers (the surface's pixels, the rows, the
/// compressed bytes) for the next page: fresh multi-megabyte buffers for every page cost page
/// faults, a fifth of a batch's time. Like the renderer, it is for one thread.
final class PNGWriter {
    /// libdeflate's level: on pages like ours 2 is as fast as 1 (whose match finder suits long
    /// runs of one colour worse) and smaller; higher levels save a few per cent for much more time.
    static let level: Int32 = 2

    private var pixels = Scratch(), rows = Scratch(), compressed = Scratch()
    private var compressor: OpaquePointer?

    /// Buffers above this size are given back after each page (a 150-dpi A4 page needs 9 MB
    /// of pixels; a 600-dpi one 140 MB, which a batch should not hold on to per worker).
    static let keepLimit = 40 * 1024 * 1024

    init() {}

    /// Gives back buffers too large to keep. Call once the surface is destroyed.
    func trim() {
        pixels.shrink(above: Self.keepLimit)
        rows.shrink(above: Self.keepLimit)
        compressed.shrink(above: Self.keepLimit)
    }

    deinit {
        if let compressor { libdeflate_free_compressor(compressor) }
    }

    /// An opaque RGB image surface, drawing into this writer's pixel buffer when the image is
    /// not so large that the buffer should not be kept. Destroy it before the next call.
    func surface(width: Int, height: Int) -> OpaquePointer {
        let stride = Int(cairo_format_stride_for_width(CAIRO_FORMAT_RGB24, Int32(width)))
        guard stride > 0, stride * height <= Self.wholeBufferLimit, let memory = pixels.reserve(stride * height) else {
            return cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height))
        }
        return cairo_image_surface_create_for_data(memory.assumingMemoryBound(to: UInt8.self), CAIRO_FORMAT_RGB24, Int32(width), Int32(height), Int32(stride))
    }

    func png(from surface: OpaquePointer, dpi: Double, wholeBufferLimit: Int = PNGWriter.wholeBufferLimit) throws -> Data {
        cairo_surface_flush(surface)
        guard cairo_image_surface_get_format(surface) == CAIRO_FORMAT_RGB24, let source = cairo_image_surface_get_data(surface) else {
            throw RenderError.cairo("the PNG writer needs an RGB image surface")
        }
        let width = Int(cairo_image_surface_get_width(surface))
        let height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        let rowBytes = width * 3 + 1
        guard height * rowBytes <= wholeBufferLimit, let rowMemory = rows.reserve(height * rowBytes) else {
            return try Self.streamed(surface, dpi: dpi)
        }
        let filtered = UnsafeMutableBufferPointer(start: rowMemory.assumingMemoryBound(to: UInt8.self), count: height * rowBytes)
        Self.fillRows(filtered, from: source, width: width, height: height, stride: stride)
        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        // Width, height, 8 bits a sample, colour type 2 (RGB), deflate, adaptive filters, no interlace.
        PNGChunks.append("IHDR", PNGChunks.bigEndian(UInt32(width)) + PNGChunks.bigEndian(UInt32(height)) + [8, 2, 0, 0, 0], to: &png)
        PNGChunks.append("pHYs", PNGChunks.resolution(dpi: dpi), to: &png)
        if rowBytes <= RowDeflate.maxDistance {
            // Our own row-wise deflate: a fraction of libdeflate's time on pages of paper and flat colour.
            guard let out = compressed.reserve(RowDeflate.bound(filtered.count)) else { throw RenderError.cairo("out of memory compressing a PNG") }
            let written = RowDeflate.zlib(UnsafeRawBufferPointer(filtered), rowBytes: rowBytes, into: out.assumingMemoryBound(to: UInt8.self))
            PNGChunks.append("IDAT", [], UnsafeRawBufferPointer(start: out, count: written), to: &png)
        } else {
            PNGChunks.append("IDAT", [], try compress(UnsafeRawBufferPointer(filtered)), to: &png)
        }
        PNGChunks.append("IEND", [], to: &png)
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
    private static func fillRows(_ out: UnsafeMutableBufferPointer<UInt8>, from pixels: UnsafeMutablePointer<UInt8>, width: Int, height: Int, stride: Int) {
        let rowBytes = width * 3 + 1
        let base = out.baseAddress!
        for y in 0..<height {
            let source = UnsafeRawPointer(pixels + y * stride)
            let row = base + y * rowBytes
            // Paper, gaps and flat boxes repeat the row above: comparing costs a tenth of converting.
            if y > 0, memcmp(source, source - stride, width * 4) == 0 {
                memcpy(row, row - rowBytes, rowBytes)
                continue
            }
            row[0] = 0
            // Four pixels (xRGB words) become twelve bytes, stored as three words.
            let out = UnsafeMutableRawPointer(row + 1)
            var x = 0
            while x + 4 <= width {
                let a = source.loadUnaligned(fromByteOffset: x * 4, as: UInt32.self)
                let b = source.loadUnaligned(fromByteOffset: x * 4 + 4, as: UInt32.self)
                let c = source.loadUnaligned(fromByteOffset: x * 4 + 8, as: UInt32.self)
                let d = source.loadUnaligned(fromByteOffset: x * 4 + 12, as: UInt32.self)
                @inline(__always) func r(_ p: UInt32) -> UInt32 { (p >> 16) & 0xFF }
                @inline(__always) func g(_ p: UInt32) -> UInt32 { (p >> 8) & 0xFF }
                @inline(__always) func bl(_ p: UInt32) -> UInt32 { p & 0xFF }
                let w0 = r(a) | g(a) << 8 | bl(a) << 16 | r(b) << 24
                let w1 = g(b) | bl(b) << 8 | r(c) << 16 | g(c) << 24
                let w2 = bl(c) | r(d) << 8 | g(d) << 16 | bl(d) << 24
                out.storeBytes(of: w0.littleEndian, toByteOffset: x * 3, as: UInt32.self)
                out.storeBytes(of: w1.littleEndian, toByteOffset: x * 3 + 4, as: UInt32.self)
                out.storeBytes(of: w2.littleEndian, toByteOffset: x * 3 + 8, as: UInt32.self)
                x += 4
            }
            while x < width {
                let pixel = source.loadUnaligned(fromByteOffset: x * 4, as: UInt32.self)
                row[1 + x * 3] = UInt8(truncatingIfNeeded: pixel >> 16)
                row[2 + x * 3] = UInt8(truncatingIfNeeded: pixel >> 8)
                row[3 + x * 3] = UInt8(truncatingIfNeeded: pixel)
                x += 1
            }
        }
    }

    /// The filtered rows as one zlib stream (what PNG's IDAT chunks carry), in this writer's
    /// buffer: valid until the next call.
    private func compress(_ input: UnsafeRawBufferPointer) throws -> UnsafeRawBufferPointer {
        if compressor == nil { compressor = libdeflate_alloc_compressor(Self.level) }
        guard let compressor else { throw RenderError.cairo("out of memory compressing a PNG") }
        let bound = libdeflate_zlib_compress_bound(compressor, input.count)
        guard let out = compressed.reserve(bound) else { throw RenderError.cairo("out of memory compressing a PNG") }
        let written = libdeflate_zlib_compress(compressor, input.baseAddress, input.count, out, bound)
        guard written > 0 else { throw RenderError.cairo("could not compress a PNG") }
        return UnsafeRawBufferPointer(start: out, count: written)
    }
}

/// A buffer kept from one page to the next: it grows when a page needs more, and the writer
/// gives back one that grew too large.
private struct Scratch: ~Copyable {
    private var memory: UnsafeMutableRawPointer?
    private var capacity = 0

    /// At least `count` bytes, or nil when they cannot be had.
    mutating func reserve(_ count: Int) -> UnsafeMutableRawPointer? {
        if count <= capacity { return memory }
        free(memory)
        memory = malloc(count)
        capacity = memory == nil ? 0 : count
        return memory
    }

    mutating func shrink(above limit: Int) {
        guard capacity > limit else { return }
        free(memory)
        memory = nil
        capacity = 0
    }

    deinit { free(memory) }
}
