/// Link addresses as every output needs them: characters a URL may not hold as they are (spaces,
/// `<`, `>`, quotes, non-ASCII letters) percent-encoded as UTF-8, once, by the loader, so the
/// HTML, the SVG and the PDF link to the same valid address. `%` is kept: an address already
/// encoded stays as it is.
public enum URLText {
    public static func encoded(_ url: String) -> String {
        var out = ""
        out.reserveCapacity(url.utf8.count)
        for scalar in url.unicodeScalars {
            if scalar.isASCII, allowed.contains(UInt8(scalar.value)) {
                out.unicodeScalars.append(scalar)
            } else {
                for byte in String(scalar).utf8 { out += "%" + hex(byte) }
            }
        }
        return out
    }

    /// Unreserved and reserved characters of RFC 3986, and `%`.
    private static let allowed: Set<UInt8> = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&()*+,;=%".utf8)

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 15)]])
    }
}
