import CDeflate

/// A zlib stream of PNG image rows, made for pages like ours: mostly paper, flat colour and
/// anti-aliased edges. Matches are looked for in two places only, the byte a row above (dist =
/// one row) and the pixel before (dist = 3), greedily; literals and matches are then coded with
/// Huffman codes fitted to each block. A general deflate spends most of its time finding matches
/// in runs of white; here a run costs a comparison of memory. Deterministic: the same rows give
/// the same bytes on every machine. Lossless like any deflate: the rows come back exactly.
struct RowDeflate {
    /// Where the stream goes; `size` bytes written so far.
    private let out: UnsafeMutablePointer<UInt8>
    private var size = 0
    private var bitBuffer: UInt64 = 0
    private var bitCount = 0

    static let maxDistance = 32_768

    /// The most a stream of `count` bytes can take: literals of up to 15 bits, block headers.
    static func bound(_ count: Int) -> Int { count * 2 + 4096 }

    /// Writes the zlib stream of `input`, rows of `rowBytes` bytes (with their filter byte), to
    /// `output`, which holds `bound(input.count)` bytes; returns how many it wrote.
    static func zlib(_ input: UnsafeRawBufferPointer, rowBytes: Int, into output: UnsafeMutablePointer<UInt8>) -> Int {
        var encoder = RowDeflate(out: output)
        encoder.byte(0x78)
        encoder.byte(0x01)
        encoder.deflate(input, rowBytes: rowBytes)
        let adler = UInt32(truncatingIfNeeded: libdeflate_adler32(1, input.baseAddress, input.count))
        for shift in [24, 16, 8, 0] { encoder.byte(UInt8((adler >> UInt32(shift)) & 0xFF)) }
        return encoder.size
    }

    private init(out: UnsafeMutablePointer<UInt8>) { self.out = out }

    // MARK: Bits

    private mutating func byte(_ value: UInt8) {
        out[size] = value
        size += 1
    }

    /// Appends `count` bits of `value`, first bit first (at most 32 at a time).
    @inline(__always)
    private mutating func put(_ value: UInt32, _ count: Int) {
        bitBuffer |= UInt64(value) << UInt64(bitCount)
        bitCount += count
        if bitCount >= 32 {
            UnsafeMutableRawPointer(out + size).storeBytes(of: UInt32(truncatingIfNeeded: bitBuffer).littleEndian, as: UInt32.self)
            size += 4
            bitBuffer >>= 32
            bitCount -= 32
        }
    }

    private mutating func align() {
        while bitCount > 0 {
            byte(UInt8(truncatingIfNeeded: bitBuffer))
            bitBuffer >>= 8
            bitCount = max(0, bitCount - 8)
        }
        bitBuffer = 0
        bitCount = 0
    }

    // MARK: Tokens

    /// A literal byte (< 256) or a match: bit 30 set, the distance code in bits 25...29, the
    /// distance in bits 9...24, the length in the low nine bits.
    private typealias Token = UInt32
    static let blockTokens = 1 << 13

