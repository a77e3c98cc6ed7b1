import Foundation
import PraatplaatModel
import PraatplaatPipeline

/// What `praatplaat preview` was asked to show.
public struct PreviewOptions: Sendable {
    /// The report file, or a batch template when `data` is set.
    public var report: URL
    /// A CSV, TSV or .xlsx file: the report is a template, shown one row at a time.
    public var data: URL?
    public var sheet: String?
    /// The column that names rows in the picker.
    public var nameColumn: String?
    /// 0: a free port of the system's choosing.
    public var port: UInt16 = 0
    /// Site templates over the built-in ones, as `site --templates` takes them.
    public var templates: URL?
    /// A theme over the one the report names (`--theme`).
    public var theme: ThemeChoice?
    /// The bleed the print marks show, in points, when the page asks for them.
    public var bleed: Double = 3 * 72 / 25.4
    /// How often the files are looked at, in seconds.
    public var pollInterval: Double = 0.02

    public init(report: URL) {
        self.report = report
    }
}
