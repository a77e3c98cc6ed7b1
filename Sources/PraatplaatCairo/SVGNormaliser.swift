import Foundation

/// Rewrites Cairo's process-wide `surfaceN` ids to numbers in order of first use within the file,
/// so the same page gives the same bytes whatever was drawn before it in the process.
enum SVGNormaliser {
    static func stableSurfaceIDs(_ data: Data) -> Data {
        let bytes = [UInt8](data)
        let needle = Array("surface".utf8)
        var mapping: [ArraySlice<UInt8>: Int] = [:]
        var out = [UInt8]()
        out.reserveCapacity(bytes.count + 64)
        var copied = 0
        bytes.withUnsafeBufferPointer { buffer in
            var from = 0
            while let hit = ByteSearch.first(needle, in: buffer, from: from) {
                let digitsStart = hit + needle.count
                var digitsEnd = digitsStart
                while digitsEnd < buffer.count, (0x30...0x39).contains(buffer[digitsEnd]) { digitsEnd += 1 }
                from = digitsEnd
                guard digitsEnd > digitsStart else { continue }
                let digits = bytes[digitsStart..<digitsEnd]
                let number = mapping[digits] ?? {
                    let next = mapping.count + 1
                    mapping[digits] = next
                    return next
                }()
                out.append(contentsOf: buffer[copied..<digitsStart])
                out.append(contentsOf: String(number).utf8)
                copied = digitsEnd
            }
        }
        out.append(contentsOf: bytes[copied...])
        return Data(out)
    }
}
