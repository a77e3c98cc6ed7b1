import CPangoCairo
import Foundation
import Testing

/// Rendered pixels against a reference PNG, with fonts pinned by a fontconfig file that sees only
/// Inter. The binary runs in its own process so the pinning cannot leak into other tests.
/// Regenerate with `UPDATE_REFERENCES=1 make test`; on failure, actual, expected and diff PNGs are
/// written to Tests/PraatplaatRenderTests/failures/ (git-ignored).
@Suite(.serialized)
struct PixelTests {
    static let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static func reference(_ name: String) -> URL { here.appendingPathComponent("References/\(name).png") }
    static let failures = here.appendingPathComponent("failures")
    /// A channel may differ by this much (antialiasing), and this share of pixels may differ at all.
    static let channelTolerance = 24
    static let pixelTolerance = 0.0003

    static var binary: URL { Paths.root.appendingPathComponent(".build/debug/praatplaat") }

    @Test(arguments: ["pixels", "pixels-charts", "pixels-map"])
    func sectionsLookAsBefore(_ name: String) throws {
        let reference = Self.reference(name)
        let out = try Paths.temporaryFolder()
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = ["render", Self.here.appendingPathComponent("References/\(name).yaml").path, "--out", out.path, "--format", "png", "--dpi", "60"]
        var environment = ProcessInfo.processInfo.environment
        environment["FONTCONFIG_FILE"] = Self.here.appendingPathComponent("fonts.conf").path
        process.environment = environment
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let actualURL = out.appendingPathComponent("\(name).png")
        if ProcessInfo.processInfo.environment["UPDATE_REFERENCES"] == "1" {
            _ = try? FileManager.default.removeItem(at: reference)
            try FileManager.default.copyItem(at: actualURL, to: reference)
            return
        }
        let actual = try #require(PNGImage(url: actualURL))
        let expected = try #require(PNGImage(url: reference), "no reference; run UPDATE_REFERENCES=1 make test")
        guard actual.width == expected.width, actual.height == expected.height else {
            try Self.keep(actualURL, reference, name)
            Issue.record("size \(actual.width)x\(actual.height), expected \(expected.width)x\(expected.height); see failures/")
            return
        }
        var differing: [(Int, Int)] = []
        for y in 0..<actual.height {
            for x in 0..<actual.width {
                let (a, b) = (actual.rgb(x, y), expected.rgb(x, y))
                if abs(a.0 - b.0) > Self.channelTolerance || abs(a.1 - b.1) > Self.channelTolerance || abs(a.2 - b.2) > Self.channelTolerance {
                    differing.append((x, y))
                }
            }
        }
        let share = Double(differing.count) / Double(actual.width * actual.height)
        if share > Self.pixelTolerance {
            try Self.keep(actualURL, reference, name)
            try Self.writeDiff(differing, width: actual.width, height: actual.height, to: Self.failures.appendingPathComponent("\(name).diff.png"))
        }
        #expect(share <= Self.pixelTolerance, "\(differing.count) pixels differ (\(share * 100)%); see Tests/PraatplaatRenderTests/failures/")
    }

    /// Copies the actual and expected images next to each other for a person to compare.
    static func keep(_ actual: URL, _ reference: URL, _ stem: String) throws {
        try FileManager.default.createDirectory(at: failures, withIntermediateDirectories: true)
        for (source, name) in [(actual, "\(stem).actual.png"), (reference, "\(stem).expected.png")] {
            _ = try? FileManager.default.removeItem(at: failures.appendingPathComponent(name))
            try FileManager.default.copyItem(at: source, to: failures.appendingPathComponent(name))
        }
    }

    /// Differing pixels in red on white.
    static func writeDiff(_ points: [(Int, Int)], width: Int, height: Int, to url: URL) throws {
        let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height))!
        defer { cairo_surface_destroy(surface) }
        let cr = cairo_create(surface)!
        defer { cairo_destroy(cr) }
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        cairo_set_source_rgb(cr, 0.9, 0, 0)
        for (x, y) in points { cairo_rectangle(cr, Double(x), Double(y), 1, 1) }
        cairo_fill(cr)
        cairo_surface_write_to_png(surface, url.path)
    }
}