    private mutating func deflate(_ input: UnsafeRawBufferPointer, rowBytes: Int) {
        let n = input.count
        guard let base = input.baseAddress?.assumingMemoryBound(to: UInt8.self), n > 0 else {
            // An empty stream: one fixed block holding only the end code.
            put(1, 1); put(1, 2); put(0, 7); align()
            return
        }
        let useRow = rowBytes <= Self.maxDistance
        var tokens: [Token] = []
        tokens.reserveCapacity(Self.blockTokens)
        // The last position each 4-byte pattern was seen at: finds what repeats elsewhere (the
        // edges of the same letter), looked up only where the two fixed places found no run.
        let recent = UnsafeMutablePointer<Int32>.allocate(capacity: 1 << Self.hashBits)
        recent.initialize(repeating: -1, count: 1 << Self.hashBits)
        defer { recent.deallocate() }
        let raw = UnsafeRawPointer(base)
        let rowCode = Self.distanceCode(min(rowBytes, Self.maxDistance))
        let leftCode = Self.distanceCode(max(1, min(rowBytes - 3, Self.maxDistance)))
        let rightCode = Self.distanceCode(max(1, min(rowBytes + 3, Self.maxDistance)))
        // The longest of the three candidates at `i` (and the pattern at `i` remembered).
        // `column` is `i`'s place in its row: patterns are remembered at pixel starts only, a third
        // of the lookups for nearly the same matches.
        func find(_ i: Int, _ column: Int) -> (length: Int, distance: Int) {
            var best = 0, distance = 0
            if useRow, i >= rowBytes {
                best = Self.matchLength(base, i, i - rowBytes, n)
                distance = rowBytes
            }
            if best < 258, i >= 3 {
                let run = Self.matchLength(base, i, i - 3, n)
                if run > best { best = run; distance = 3 }
            }
            // The pixel above left and above right: the edges of round and slanted strokes.
            if useRow, best < 8, i >= rowBytes + 3 {
                let left = Self.matchLength(base, i, i - rowBytes + 3, n)
                if left > best { best = left; distance = rowBytes - 3 }
                if rowBytes + 3 <= Self.maxDistance {
                    let right = Self.matchLength(base, i, i - rowBytes - 3, n)
                    if right > best { best = right; distance = rowBytes + 3 }
                }
            }
            if best < 16, i + 4 <= n, column % 3 == 1 {
                let h = Self.hash(raw.loadUnaligned(fromByteOffset: i, as: UInt32.self))
                let candidate = Int(recent[h])
                recent[h] = Int32(i)
                if candidate >= 0, i - candidate <= Self.maxDistance, i - candidate != distance {
                    let found = Self.matchLength(base, i, candidate, n)
                    if found > best { best = found; distance = i - candidate }
                }
            }
            return (best, distance)
        }
        var i = 0, column = 0
        var pending: (length: Int, distance: Int)?
        while i < n {
            var (best, distance) = pending ?? find(i, column)
            pending = nil
            // Lazy matching: a short match that a longer one one byte on would swallow is a literal.
            if best >= 3, best < 8, i + 1 < n {
                let next = find(i + 1, column + 1 == rowBytes ? 0 : column + 1)
                if next.length > best + 1 {
                    pending = next
                    best = 0
                }
            }
            if best >= 3 {
                let code = distance == 3 ? 2 : distance == rowBytes ? rowCode : distance == rowBytes - 3 ? leftCode
                    : distance == rowBytes + 3 ? rightCode : Self.distanceCode(distance)
                tokens.append(1 << 30 | UInt32(code) << 25 | UInt32(distance) << 9 | UInt32(best))
                i += best
                column += best
            } else {
                tokens.append(UInt32(base[i]))
                i += 1
                column += 1
            }
            // A match is at most 258 bytes, so one step back is enough; a row as short as a
            // match wraps more than once.
            while column >= rowBytes { column -= rowBytes }
            if tokens.count == Self.blockTokens {
                block(tokens, final: i >= n)
                tokens.removeAll(keepingCapacity: true)
            }
        }
        if !tokens.isEmpty || size == 2 { block(tokens, final: true) }
        align()
    }

    static let hashBits = 15

    @inline(__always)
    private static func hash(_ word: UInt32) -> Int {
        Int((word &* 2_654_435_761) >> UInt32(32 - hashBits))
    }

    /// How many bytes from `a` equal those from `b` (b < a), at most 258.
    @inline(__always)
    private static func matchLength(_ p: UnsafePointer<UInt8>, _ a: Int, _ b: Int, _ n: Int) -> Int {
        let limit = min(258, n - a)
        var k = 0
        let raw = UnsafeRawPointer(p)
        while k + 8 <= limit {
            let x = raw.loadUnaligned(fromByteOffset: a + k, as: UInt64.self) ^ raw.loadUnaligned(fromByteOffset: b + k, as: UInt64.self)
            if x != 0 { return k + x.trailingZeroBitCount / 8 }
            k += 8
        }
        while k < limit, p[a + k] == p[b + k] { k += 1 }
        return k
    }

