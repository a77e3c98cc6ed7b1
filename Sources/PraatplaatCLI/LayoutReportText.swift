import Foundation
import PraatplaatLayout

/// The layout report as `validate --layout-report --format json` prints it: one JSON object per
/// report (with the file's path) for build scripts.
extension LayoutReport {
    func jsonLine(file: String) -> String {
        struct Line: Encodable {
            var file: String
            var layout: LayoutReport
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(Line(file: file, layout: self))) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

}
