import Foundation
import PraatplaatLayout
import PraatplaatModel

/// What the template of each section kind receives (documented in docs/templates.md). Text
/// that may hold markup comes twice: `…HTML` (escaped, with <strong>, <em> and links; use
/// `{{{ }}}`) and plain (use `{{ }}`). Charts come as `chartSVG` (inline SVG) and `rows`.
enum SectionView {
    static func context(_ section: Section, index: Int, language: Language, seriesCount: Int, charts: ChartFigure,
                        icons: (String) -> String?) throws -> [String: Any] {
        var c: [String: Any] = ["id": "s\(index + 1)", "kind": section.kind.rawValue, "width": section.width.rawValue]
        var title = section.content.title
        if title == nil, case .sources(let s) = section.content { title = SharedRules.sourcesTitle(s, language: language) }
        if let title { c["title"] = InlineText.plain(title) }
        let desc = ChartText.alt(section.content, language: language) ?? ""
        func rows(_ pairs: [(String, FigureValue)], unit: String? = nil) -> [[String: String]] {
            pairs.map { ["label": InlineText.plain($0.0), "value": $0.1.formatted(language: language, unit: unit, exact: true)] }
        }
        c["description"] = desc
        // The chart and, for who cannot see it, its numbers as a table: axis points down, series across.
        func series(_ data: SeriesData, unit: String?) throws {
            c["chartSVG"] = try charts.html(section, index: index, title: chartTitle, description: desc) ?? ""
            c["head"] = data.series.map { ["label": InlineText.plain($0.label)] }
            let labels = data.axisLabels(language: language)
            c["seriesRows"] = labels.enumerated().map { i, label -> [String: Any] in
                ["label": label, "cells": data.series.map { ["value": ChartText.cell($0.values[i], unit: unit, language: language)] }]
            }
        }
        if let note = SectionNotes.note(section.content, language: language) { c["noteHTML"] = HTML.inline(note) }
        // The chart's accessible name: its heading, or what kind of chart it is.
        let chartTitle = title.map(InlineText.plain) ?? desc.components(separatedBy: ":").first ?? ""
        switch section.content {
        case .definition(let s):
            c["textHTML"] = HTML.inline(s.text)
        case .text(let s):
            c["paragraphs"] = s.text.components(separatedBy: "\n\n").map { $0.trimmingWhitespace }
                .filter { !$0.isEmpty }.map { ["html": HTML.inline($0)] }
        case .quote(let s):
            c["textHTML"] = HTML.inline(s.text)
            if let person = s.person { c["person"] = InlineText.plain(person) }
            if let role = s.role { c["role"] = InlineText.plain(role) }
        case .list(let s):
            c["numbered"] = s.numbered
            c["items"] = s.items.map { item -> [String: Any] in
                var entry: [String: Any] = ["html": HTML.inline(item.text)]
                if let icon = item.icon, let src = icons(icon) { entry["icon"] = src }
                return entry
            }
        case .recommendations(let s):
            c["groups"] = s.groups.enumerated().map { gi, g -> [String: Any] in
                ["audience": InlineText.plain(g.audience), "series": "series-\(gi % max(seriesCount, 1) + 1)", "items": g.items.map { r -> [String: Any] in
                    var e: [String: Any] = ["html": HTML.inline(r.text)]
                    if let t = r.title { e["titleHTML"] = HTML.inline(t) }
                    return e
                }]
            }
        case .partners(let s):
            if let text = s.text { c["textHTML"] = HTML.inline(text) }
            c["groups"] = s.groups.map { g -> [String: Any] in
                var e: [String: Any] = ["items": g.items.map { ["name": InlineText.plain($0)] }]
                if let name = g.name { e["name"] = InlineText.plain(name) }
                return e
            }
        case .sources(let s):
            c["items"] = s.items.map { item -> [String: Any] in
                var e: [String: Any] = ["html": item.url == item.text ? "" : HTML.inline(item.text)]
                if let url = item.url, let link = item.link { e["url"] = url; e["href"] = link }
                return e
            }
        case .image(let s):
            c["src"] = icons(s.source) ?? ""
            c["alt"] = InlineText.plain(s.alt)
            if let caption = s.caption { c["captionHTML"] = HTML.inline(caption) }
            // The frame print gives it: its proportions, and its height as an upper bound.
            var style: [String] = []
            if let aspect = s.aspect { style += ["aspect-ratio: \(aspect)", "object-fit: cover", "width: 100%"] }
            if let height = s.height { style.append("max-height: \(height)mm") }
            if !style.isEmpty { c["style"] = style.joined(separator: "; ") }
        case .keyFigures(let s):
            c["figures"] = try s.figures.enumerated().map { i, f -> [String: Any] in
                var e: [String: Any] = ["value": f.drawn(language: language), "labelHTML": HTML.inline(f.label),
                                        "series": "series-\(i % max(seriesCount, 1) + 1)"]
                if let exact = f.exactIfDiffers(language: language) { e["exact"] = exact }
                if let r = f.reference {
                    let direction = r.direction(of: f.value, language: language)
                    e["referenceMark"] = FigureReference.mark(direction)
                    // Said in words for screen readers, which read an arrow as "upwards arrow".
                    e["referenceWords"] = FigureReference.words(direction, language: language)
                    e["referenceText"] = r.text(language: language)
                }
                if let donut = try charts.donut(s, index: index, figure: i, label: InlineText.plain(f.label)) { e["donutSVG"] = donut }
                if let bar = try charts.shareBar(s, index: index, figure: i) { e["barSVG"] = bar }
                return e
            }
        case .barChart(let s):
            c["chartSVG"] = try charts.html(section, index: index, title: chartTitle, description: desc) ?? ""
            c["rows"] = rows(s.bars.map { ($0.label, $0.value) }, unit: s.unit)
            if let note = s.note { c["noteHTML"] = HTML.inline(note) }
        case .unitChart(let s):
            c["chartSVG"] = try charts.html(section, index: index, title: chartTitle, description: desc) ?? ""
            c["rows"] = rows(s.items.map { ($0.label, $0.value) }, unit: s.unitLabel)
            if let note = s.note { c["noteHTML"] = HTML.inline(note) }
        case .lineChart(let s):
            try series(s.data, unit: s.unit)
        case .columnChart(let s):
            try series(s.data, unit: s.unit)
        case .stackedBar(let s):
            try series(s.data, unit: s.unit)
        case .table(let s):
            table(s, into: &c, language: language)
        case .comparison(let s):
            c["chartSVG"] = try charts.html(section, index: index, title: chartTitle, description: desc) ?? ""
            c["rows"] = rows(s.items.map { ($0.label, $0.value) })
            if let note = s.note { c["noteHTML"] = HTML.inline(note) }
        case .map(let s):
            // Every region with its value, in the shapes file's order, "geen gegevens" where it has none.
            c["chartSVG"] = try charts.html(section, index: index, title: chartTitle, description: desc) ?? ""
            c["rows"] = s.rows.map { row in
                ["label": InlineText.plain(row.name), "value": row.cell.map { ChartText.cell($0, unit: s.unit, language: language) } ?? language.phrases.noData]
            }
            c["areaHeading"] = s.atPlaces ? language.phrases.place : language.phrases.area
            c["valueHeading"] = s.unit.map { "\(language.phrases.value) (\(InlineText.plain($0)))" } ?? language.phrases.value
        }
        c["tableCaption"] = language.phrases.tableCaption
        return c
    }
}
