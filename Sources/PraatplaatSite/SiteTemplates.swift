import Foundation
import Mustache
import PraatplaatModel
import PraatplaatPipeline

/// The site's templates: the built-in ones from `templates/`, each replaced by a file of the same
/// name in the user's folder when there is one. Every template the site needs must be there and
/// parse; a broken one is an error naming its file, line and column.
struct SiteTemplates {
    static let pages = ["layout", "index", "report", "404"]
    /// One partial per section kind, named after it: a kind without one stops the build.
    static let sections = SectionKind.allCases.map { "sections/" + $0.rawValue }
    static let assets = ["assets/site.css", "assets/filter.js"]

    private var templates: [String: MustacheTemplate] = [:]
    /// Static files (CSS, script) by their path under the templates folder.
    private(set) var assetFiles: [String: Data] = [:]
    /// Where each template came from, for messages and the build manifest.
    private(set) var sources: [String: String] = [:]

    init(builtIn: URL, overrides: URL?) throws(SiteError) {
        for name in Self.pages + Self.sections {
            let (url, text) = try Self.read(name + ".mustache", builtIn: builtIn, overrides: overrides)
            do {
                templates[name] = try MustacheTemplate(string: text)
            } catch let error as MustacheTemplate.ParserError {
                throw .invalid([.error("cannot parse the template: \(error.error)",
                                       at: SourceLocation(file: url.path, line: error.context.lineNumber, column: error.context.columnNumber), path: "")])
            } catch {
                throw .invalid([.error("cannot parse the template: \(error)", at: SourceLocation(file: url.path, line: 1, column: 1), path: "")])
            }
            sources[name] = text
        }
        for name in Self.assets {
            let (_, text) = try Self.read(name, builtIn: builtIn, overrides: overrides)
            assetFiles[name] = Data(text.utf8)
            sources[name] = text
        }
    }

    private static func read(_ name: String, builtIn: URL, overrides: URL?) throws(SiteError) -> (URL, String) {
        var url = builtIn.appendingPathComponent(name)
        if let overrides {
            let own = overrides.appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: own.path) { url = own }
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw .invalid([.error("the template is missing; every site needs \(name)", at: nil, path: url.path,
                                   hint: "copy it from the built-in templates/ folder")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .invalid([.error("the template is not UTF-8 text", at: SourceLocation(file: url.path, line: 1, column: 1), path: "")])
        }
        return (url, text)
    }

    func render(_ name: String, _ context: [String: Any]) -> String {
        guard let template = templates[name] else { return "" }
        return template.render(context)
    }
}

/// Why a site was not built: problems in its input (reports, templates) as diagnostics, or a
/// file that could not be read or written.
public enum SiteError: Error, CustomStringConvertible {
    case invalid([Diagnostic])
    case output(String)

    /// A pipeline's error, as the site says it.
    init(_ error: PipelineError) {
        switch error {
        case .invalidInput(let diagnostics): self = .invalid(diagnostics)
        case .output(let message): self = .output(message)
        }
    }

    public var description: String {
        switch self {
        case .invalid(let diagnostics): diagnostics.map(\.description).joined(separator: "\n")
        case .output(let message): message
        }
    }
}
