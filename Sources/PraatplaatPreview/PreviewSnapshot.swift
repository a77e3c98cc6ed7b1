import Foundation
import PraatplaatModel

/// What the page shows at one moment: the pages of the last good render, the problems of the
/// newest one, the layout report and (for a template) the rows. Sent to the page as JSON.
public struct PreviewSnapshot: Sendable, Codable {
    /// Goes up by one with every render the page should fetch.
    public var version: Int = 0
    /// The file the editor shows (the report, or the template).
    public var file: String = ""
    public var title: String = ""
    public var pages: [Page] = []
    /// The pages are those of an earlier version: the newest one has errors.
    public var stale = false
    public var problems: [Problem] = []
    /// The layout report, a line per page.
    public var layout: [String] = []
    /// A template's rows, with what checking each found; empty for a report.
    public var rows: [Row] = []
    public var row: Int?
    /// The row the pages shown were drawn for (another than `row` when this one has errors).
    public var pagesRow: Int?
    /// Whether the pages show bleed and crop marks.
    public var marks = false
    /// The site page of this version, when it was asked for and built.
    public var site: String?
    public var siteProblem: String?
    /// Milliseconds from noticing the change to the pages being ready.
    public var renderMilliseconds: Double = 0

    public struct Page: Sendable, Codable, Hashable {
        public var href: String
        /// In points, as the PDF's page (with the print marks' sheet when they are on).
        public var width: Double
        public var height: Double
    }

    public struct Problem: Sendable, Codable, Hashable {
        public var severity: String
        public var file: String?
        public var line: Int?
        public var column: Int?
        public var path: String
        public var message: String
        public var hint: String?
        /// In the file the editor shows: a click goes to its line.
        public var inEditor: Bool
        /// `file:line:col: severity: path: message; hint`, as the command line says it.
        public var text: String

        init(_ d: Diagnostic, editorFile: String) {
            severity = d.severity.rawValue
            file = d.location?.file
            line = d.location?.line
            column = d.location?.column
            path = d.path
            message = d.message
            hint = d.hint
            inEditor = d.location?.file == editorFile
            text = d.description
        }
    }

    public struct Row: Sendable, Codable, Hashable {
        public var index: Int
        public var name: String
        /// Nil until the row was checked.
        public var errors: Int?
        public var warnings: Int?
        /// How many pages the row's report takes (a row that runs over stands out).
        public var pages: Int?
    }
}
