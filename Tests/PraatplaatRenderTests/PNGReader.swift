import CPangoCairo
import Foundation

/// Reads a PNG back with Cairo, to look at its pixels.
struct PNGImage {
    let width: Int
    let height: Int
    private let pixels: [UInt32]

    init?(url: URL) {
        guard let surface = cairo_image_surface_create_from_png(url.path) else { return nil }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else { return nil }
        cairo_surface_flush(surface)
        let width = Int(cairo_image_surface_get_width(surface))
        let height = Int(cairo_image_surface_get_height(surface))
        self.width = width
        self.height = height
        let stride = Int(cairo_image_surface_get_stride(surface))
        let data = cairo_image_surface_get_data(surface)!
        var pixels = [UInt32](repeating: 0, count: width * height)
        data.withMemoryRebound(to: UInt8.self, capacity: stride * height) { bytes in
            for y in 0..<height {
                let row = UnsafeRawPointer(bytes + y * stride).assumingMemoryBound(to: UInt32.self)
                for x in 0..<width { pixels[y * width + x] = row[x] }
            }
        }
        self.pixels = pixels
    }

    /// Red, green and blue of a pixel, 0 to 255.
    func rgb(_ x: Int, _ y: Int) -> (Int, Int, Int) {
        let p = pixels[y * width + x]
        return (Int((p >> 16) & 0xFF), Int((p >> 8) & 0xFF), Int(p & 0xFF))
    }

    /// How many pixels in the rectangle are darker than `threshold` in every channel (ink).
    func darkPixels(x: Int, y: Int, width w: Int, height h: Int, threshold: Int = 128) -> Int {
        var count = 0
        for yy in max(0, y)..<min(height, y + h) {
            for xx in max(0, x)..<min(width, x + w) {
                let (r, g, b) = rgb(xx, yy)
                if r < threshold, g < threshold, b < threshold { count += 1 }
            }
        }
        return count
    }

    /// How many pixels differ from `other`'s (same size), and where the first one is; nil when none.
    func differences(from other: PNGImage) -> (count: Int, x: Int, y: Int)? {
        guard width == other.width, height == other.height else { return (width * height, 0, 0) }
        var count = 0, first = -1
        for i in pixels.indices where pixels[i] != other.pixels[i] {
            count += 1
            if first < 0 { first = i }
        }
        return count == 0 ? nil : (count, first % width, first / width)
    }
}