    // MARK: Blocks

    private static let lengthBase: [Int] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    private static let lengthExtra: [Int] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    private static let distanceBase: [Int] = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
                                              4097, 6145, 8193, 12289, 16385, 24577]
    private static let distanceExtra: [Int] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
    /// For each match length 3...258: its length code (index into lengthBase) .
    private static let lengthCode: [Int] = {
        var table = [Int](repeating: 0, count: 259)
        var code = 0
        for length in 3...258 {
            while code + 1 < lengthBase.count, lengthBase[code + 1] <= length { code += 1 }
            table[length] = code
        }
        table[258] = 28
        return table
    }()

    /// The distance code of `distance` (1...32768): the last base not above it.
    @inline(__always)
    private static func distanceCode(_ distance: Int) -> Int {
        var lo = 0, hi = distanceBase.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if distanceBase[mid] <= distance { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    private mutating func block(_ tokens: [Token], final: Bool) {
        // Local copies: a static table read in the token loops costs a lazy-initialisation check each time.
        let lengthCode = Self.lengthCode, lengthBase = Self.lengthBase, lengthExtra = Self.lengthExtra
        let distanceBase = Self.distanceBase, distanceExtra = Self.distanceExtra
        var litFreq = [Int](repeating: 0, count: 286), distFreq = [Int](repeating: 0, count: 30)
        for t in tokens {
            if t < 256 { litFreq[Int(t)] += 1 } else {
                litFreq[257 + lengthCode[Int(t & 0x1FF)]] += 1
                distFreq[Int((t >> 25) & 0x1F)] += 1
            }
        }
        litFreq[256] = 1
        // Every code needs two symbols at least (a one-symbol code has no valid canonical form
        // in some decoders).
        if litFreq.filter({ $0 > 0 }).count < 2 { litFreq[0] += 1 }
        while distFreq.filter({ $0 > 0 }).count < 2 { distFreq[distFreq.firstIndex(of: 0)!] = 1 }

        let litLengths = Huffman.lengths(litFreq, limit: 15)
        let distLengths = Huffman.lengths(distFreq, limit: 15)
        let litCodes = Huffman.codes(litLengths), distCodesTable = Huffman.codes(distLengths)

        var hlit = 286
        while hlit > 257, litLengths[hlit - 1] == 0 { hlit -= 1 }
        var hdist = 30
        while hdist > 1, distLengths[hdist - 1] == 0 { hdist -= 1 }
        let all = Array(litLengths[0..<hlit]) + Array(distLengths[0..<hdist])
        // The code lengths, run-length coded with the code-length alphabet.
        var rle: [(symbol: Int, extra: Int, bits: Int)] = []
        var i = 0
        while i < all.count {
            let value = all[i]
            var run = 1
            while i + run < all.count, all[i + run] == value { run += 1 }
            if value == 0, run >= 3 {
                let take = min(run, 138)
                rle.append(take >= 11 ? (18, take - 11, 7) : (17, take - 3, 3))
                i += take
            } else if value != 0, run >= 4 {
                rle.append((value, 0, 0))
                let take = min(run - 1, 6)
                rle.append((16, take - 3, 2))
                i += 1 + take
            } else {
                rle.append((value, 0, 0))
                i += 1
            }
        }
        var clFreq = [Int](repeating: 0, count: 19)
        for r in rle { clFreq[r.symbol] += 1 }
        if clFreq.filter({ $0 > 0 }).count < 2 { clFreq[clFreq[0] == 0 ? 0 : 1] += 1 }
        let clLengths = Huffman.lengths(clFreq, limit: 7)
        let clCodes = Huffman.codes(clLengths)
        let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
        var hclen = 19
        while hclen > 4, clLengths[order[hclen - 1]] == 0 { hclen -= 1 }

        put(final ? 1 : 0, 1)
        put(2, 2)
        put(UInt32(hlit - 257), 5)
        put(UInt32(hdist - 1), 5)
        put(UInt32(hclen - 4), 4)
        for k in 0..<hclen { put(UInt32(clLengths[order[k]]), 3) }
        for r in rle {
            put(clCodes[r.symbol], clLengths[r.symbol])
            if r.bits > 0 { put(UInt32(r.extra), r.bits) }
        }
        for t in tokens {
            if t < 256 {
                put(litCodes[Int(t)], litLengths[Int(t)])
            } else {
                let length = Int(t & 0x1FF)
                let code = lengthCode[length], symbol = 257 + code
                put(litCodes[symbol], litLengths[symbol])
                let extra = lengthExtra[code]
                if extra > 0 { put(UInt32(length - lengthBase[code]), extra) }
                let distance = Int((t >> 9) & 0xFFFF), dcode = Int((t >> 25) & 0x1F)
                put(distCodesTable[dcode], distLengths[dcode])
                let dextra = distanceExtra[dcode]
                if dextra > 0 { put(UInt32(distance - distanceBase[dcode]), dextra) }
            }
        }
        put(litCodes[256], litLengths[256])
    }
}

/// Huffman code lengths limited to a maximum, and their canonical codes (bit-reversed, as
/// deflate writes codes from their first bit).
enum Huffman {
    static func lengths(_ frequencies: [Int], limit: Int) -> [Int] {
        var freq = frequencies
        while true {
            let lengths = unlimited(freq)
            if (lengths.max() ?? 0) <= limit { return lengths }
            // Flatten the distribution and try again: rare symbols get shorter trees.
            freq = freq.map { $0 == 0 ? 0 : max(1, $0 / 2) }
        }
    }

    /// Plain Huffman: merge the two lightest until one tree is left; depths are the lengths.
    /// Leaves sorted once by (weight, symbol); merged nodes come out in order of weight, so the
    /// two lightest are always at the front of one of two queues (linear after the sort).
    private static func unlimited(_ freq: [Int]) -> [Int] {
        var lengths = [Int](repeating: 0, count: freq.count)
        let leaves = freq.indices.filter { freq[$0] > 0 }.sorted { (freq[$0], $0) < (freq[$1], $1) }
        if leaves.count == 1 { lengths[leaves[0]] = 1; return lengths }
        if leaves.isEmpty { return lengths }
        let count = leaves.count
        var weight = leaves.map { freq[$0] }
        weight.reserveCapacity(2 * count)
        var parent = [Int](repeating: -1, count: 2 * count)
        var nextLeaf = 0, nextMerged = count
        func lightest() -> Int {
            // A leaf wins a tie, so the order never depends on anything but the weights.
            if nextLeaf < count, nextMerged >= weight.count || weight[nextLeaf] <= weight[nextMerged] {
                nextLeaf += 1
                return nextLeaf - 1
            }
            nextMerged += 1
            return nextMerged - 1
        }
        for _ in 0..<(count - 1) {
            let a = lightest(), b = lightest()
            parent[a] = weight.count
            parent[b] = weight.count
            weight.append(weight[a] + weight[b])
        }
        for (k, symbol) in leaves.enumerated() {
            var depth = 0, node = k
            while parent[node] >= 0 { node = parent[node]; depth += 1 }
            lengths[symbol] = depth
        }
        return lengths
    }

    /// Canonical codes for `lengths` (RFC 1951, 3.2.2), each bit-reversed.
    static func codes(_ lengths: [Int]) -> [UInt32] {
        let maxLength = lengths.max() ?? 0
        var count = [Int](repeating: 0, count: maxLength + 1)
        for l in lengths where l > 0 { count[l] += 1 }
        var next = [Int](repeating: 0, count: maxLength + 2)
        var code = 0
        if maxLength >= 1 {
            for bits in 1...maxLength {
                code = (code + count[bits - 1]) << 1
                next[bits] = code
            }
        }
        return lengths.map { l in
            guard l > 0 else { return 0 }
            let c = next[l]
            next[l] += 1
            var reversed: UInt32 = 0
            for k in 0..<l where c & (1 << k) != 0 { reversed |= 1 << UInt32(l - 1 - k) }
            return reversed
        }
    }
}
