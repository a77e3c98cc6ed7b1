/// Where something is in a report file. Lines and columns start at 1; columns count Unicode scalars.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:col`, the form compilers use, so editors and terminals can jump to it.
    public var description: String { "\(file):\(line):\(column)" }
}

public enum Severity: String, Sendable, Hashable, Codable, Comparable {
    case warning
    case error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .warning && rhs == .error
    }
}

/// One problem found in a report, as a value: several are collected per run, never thrown one by one.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    public var severity: Severity
    /// Nil only for problems that have no place in a file (a missing font, say).
    public var location: SourceLocation?
    /// The field path in the names of the file, e.g. `sections[2].figures[0].value`; empty for the whole file.
    public var path: String
    public var message: String
    /// A suggestion that may fix it (`did you mean 'items'?`).
    public var hint: String?

    public init(severity: Severity, location: SourceLocation?, path: String, message: String, hint: String? = nil) {
        self.severity = severity
        self.location = location
        self.path = path
        self.message = message
        self.hint = hint
    }

    public static func error(_ message: String, at location: SourceLocation?, path: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(severity: .error, location: location, path: path, message: message, hint: hint)
    }

    public static func warning(_ message: String, at location: SourceLocation?, path: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(severity: .warning, location: location, path: path, message: message, hint: hint)
    }

    /// The same problem attributed to `file` when it has no place of its own (layout's findings).
    public func located(in file: String) -> Diagnostic {
        guard location == nil else { return self }
        var copy = self
        copy.location = SourceLocation(file: file, line: 1, column: 1)
        return copy
    }

    /// `file:line:col: error: path: message; hint` on one line.
    public var description: String {
        var parts: [String] = []
        if let location { parts.append(location.description) }
        parts.append(severity.rawValue)
        if !path.isEmpty { parts.append(path) }
        var text = parts.joined(separator: ": ") + ": " + message
        if let hint { text += "; " + hint }
        return text
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
