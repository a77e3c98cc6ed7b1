import PraatplaatModel
import Foundation

/// Where a run is, after each row: for a progress bar or a log line.
public struct BatchProgress: Sendable {
    /// Rows of this slice finished so far (rendered, up to date, or failed), and in all.
    public var done = 0
    public var total = 0
    public var rendered = 0
    public var skipped = 0
    public var failed = 0
    public var pages = 0
    public var elapsed: Double = 0

    /// Rows a second over the run so far.
    public var rate: Double { elapsed > 0 ? Double(done) / elapsed : 0 }

    /// Seconds left at the rate so far; nil before there is one.
    public var remaining: Double? { rate > 0 ? Double(total - done) / rate : nil }
}

/// What a run did, for the command line's summary and exit code.
public struct BatchOutcome: Sendable {
    public var progress = BatchProgress()
    /// Why rows failed, in row order, at the data file's line and column (a template mistake
    /// once, at its place in the template).
    public var problems: [Diagnostic] = []
    /// Warnings met on the way, each said once, at the first row that met it.
    public var warnings: [Diagnostic] = []
    /// Names of rows this slice made before that are no longer in the data: their files are gone.
    public var removed: [String] = []
    public var site: String?
}
