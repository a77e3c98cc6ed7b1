import Foundation

/// Where the command line writes. The real one goes to the terminal; tests capture it.
public protocol Console: AnyObject {
    func out(_ text: String)
    func err(_ text: String)
}

public final class StandardConsole: Console {
    public init() {}
    public func out(_ text: String) { FileHandle.standardOutput.write(Data((text + "\n").utf8)) }
    public func err(_ text: String) { FileHandle.standardError.write(Data((text + "\n").utf8)) }
}

/// Collects output in memory.
public final class CapturingConsole: Console {
    public private(set) var stdout = ""
    public private(set) var stderr = ""
    public init() {}
    public func out(_ text: String) { stdout += text + "\n" }
    public func err(_ text: String) { stderr += text + "\n" }
}
