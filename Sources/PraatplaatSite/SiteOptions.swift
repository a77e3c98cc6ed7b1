import Foundation

public struct SiteOptions: Sendable {
    public var outputDirectory: URL
    /// The address the site will be published at (ending in `/`); gives absolute Open Graph
    /// URLs and a sitemap. Links inside the site stay relative either way.
    public var baseURL: String?
    /// A folder whose templates replace the built-in ones of the same name.
    public var templates: URL?
    public var siteTitle: String = "Praatplaat"
    /// Part of every report's fingerprint: a new version renders everything again.
    public var version: String = "0"
    /// A folder that already holds every report's PDF, SVG and PNG (as `praatplaat batch`
    /// writes them): the site copies them instead of rendering them again.
    public var downloadsFrom: URL?

    public init(outputDirectory: URL, baseURL: String? = nil, templates: URL? = nil) {
        self.outputDirectory = outputDirectory
        self.baseURL = baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        self.templates = templates
    }
}

/// What a build did, for the command line to print.
public struct SiteOutcome: Sendable {
    public var rendered: [String] = []
    public var reused: [String] = []
    public var removed: [String] = []
    public var files: Int = 0
}

/// A 64-bit FNV-1a hash: enough to notice that a file changed (not a defence against anyone).
public struct Fingerprint: Sendable {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    public mutating func add(_ data: Data) {
        for byte in data { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        value = (value ^ 0xFF) &* 0x0000_0100_0000_01B3
    }

    public mutating func add(_ text: String) { add(Data(text.utf8)) }

    public var hex: String { String(value, radix: 16).leftPadded(16) }
}

extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}
