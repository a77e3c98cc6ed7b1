import PraatplaatModel

/// What the table partial receives: headings with `scope="col"`, a units row, rows with their
/// first cell as `scope="row"` heading, numbers marked for right alignment, and each cell's
/// bar as a share of its column's largest value.
extension SectionView {
    static func table(_ s: TableSection, into c: inout [String: Any], language: Language) {
        let numeric = s.columns.indices.map(s.isNumeric)
        let decimals = s.columns.indices.map(s.decimals)
        func align(_ i: Int) -> String { numeric[i] ? "num" : "text" }
        c["caption"] = s.title.map(InlineText.plain) ?? language.phrases.table
        c["head"] = s.columns.enumerated().map { i, col in ["label": InlineText.plain(col.label), "align": align(i)] }
        if s.hasUnits {
            c["hasUnits"] = true
            c["units"] = s.columns.enumerated().map { i, col in ["unit": col.unit.map(InlineText.plain) ?? "", "align": align(i)] }
        }
        let tops = s.columns.indices.map { i -> Double in
            s.rows.filter { !$0.total }.compactMap { row -> Double? in if case .data(let d) = row.cells[i] { d.number.map(abs) } else { nil } }.max() ?? 0
        }
        c["tableRows"] = s.rows.map { row -> [String: Any] in
            var classes: [String] = []
            if s.highlight.map({ InlineText.plain($0) == row.name }) ?? false { classes.append("highlight") }
            if row.total { classes.append("total") }
            let cells = row.cells.enumerated().dropFirst().map { i, cell -> [String: Any] in
                var e: [String: Any] = ["value": cell.plain(language: language, unit: s.columns[i].unit, decimals: decimals[i]), "align": align(i)]
                if case .text(let t) = cell { e["html"] = HTML.inline(t) }
                if s.columns[i].bars, !row.total, tops[i] > 0, case .data(let d) = cell, let v = d.number, v != 0 {
                    e["bar"] = String(Int(min(100, abs(v) / tops[i] * 100).rounded()))
                } else if s.columns[i].bars {
                    e["barSpace"] = true
                }
                return e
            }
            return ["labelHTML": row.cells.first.map { if case .text(let t) = $0 { HTML.inline(t) } else { HTML.escape($0.plain(language: language, unit: nil)) } } ?? "",
                    "classes": classes.joined(separator: " "), "cells": cells]
        }
    }
}
