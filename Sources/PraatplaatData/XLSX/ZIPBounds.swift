import Foundation

/// Checks that every entry of a ZIP archive lies inside the file before ZIPFoundation reads it:
/// ZIPFoundation 0.9.20 reads a compressed entry until it has its stated size and loops forever
/// when the file ends first (found by fuzzing). The central directory at the end names each
/// entry's local header and compressed size; both must fit in the file.
enum ZIPBounds {
    /// Nil when the archive's entries all fit, else why not.
    static func problem(in data: Data) -> String? {
        let bytes = [UInt8](data)
        let n = bytes.count
        func u16(_ i: Int) -> Int { Int(bytes[i]) | Int(bytes[i + 1]) << 8 }
        func u32(_ i: Int) -> Int { u16(i) | u16(i + 2) << 16 }
        // The end-of-directory record: 22 bytes and a comment of up to 64 KB, at the very end.
        guard n >= 22 else { return "it is too short to be a ZIP archive" }
        var end: Int?
        var i = n - 22
        while i >= max(0, n - 22 - 65_535) {
            if bytes[i] == 0x50, bytes[i + 1] == 0x4B, bytes[i + 2] == 0x05, bytes[i + 3] == 0x06 { end = i; break }
            i -= 1
        }
        guard let end else { return "its ZIP directory is missing" }
        let count = u16(end + 10), directory = u32(end + 16)
        if directory == 0xFFFF_FFFF || count == 0xFFFF { return "it is a ZIP64 archive, larger than a workbook of values" }
        var p = directory
        for _ in 0..<count {
            guard p + 46 <= n, u32(p) == 0x0201_4B50 else { return "its ZIP directory is damaged" }
            let compressed = u32(p + 20)
            let nameLength = u16(p + 28), extraLength = u16(p + 30), commentLength = u16(p + 32)
            let local = u32(p + 42)
            guard local + 30 <= n, u32(local) == 0x0403_4B50 else { return "an entry's header lies outside the file" }
            let start = local + 30 + u16(local + 26) + u16(local + 28)
            guard start + compressed <= n else { return "an entry runs past the end of the file" }
            p += 46 + nameLength + extraLength + commentLength
        }
        return nil
    }
}
