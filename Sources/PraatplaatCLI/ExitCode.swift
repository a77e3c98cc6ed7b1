/// The exit codes, as documented in the README.
public enum ExitStatus: Int32, Sendable {
    case success = 0
    /// A report has errors.
    case invalidInput = 1
    /// The command line itself is wrong.
    case usage = 2
    /// Reading, drawing or writing failed.
    case failure = 3
}
