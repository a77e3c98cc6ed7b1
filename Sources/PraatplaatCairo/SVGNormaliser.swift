import Foundation

/// Rewrites Cairo's process-wide `surfaceN` ids to numbers in order of first use within the file.
enum SVGNormaliser {
    static func stableSurfaceIDs(_ data: Data) -> Data {
        guard let text = String(data: data, encoding: .utf8) else { return data }
        var mapping: [Substring: Int] = [:]
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var rest = text[...]
        while let range = rest.range(of: "surface") {
            out += rest[..<range.upperBound]
            rest = rest[range.upperBound...]
            let digits = rest.prefix(while: \.isNumber)
            guard !digits.isEmpty else { continue }
            let number = mapping[digits] ?? {
                let next = mapping.count + 1
                mapping[digits] = next
                return next
            }()
            out += String(number)
            rest = rest.dropFirst(digits.count)
        }
        out += rest
        return Data(out.utf8)
    }
}
