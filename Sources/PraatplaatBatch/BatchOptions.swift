import Foundation
import PraatplaatModel
import PraatplaatPipeline

/// What went wrong before or outside single rows: the template, the data file, the output.
public enum BatchError: Error, Sendable, CustomStringConvertible {
    /// Located problems in the template (or its theme) or the data file, as diagnostics.
    case invalid([Diagnostic])
    case output(String)
    case usage(String)

    /// A problem of the data file at `line` (column 1: the file as a whole from there).
    static func data(_ message: String, file: String, line: Int, hint: String? = nil) -> BatchError {
        .invalid([.error(message, at: SourceLocation(file: file, line: line, column: 1), path: "", hint: hint)])
    }

    public var description: String {
        switch self {
        case .invalid(let diagnostics): diagnostics.map(\.description).joined(separator: "\n")
        case .output(let m), .usage(let m): m
        }
    }
}

/// `--shard K/N`: the K-th of N slices of the rows (row i goes to slice i mod N + 1), so every
/// slice gets every N-th row and the slices of a run are as even as they can be.
public struct Shard: Sendable, Hashable, CustomStringConvertible {
    public let index: Int
    public let count: Int

    public static let all = Shard(index: 1, count: 1)

    public init(index: Int, count: Int) { self.index = index; self.count = count }

    /// Reads `K/N` with 1 <= K <= N.
    public init(parsing text: String) throws(BatchError) {
        let parts = text.split(separator: "/").map { Int($0.trimmingSpaces) }
        guard parts.count == 2, let k = parts[0], let n = parts[1], n >= 1, (1...n).contains(k) else {
            throw .usage("--shard: expected K/N with 1 <= K <= N (as 2/8), got \"\(text)\"")
        }
        self.init(index: k, count: n)
    }

    public func contains(row index: Int) -> Bool { index % count == self.index - 1 }

    public var description: String { "\(index)/\(count)" }
    /// In file names: `2-of-8`.
    public var fileTag: String { count == 1 ? "all" : "\(index)-of-\(count)" }
}

public struct BatchOptions: Sendable {
    public var template: URL
    public var data: URL
    public var outputDirectory: URL
    public var formats: Set<OutputFormat> = Set(OutputFormat.allCases)
    public var dpi: Double = 150
    public var svgText: SVGTextMode = .text
    /// Warnings count as errors: a row with a warning is not written and counts as failed.
    public var strict = false
    public var nameColumn: String?
    /// The sheet of an `.xlsx` data file; nil for its first.
    public var sheet: String?
    public var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    public var shard: Shard = .all
    /// Render every row of the slice, up to date or not.
    public var force = false
    /// Also build a site of all rows (every slice's) in `<out>/site`.
    public var site = false
    public var siteBaseURL: String?
    /// Part of every row's fingerprint: a new version renders everything again.
    public var version = "0"

    public init(template: URL, data: URL, outputDirectory: URL) {
        self.template = template
        self.data = data
        self.outputDirectory = outputDirectory
    }
}
