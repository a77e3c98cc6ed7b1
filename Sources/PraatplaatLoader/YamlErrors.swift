import Foundation
import PraatplaatModel
import Yams

/// Turns libyaml's parser errors into diagnostics in plain words, at the place libyaml points to.
enum YamlErrors {
    static func diagnostic(for error: YamlError, file: String, isJSON: Bool) -> Diagnostic {
        let syntax = isJSON ? "JSON" : "YAML"
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(file: file, line: mark.line, column: mark.column) }
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            if problem.contains("Maximum nesting level") {
                // libyaml stops at 1000 levels; say so in words rather than in its API's.
                return .error("\(syntax) syntax error: lists and mappings are nested more than 1000 levels deep", at: at(mark), path: "",
                              hint: "a report needs only a few levels; the file may be damaged")
            }
            var message = "\(syntax) syntax error: \(problem)"
            if let context { message += " (\(context.text) at line \(context.mark.line), column \(context.mark.column))" }
            return .error(message, at: at(mark), path: "", hint: hint(for: problem + " " + (context?.text ?? "")))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return .error("duplicate key \(keys) in one mapping", at: at(context.mark), path: "",
                          hint: "each field may appear once; remove or rename the repeated one")
        case .reader(let problem, _, _, _):
            return .error("cannot read the file: \(problem)", at: SourceLocation(file: file, line: 1, column: 1), path: "")
        default:
            return .error("cannot parse the file: \(error)", at: SourceLocation(file: file, line: 1, column: 1), path: "")
        }
    }

    private static func hint(for problem: String) -> String? {
        if problem.contains("cannot start any token") { return "indent with spaces, not tabs, and quote text that starts with a special character" }
        if problem.contains("found unexpected end of stream") { return "a quote may not be closed" }
        if problem.contains("mapping values are not allowed") { return "put text that contains ': ' in quotes" }
        // `text: **vet** en meer`: a value that starts with * is read as an alias.
        if problem.contains("while scanning an alias") || problem.contains("while scanning an anchor") {
            return "text that starts with * or & must be in quotes: text: \"**vet** en de rest\""
        }
        if problem.contains("did not find expected key") || problem.contains("did not find expected '-' indicator") {
            return "check the indentation: the entries of one list or mapping start in the same column"
        }
        return nil
    }
}

/// Line and column of byte offsets, for errors that precede parsing.
enum TextPosition {
    /// The 1-based line and column of the first byte that is not valid UTF-8.
    static func firstInvalidUTF8(in data: Data) -> (Int, Int) {
        var line = 1, column = 1
        var iterator = data.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput, .error:
                return (line, column)
            }
        }
    }
}
