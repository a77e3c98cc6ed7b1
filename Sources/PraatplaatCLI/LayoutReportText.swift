import Foundation
import PraatplaatLayout

/// The layout report as `validate --layout-report` prints it: a line per page, or one JSON
/// object per report (with the file's path) for build scripts.
extension LayoutReport {
    var lines: [String] {
        var out: [String] = []
        if let fit { out.append("fit: type at \(Int((fit.scale * 100).rounded()))%, body \(String(format: "%.1f", fit.body)) pt") }
        for page in pages {
            let empty = page.largestEmpty
            var line = "page \(page.page): \(percent(page.filled)) full, \(percent(page.covered)) covered; largest empty area "
                + "\(Int(empty.width.rounded())) × \(Int(empty.height.rounded())) mm (\(percent(empty.share)))"
            line += "; \(page.hyphenations.count) hyphenation\(page.hyphenations.count == 1 ? "" : "s")"
            if !page.hyphenations.isEmpty { line += " (\(page.hyphenations.joined(separator: ", ")))" }
            line += "; \(page.shortLastLines.count) short last line\(page.shortLastLines.count == 1 ? "" : "s")"
            if !page.shortLastLines.isEmpty { line += " (\(page.shortLastLines.joined(separator: ", ")))" }
            for s in page.stretched {
                line += "; \(s.kind) (sections[\(s.section)]) stretched by \(String(format: "%.1f", s.by)) mm (\(percent(s.share)))"
            }
            out.append(line)
        }
        return out
    }

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

    private func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }
}
