import ArgumentParser
import PraatplaatLoader
import PraatplaatModel

/// How diagnostics are printed: lines for people, or JSON Lines for editors and build tools.
enum DiagnosticStyle: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// Prints diagnostics the same way for every command, and decides what counts as failure.
struct DiagnosticReporter {
    var style: DiagnosticStyle
    /// Warnings count as errors, and are printed as errors.
    var strict: Bool
    let console: Console
    /// JSON Lines go to standard output for `validate` (its whole output) and to standard error
    /// for `render` (whose standard output lists the files written).
    var jsonToStandardOutput: Bool

    func adjusted(_ diagnostic: Diagnostic) -> Diagnostic {
        guard strict, diagnostic.severity == .warning else { return diagnostic }
        var copy = diagnostic
        copy.severity = .error
        return copy
    }

    func emit(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics.map(adjusted) {
            switch style {
            case .text: console.err(diagnostic.description)
            case .json:
                let line = Self.json(diagnostic).compact()
                if jsonToStandardOutput { console.out(line) } else { console.err(line) }
            }
        }
    }

    /// A failure that is not about a place in a report (a folder that cannot be written).
    func fail(_ message: String) {
        switch style {
        case .text: console.err("error: " + message)
        case .json: emit([Diagnostic(severity: .error, location: nil, path: "", message: message)])
        }
    }

    func failing(_ diagnostics: [Diagnostic]) -> Bool {
        diagnostics.map(adjusted).hasErrors
    }

    /// One diagnostic as a JSON object with every key present (null when there is nothing to say).
    static func json(_ d: Diagnostic) -> JSONValue {
        .object([
            ("file", d.location.map { .string($0.file) } ?? .null),
            ("line", d.location.map { .number(Double($0.line)) } ?? .null),
            ("column", d.location.map { .number(Double($0.column)) } ?? .null),
            ("severity", .string(d.severity.rawValue)),
            ("path", .string(d.path)),
            ("message", .string(d.message)),
            ("hint", d.hint.map(JSONValue.string) ?? .null),
        ])
    }
}

/// The options every command that reads reports shares.
struct DiagnosticOptions: ParsableArguments {
    @Flag(name: .long, help: "Treat warnings as errors: report them as errors, write nothing and exit with 1.")
    var strict = false

    @Option(name: .long, help: "How to print problems: text (default) or json (one JSON object per line).")
    var diagnostics: DiagnosticStyle = .text
}
