import Foundation

/// A JSON value whose object keys keep the order they were written in, so the schema prints the
/// same way every time and reads in the order of the format's documentation.
public indirect enum JSONValue: Sendable, Equatable {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    case number(Double)
    case bool(Bool)
    case null

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.pretty() == rhs.pretty()
    }

    /// One line, no spaces: for JSON Lines output.
    public func compact() -> String {
        switch self {
        case .object(let pairs): "{" + pairs.map { Self.quote($0.0) + ":" + $0.1.compact() }.joined(separator: ",") + "}"
        case .array(let items): "[" + items.map { $0.compact() }.joined(separator: ",") + "]"
        default: compactText
        }
    }

    /// Two-space indented text with a final newline, as a person would write it.
    public func pretty() -> String {
        var out = ""
        write(to: &out, indent: "")
        return out + "\n"
    }

    private func write(to out: inout String, indent: String) {
        let inner = indent + "  "
        switch self {
        case .object(let pairs) where pairs.isEmpty: out += "{}"
        case .array(let items) where items.isEmpty: out += "[]"
        case .object(let pairs):
            out += "{\n"
            for (i, (key, value)) in pairs.enumerated() {
                out += inner + Self.quote(key) + ": "
                value.write(to: &out, indent: inner)
                out += i == pairs.count - 1 ? "\n" : ",\n"
            }
            out += indent + "}"
        case .array(let items) where items.allSatisfy(\.isScalar):
            // Short lists of words (enums, required fields) stay on one line.
            out += "[" + items.map { $0.compactText }.joined(separator: ", ") + "]"
        case .array(let items):
            out += "[\n"
            for (i, value) in items.enumerated() {
                out += inner
                value.write(to: &out, indent: inner)
                out += i == items.count - 1 ? "\n" : ",\n"
            }
            out += indent + "]"
        default:
            out += compactText
        }
    }

    private var isScalar: Bool {
        switch self {
        case .object, .array: false
        default: true
        }
    }

    private var compactText: String {
        switch self {
        case .string(let s): return Self.quote(s)
        case .bool(let b): return b ? "true" : "false"
        case .null: return "null"
        case .number(let n):
            if n == n.rounded(), abs(n) < 1e15 { return String(Int64(n)) }
            return String(n)
        case .object, .array:
            var out = ""
            write(to: &out, indent: "")
            return out
        }
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
