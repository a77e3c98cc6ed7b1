import Foundation

/// A JSON reader for map files, into plain Swift values (`[String: Any]`, `[Any]`, `Double`,
/// `String`, `Bool`, `NSNull`), with two shapes for the lists a map file is made of: a list of
/// numbers is a `[Double]`, and a list of such lists all of one length (a ring's positions, an
/// arc) is `NumberRows`, kept flat. Foundation's JSONSerialization on Linux reads every number
/// through `Decimal` into an `NSNumber`, which made a wijk map of a few hundred regions cost
/// about 15 ms to read; a map file is mostly numbers, so they are read here directly. Nesting
/// is bounded before this runs (`GeoReader.checkDepth`).
enum MapJSON {
    struct Failure: Error {
        var message: String
        var offset: Int
    }

    /// Lists of `width` numbers each, one after the other in `values`: one allocation for a
    /// ring of positions instead of one for each position, and no boxed `Any` per number.
    struct NumberRows {
        var values: [Double]
        var width: Int
        var count: Int { values.count / width }
        func row(_ i: Int) -> ArraySlice<Double> { values[(i * width)..<((i + 1) * width)] }
        /// The rows as lists, for the few places that take any shape of list.
        var lists: [[Double]] { (0..<count).map { Array(row($0)) } }
    }

    /// A list of lists of numbers, in either shape the reader gives it.
    static func lists(_ value: Any?) -> [[Double]]? {
        if let rows = value as? NumberRows { return rows.lists }
        guard let list = value as? [Any] else { return nil }
        var out: [[Double]] = []
        for item in list {
            guard let numbers = item as? [Double] else { return nil }
            out.append(numbers)
        }
        return out
    }

