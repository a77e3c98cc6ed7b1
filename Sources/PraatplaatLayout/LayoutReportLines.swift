import Foundation

/// The layout report as people read it, a line per page: what `validate --layout-report` prints
/// and the preview lists.
extension LayoutReport {
    public var lines: [String] {
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

    private func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }
}
