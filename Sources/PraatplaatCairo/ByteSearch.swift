import Foundation

/// Finding bytes in the files Cairo writes. Searching them as Swift Strings (or with
/// `Data.range(of:)`) took a third of the SVG's and the PDF's time; this is memchr for the
/// first byte and a compare for the rest.
enum ByteSearch {
    /// The offset of the first `needle` in `buffer` at or after `from`.
    static func first(_ needle: [UInt8], in buffer: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard let head = needle.first, let base = buffer.baseAddress else { return nil }
        var at = from
        while at + needle.count <= buffer.count {
            guard let hit = memchr(base + at, Int32(head), buffer.count - at - needle.count + 1) else { return nil }
            let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + offset, needle, needle.count) == 0 { return offset }
            at = offset + 1
        }
        return nil
    }

    static func first(_ needle: String, in bytes: [UInt8], from: Int) -> Int? {
        guard from >= 0 else { return nil }
        return bytes.withUnsafeBufferPointer { first(Array(needle.utf8), in: $0, from: from) }
    }
}
