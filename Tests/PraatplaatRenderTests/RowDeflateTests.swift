import Foundation
@testable import PraatplaatCairo
import Testing

/// The PNG writer's deflate, read back by zlib (Python's, an independent decoder): every kind of
/// input comes back byte for byte, including what a page never has (noise, one long run, rows
/// wider than deflate's window).
struct RowDeflateTests {
    static func roundTrip(_ data: [UInt8], rowBytes: Int) throws -> Bool {
        let out = UnsafeMutablePointer<UInt8>.allocate(capacity: RowDeflate.bound(data.count))
        defer { out.deallocate() }
        let written = data.withUnsafeBytes { RowDeflate.zlib($0, rowBytes: rowBytes, into: out) }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("praatplaat-deflate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let stream = folder.appendingPathComponent("stream.z"), original = folder.appendingPathComponent("original.bin")
        try Data(bytes: out, count: written).write(to: stream)
        try Data(data).write(to: original)
        let script = "import zlib,sys; a=zlib.decompress(open(sys.argv[1],'rb').read()); b=open(sys.argv[2],'rb').read(); print('same' if a==b else 'differ')"
        return try Tool.run("python3", ["-c", script, stream.path, original.path]).hasPrefix("same")
    }

    @Test(arguments: [
        ("empty", 0, 4), ("one byte", 1, 4), ("white rows", 40_000, 4_000), ("noise", 50_000, 301),
        ("run", 300_000, 7), ("stripes", 90_000, 900), ("wide rows", 200_000, 40_000),
    ])
    func comesBackExactly(_ name: String, _ count: Int, _ rowBytes: Int) throws {
        var generator = SystemRandomNumberGenerator()
        var data = [UInt8](repeating: 0, count: count)
        for i in data.indices {
            switch name {
            case "white rows": data[i] = i % rowBytes == 0 ? 0 : 0xFF
            case "noise": data[i] = UInt8.random(in: 0...255, using: &generator)
            case "run": data[i] = 0x42
            case "stripes": data[i] = UInt8((i / 3) % 7 * 30 + (i % rowBytes < 9 ? 1 : 0))
            case "wide rows": data[i] = UInt8(truncatingIfNeeded: (i % rowBytes) / 5 + (i / rowBytes))
            default: data[i] = UInt8(truncatingIfNeeded: i)
            }
        }
        #expect(try Self.roundTrip(data, rowBytes: rowBytes), "\(name) did not come back")
    }
}
