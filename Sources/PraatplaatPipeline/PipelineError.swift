import PraatplaatModel

/// Why a run stopped. Each case maps to one exit code of the command line.
public enum PipelineError: Error, Equatable, CustomStringConvertible {
    /// The input has errors; every diagnostic found is included.
    case invalidInput([Diagnostic])
    /// A file could not be read or written, or drawing failed.
    case output(String)

    public var description: String {
        switch self {
        case .invalidInput(let diagnostics): diagnostics.map(\.description).joined(separator: "\n")
        case .output(let message): message
        }
    }
}