    static func parse(_ data: Data) throws(Failure) -> Any {
        let result = data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Result<Any, Failure> in
            var reader = Reader(bytes: raw.bindMemory(to: UInt8.self))
            return Result { () throws(Failure) -> Any in
                reader.skipSpace()
                let value = try reader.value()
                reader.skipSpace()
                guard reader.at == reader.bytes.count else { throw Failure(message: "text after the end of the JSON value", offset: reader.at) }
                return value
            }
        }
        return try result.get()
    }

    /// "line 3, column 14" for a byte offset, for the message.
    static func place(of offset: Int, in data: Data) -> String {
        var line = 1, column = 1
        for byte in data.prefix(offset) {
            if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return "line \(line), column \(column)"
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var at = 0

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
            // A byte order mark before the text is allowed.
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { at = 3 }
        }

        mutating func skipSpace() {
            while at < bytes.count, bytes[at] == 0x20 || bytes[at] == 0x0A || bytes[at] == 0x0D || bytes[at] == 0x09 { at += 1 }
        }

        func fail(_ message: String) -> Failure { Failure(message: message, offset: at) }

        mutating func value() throws(Failure) -> Any {
            guard at < bytes.count else { throw fail("the text ends where a value should be") }
            switch bytes[at] {
            case 0x7B: return try object()
            case 0x5B: return try array()
            case 0x22: return try string()
            case 0x74: try word("true"); return true
            case 0x66: try word("false"); return false
            case 0x6E: try word("null"); return NSNull()
            case 0x2D, 0x30...0x39: return try number()
            default: throw fail("unexpected character")
            }
        }

        mutating func word(_ w: StaticString) throws(Failure) {
            let n = w.utf8CodeUnitCount
            guard at + n <= bytes.count else { throw fail("unexpected end of the text") }
            for i in 0..<n where bytes[at + i] != w.utf8Start[i] { throw fail("unexpected character") }
            at += n
        }

        mutating func object() throws(Failure) -> [String: Any] {
            at += 1
            var out: [String: Any] = [:]
            skipSpace()
            if at < bytes.count, bytes[at] == 0x7D { at += 1; return out }
            while true {
                skipSpace()
                guard at < bytes.count, bytes[at] == 0x22 else { throw fail("expected a name in quotes") }
                let key = try string()
                skipSpace()
                guard at < bytes.count, bytes[at] == 0x3A else { throw fail("expected ':' after a name") }
                at += 1
                skipSpace()
                out[key] = try value()
                skipSpace()
                guard at < bytes.count else { throw fail("the text ends inside an object") }
                if bytes[at] == 0x2C { at += 1; continue }
                if bytes[at] == 0x7D { at += 1; return out }
                throw fail("expected ',' or '}'")
            }
        }

        /// A list of numbers only (a position, an arc's deltas) is a `[Double]`: one value
        /// instead of one boxed `Any` per number, most of a map file's reading time. Other
        /// lists are `[Any]`.
        mutating func array() throws(Failure) -> Any {
            at += 1
            var out: [Any] = []
            skipSpace()
            guard at < bytes.count else { throw fail("the text ends inside a list") }
            if bytes[at] == 0x5D { at += 1; return out }
            if bytes[at] == 0x5B, let rows = rows() { return rows }
            if bytes[at] == 0x2D || (bytes[at] >= 0x30 && bytes[at] <= 0x39) {
                var numbers: [Double] = []
                while true {
                    numbers.append(try number())
                    skipSpace()
                    guard at < bytes.count else { throw fail("the text ends inside a list") }
                    if bytes[at] == 0x5D { at += 1; return numbers }
                    guard bytes[at] == 0x2C else { throw fail("expected ',' or ']'") }
                    at += 1
                    skipSpace()
                    guard at < bytes.count, bytes[at] == 0x2D || (bytes[at] >= 0x30 && bytes[at] <= 0x39) else { break }
                }
                // Not numbers only after all: go on as a list of anything.
                out = numbers.map { $0 as Any }
            }
            while true {
                skipSpace()
                out.append(try value())
                skipSpace()
                guard at < bytes.count else { throw fail("the text ends inside a list") }
                if bytes[at] == 0x2C { at += 1; continue }
                if bytes[at] == 0x5D { at += 1; return out }
                throw fail("expected ',' or ']'")
            }
        }

        /// A list of number lists all of one length, from its first inner `[` to past its `]`;
        /// nil (and back where it started) for any other list, which `array` then reads.
        mutating func rows() -> NumberRows? {
            let start = at
            func isNumber(_ i: Int) -> Bool { i < bytes.count && (bytes[i] == 0x2D || (bytes[i] >= 0x30 && bytes[i] <= 0x39)) }
            var values: [Double] = []
            var width = 0
            while true {
                guard at < bytes.count, bytes[at] == 0x5B else { break }
                at += 1
                skipSpace()
                var n = 0
                var closed = false
                while isNumber(at), let v = try? number() {
                    values.append(v)
                    n += 1
                    skipSpace()
                    guard at < bytes.count else { break }
                    if bytes[at] == 0x2C { at += 1; skipSpace(); continue }
                    if bytes[at] == 0x5D { at += 1; closed = true }
                    break
                }
                guard closed, n > 0, width == 0 || n == width else { break }
                width = n
                skipSpace()
                guard at < bytes.count else { break }
                if bytes[at] == 0x2C { at += 1; skipSpace(); continue }
                if bytes[at] == 0x5D { at += 1; return NumberRows(values: values, width: width) }
                break
            }
            at = start
            return nil
        }

        mutating func string() throws(Failure) -> String {
            at += 1
            let start = at
            // Most strings have no escapes: one copy.
            while at < bytes.count, bytes[at] != 0x22, bytes[at] != 0x5C {
                if bytes[at] < 0x20 { throw fail("a control character inside a string") }
                at += 1
            }
            guard at < bytes.count else { throw fail("the text ends inside a string") }
            if bytes[at] == 0x22 {
                defer { at += 1 }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<at]), as: UTF8.self)
            }
            var out = Array(bytes[start..<at])
            while true {
                guard at < bytes.count else { throw fail("the text ends inside a string") }
                let byte = bytes[at]
                if byte == 0x22 { at += 1; return String(decoding: out, as: UTF8.self) }
                if byte < 0x20 { throw fail("a control character inside a string") }
                guard byte == 0x5C else { out.append(byte); at += 1; continue }
                at += 1
                guard at < bytes.count else { throw fail("the text ends inside a string") }
                let escape = bytes[at]
                at += 1
                switch escape {
                case 0x22, 0x5C, 0x2F: out.append(escape)
                case 0x62: out.append(0x08)
                case 0x66: out.append(0x0C)
                case 0x6E: out.append(0x0A)
                case 0x72: out.append(0x0D)
                case 0x74: out.append(0x09)
                case 0x75:
                    var scalar = try hex4()
                    if (0xD800..<0xDC00).contains(scalar), at + 1 < bytes.count, bytes[at] == 0x5C, bytes[at + 1] == 0x75 {
                        at += 2
                        let low = try hex4()
                        scalar = (0xDC00..<0xE000).contains(low) ? 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00) : 0xFFFD
                    }
                    out.append(contentsOf: Array(String(Unicode.Scalar(scalar).map(Character.init) ?? "\u{FFFD}").utf8))
                default: throw fail("an unknown escape in a string")
                }
            }
        }

        mutating func hex4() throws(Failure) -> UInt32 {
            guard at + 4 <= bytes.count else { throw fail("the text ends inside a \\u escape") }
            var v: UInt32 = 0
            for _ in 0..<4 {
                let c = bytes[at]
                let d: UInt32
                switch c {
                case 0x30...0x39: d = UInt32(c - 0x30)
                case 0x41...0x46: d = UInt32(c - 0x41 + 10)
                case 0x61...0x66: d = UInt32(c - 0x61 + 10)
                default: throw fail("a \\u escape needs four hexadecimal digits")
                }
                v = v << 4 | d
                at += 1
            }
            return v
        }

        /// JSON's number grammar. Up to 15 significant digits and a power of ten up to 22 are
        /// exact in a Double, so one multiplication or division rounds correctly; anything
        /// longer goes through the standard library.
        mutating func number() throws(Failure) -> Double {
            let start = at
            var negative = false
            if bytes[at] == 0x2D { negative = true; at += 1 }
            var mantissa: UInt64 = 0, digits = 0, scale = 0
            func isDigit(_ i: Int) -> Bool { i < bytes.count && bytes[i] >= 0x30 && bytes[i] <= 0x39 }
            guard isDigit(at) else { throw fail("a number needs digits") }
            if bytes[at] == 0x30 {
                at += 1
                if isDigit(at) { throw fail("a number cannot start with 0") }
            } else {
                while isDigit(at) {
                    if digits < 19 { mantissa = mantissa * 10 + UInt64(bytes[at] - 0x30); digits += 1 } else { scale += 1 }
                    at += 1
                }
            }
            if at < bytes.count, bytes[at] == 0x2E {
                at += 1
                guard isDigit(at) else { throw fail("a decimal point needs digits after it") }
                while isDigit(at) {
                    if digits < 19 { mantissa = mantissa * 10 + UInt64(bytes[at] - 0x30); digits += 1; scale -= 1 }
                    at += 1
                }
            }
            var exponent = 0
            if at < bytes.count, bytes[at] == 0x65 || bytes[at] == 0x45 {
                at += 1
                var negativeExponent = false
                if at < bytes.count, bytes[at] == 0x2B || bytes[at] == 0x2D { negativeExponent = bytes[at] == 0x2D; at += 1 }
                guard isDigit(at) else { throw fail("an exponent needs digits") }
                while isDigit(at) {
                    if exponent < 100_000 { exponent = exponent * 10 + Int(bytes[at] - 0x30) }
                    at += 1
                }
                if negativeExponent { exponent = -exponent }
            }
            let power = scale + exponent
            if digits <= 15, abs(power) <= 22 {
                let m = Double(mantissa)
                let v = power >= 0 ? m * Self.powers[power] : m / Self.powers[-power]
                return negative ? -v : v
            }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<at]), as: UTF8.self)
            return Double(text) ?? (negative ? -.infinity : .infinity)
        }

        static let powers: [Double] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22]
    }
}
