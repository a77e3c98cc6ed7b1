import Foundation
import PraatplaatModel
import Yams

/// Decodes and validates one section of each kind, reading through `ReportFormat`'s shapes.
struct SectionDecoder {
    let reader: NodeReader
    let language: Language
    let files: FileResolver
    let ledger: FileLedger

    /// Characters a key figure's label can hold before it crowds its box (three short lines).
    static let longFigureLabel = 90

    func section(_ node: Node, path: String) -> Section? {
        guard reader.visit(node, path: path) else { return nil }
        guard case .mapping(let mapping) = node else {
            reader.error("expected a section (a mapping with a 'kind'), got \(reader.describe(node))", at: node, path: path)
            return nil
        }
        let names = SectionKind.allCases.map(\.rawValue)
        guard let kindNode = mapping["kind"] else {
            reader.error("missing required field 'kind'", at: node, path: path + ".kind", hint: "one of \(names.joined(separator: ", "))")
            return nil
        }
        guard let kindName = reader.text(kindNode, path: path + ".kind") else { return nil }
        guard let kind = SectionKind(rawValue: kindName) else {
            reader.error("unknown section kind '\(kindName)'", at: kindNode, path: path + ".kind",
                         hint: Suggestions.closest(to: kindName, in: names).map { "did you mean '\($0)'?" }
                            ?? "expected one of \(names.joined(separator: ", "))")
            return nil
        }
        let own = ReportFormat.fields(of: kind)
        var shape = own
        shape.fields = ReportFormat.common + own.fields
        guard let f = reader.mapping(node, path: path, shape: shape) else { return nil }
        let width = reader.choice(f, "width", as: SectionWidth.self) ?? .auto
        let before = reader.diagnostics.filter { $0.severity == .error }.count
        let content: SectionContent? = switch kind {
        case .definition: reader.text(f, "text").map { .definition(DefinitionSection(title: reader.text(f, "title"), text: $0)) }
        case .text: reader.text(f, "text").map { .text(TextSection(title: reader.text(f, "title"), text: $0)) }
        case .keyFigures: keyFigures(f)
        case .list: list(f)
        case .barChart: barChart(f)
        case .lineChart: lineChart(f)
        case .columnChart: columnChart(f)
        case .stackedBar: stackedBar(f)
        case .table: table(f)
        case .unitChart: unitChart(f)
        case .comparison: comparison(f)
        case .map: map(f)
        case .partners: partners(f)
        case .quote: quote(f)
        case .recommendations: recommendations(f)
        case .image: image(f)
        case .sources: sources(f)
        }
        // A section with an error in any of its parts is left out (the run fails anyway).
        guard let content, reader.diagnostics.filter({ $0.severity == .error }).count == before else { return nil }
        var section = Section(content, width: width, location: reader.location(node))
        section.hyphenate = reader.bool(f, "hyphenate") ?? true
        return section
    }

    // MARK: Kinds

    private func keyFigures(_ f: NodeReader.Fields) -> SectionContent? {
        let figures = entries(f, "figures", what: "a figure with 'value' and 'label'") { (g: NodeReader.Fields) -> KeyFigure? in
            let label = reader.text(g, "label")
            if let label, InlineText.plain(label).count > Self.longFigureLabel {
                reader.warning("the label is \(InlineText.plain(label).count) characters long; a key figure's box holds about \(Self.longFigureLabel)",
                               at: g.value("label"), path: reader.join(g.path, "label"), hint: "say the rest in a text or list section")
            }
            let figureValue = value(g, allowPercent: true)
            var reference: FigureReference?
            if let node = g.value("compare") {
                let path = reader.join(g.path, "compare")
                guard let r = reader.mapping(node, path: path, shape: ReportFormat.figureReference, what: "a figure with 'label' and 'value'"),
                      let found = zip2(reader.text(r, "label"), value(r, allowPercent: true)).map({ FigureReference(label: $0, value: $1) })
                else { return nil }
                // A share read against a count (or the other way) says nothing.
                if let figureValue, figureValue.kindName != found.value.kindName {
                    let article = figureValue.kindName == "amount" ? "an" : "a"
                    reader.error("\(article) \(figureValue.kindName) is compared with \(found.value.kindName == "amount" ? "an" : "a") \(found.value.kindName)",
                                 at: r.value("value"), path: reader.join(path, "value"),
                                 hint: "compare a figure with the same kind of figure: 18% with 14%, 1.240 with 980, € 950.000 with € 870.000")
                    return nil
                }
                reference = found
            }
            return zip2(figureValue, label).map {
                KeyFigure(value: $0, label: $1, shown: reader.text(g, "show"), reference: reference, round: reader.choice(g, "round", as: ValueRounding.self))
            }
        }
        let style = reader.choice(f, "style", as: PercentStyle.self) ?? .donut
        return figures.map { .keyFigures(KeyFiguresSection(title: reader.text(f, "title"), figures: $0, style: style)) }
    }

    private func list(_ f: NodeReader.Fields) -> SectionContent? {
        guard let items = shortOrLong(f, "items", what: "text, or a mapping with 'text' and 'icon'", short: { text, _, _ in ListItem(text) }, long: { g in
            reader.text(g, "text").map { text in
                let name = icon(g, "icon")
                let tint = reader.bool(g, "tint") ?? name.map { ledger.files[$0].map(IconColours.isOneColour) ?? true } ?? true
                return ListItem(text, icon: name, tint: tint)
            }
        }) else { return nil }
        return .list(ListSection(title: reader.text(f, "title"), items: items, numbered: reader.bool(f, "numbered") ?? false))
    }

    private func barChart(_ f: NodeReader.Fields) -> SectionContent? {
        let bars = entries(f, "bars", what: "a bar with 'label' and 'value'") { g in
            zip2(reader.text(g, "label"), value(g, allowPercent: true)).map { Bar(label: $0, value: $1) }
        }
        guard let bars else { return nil }
        let scale = reader.choice(f, "scale", as: BarScale.self) ?? .linear
        if scale == .log, let zero = bars.firstIndex(where: { $0.value.magnitude <= 0 }) {
            reader.error("a logarithmic scale cannot show 0; bar \(zero + 1) is 0", at: f.value("bars"), path: reader.join(f.path, "bars[\(zero)].value"))
        }
        let percentages = bars.compactMap { bar -> Double? in if case .percent(let v) = bar.value { v } else { nil } }
        let total = percentages.reduce(0, +)
        // Half a point of slack for rounding: 33% + 33% + 34.4% is still one whole.
        if percentages.count == bars.count, bars.count > 1, total > 100.5, reader.bool(f, "overlap") != true {
            reader.warning("the bars are percentages that add up to \(NodeReader.plain((total * 10).rounded() / 10))%; shares of one whole add up to 100%",
                           at: f.value("bars"), path: reader.join(f.path, "bars"),
                           hint: "if one person could give several answers, set 'overlap: true'")
        }
        // Bars of shares and bars of counts have no common scale: 40% beside 1.850 means nothing.
        if !percentages.isEmpty, percentages.count < bars.count {
            reader.warning("the chart mixes percentages and counts, which cannot share one scale",
                           at: f.value("bars"), path: reader.join(f.path, "bars"), hint: "show the percentages and the counts in two charts")
        }
        let max = reader.number(f, "max")
        if let max, scale == .linear, let over = bars.firstIndex(where: { $0.value.magnitude > max }) {
            reader.error("bar \(over + 1) is longer than 'max' (\(NodeReader.plain(max)))", at: f.value("max"), path: reader.join(f.path, "max"),
                         hint: "raise 'max', or leave it out to scale to the largest bar")
        }
        let highlight = reader.text(f, "highlight")
        if let highlight, !bars.contains(where: { $0.label == highlight }) {
            reader.error("no bar is labelled \"\(highlight)\"", at: f.value("highlight"), path: reader.join(f.path, "highlight"),
                         hint: Suggestions.closest(to: highlight, in: bars.map(\.label)).map { "did you mean '\($0)'?" })
        }
        return .barChart(BarChartSection(title: reader.text(f, "title"), bars: bars, unit: reader.text(f, "unit"),
                                         sort: reader.choice(f, "sort", as: BarSort.self) ?? .none, scale: scale,
                                         highlight: highlight, note: reader.text(f, "note"), max: max)
            .rounded(reader.choice(f, "round", as: ValueRounding.self)))
    }

    private func unitChart(_ f: NodeReader.Fields) -> SectionContent? {
        let items = entries(f, "items", what: "a row with 'label' and 'value'") { g in
            zip2(reader.text(g, "label"), value(g, allowPercent: false))
                .map { UnitItem(label: $0, value: $1, highlight: reader.bool(g, "highlight") ?? false) }
        }
        guard let items else { return nil }
        let per = reader.number(f, "per")
        if f.value("icon") == nil { ledger.record("people", .builtInIcon("people")) }
        let iconName = f.value("icon") == nil ? "people" : icon(f, "icon")
        guard let iconName else { return nil }
        return .unitChart(UnitChartSection(title: reader.text(f, "title"), icon: iconName, per: per, unitLabel: reader.text(f, "unitLabel"),
                                           items: items, note: reader.text(f, "note")))
    }

    private func comparison(_ f: NodeReader.Fields) -> SectionContent? {
        let items = entries(f, "items", what: "an item with 'label' and 'value'") { g in
            zip2(reader.text(g, "label"), value(g, allowPercent: false)).map { ComparisonItem(label: $0, value: $1) }
        }
        return items.map { .comparison(ComparisonSection(title: reader.text(f, "title"), items: $0, note: reader.text(f, "note"))) }
    }

    private func partners(_ f: NodeReader.Fields) -> SectionContent? {
        // The shape requires exactly one of 'items' and 'groups'; the reader has reported a breach.
        var groups: [PartnerGroup]?
        if f.value("groups") != nil, f.value("items") == nil {
            groups = entries(f, "groups", what: "a group with 'name' and 'items'") { g in
                let items = reader.list(g, "items")?.compactMap { reader.text($0.0, path: $0.1) }
                return items.map { PartnerGroup(name: reader.text(g, "name"), items: $0) }
            }
        } else if f.value("items") != nil, f.value("groups") == nil {
            if let items = reader.list(f, "items")?.compactMap({ reader.text($0.0, path: $0.1) }) {
                groups = [PartnerGroup(items: items)]
            }
        }
        guard let groups, !groups.isEmpty else { return nil }
        return .partners(PartnersSection(title: reader.text(f, "title"), text: reader.text(f, "text"), groups: groups))
    }

    private func quote(_ f: NodeReader.Fields) -> SectionContent? {
        reader.text(f, "text").map {
            .quote(QuoteSection(text: $0, person: reader.text(f, "person"), role: reader.text(f, "role")))
        }
    }

    private func recommendations(_ f: NodeReader.Fields) -> SectionContent? {
        let groups = entries(f, "groups", what: "a group with 'audience' and 'items'") { g in
            let audience = reader.text(g, "audience")
            let items = shortOrLong(g, "items", what: "text, or a mapping with 'title' and 'text'", short: { text, _, _ in Recommendation(text: text) }, long: { r in
                reader.text(r, "text").map { Recommendation(title: reader.text(r, "title"), text: $0) }
            })
            return zip2(audience, items).map { RecommendationGroup(audience: $0, items: $1) }
        }
        return groups.map { .recommendations(RecommendationsSection(title: reader.text(f, "title"), groups: $0)) }
    }

    private func image(_ f: NodeReader.Fields) -> SectionContent? {
        // Alt text is required: readers of the site and of the tagged PDF get it instead of the picture.
        let alt = reader.text(f, "alt")
        guard let sourceNode = f.value("source"), let source = reader.text(sourceNode, path: reader.join(f.path, "source")) else {
            if f.value("source") == nil { reader.error("missing required field 'source'", at: f.node, path: reader.join(f.path, "source")) }
            return nil
        }
        switch files.resolve(source) {
        case .success(let resolved): ledger.record(source, resolved)
        case .failure(let error):
            reader.error(error.message, at: sourceNode, path: reader.join(f.path, "source"), hint: error.hint)
            return nil
        }
        if alt == nil, f.value("alt") == nil {
            reader.warning("the image has no alt text; readers of the site and of the PDF who cannot see it will not know what it shows",
                           at: f.node, path: reader.join(f.path, "alt"), hint: "add 'alt:' with a sentence saying what the picture shows")
        } else if alt == nil {
            return nil
        }
        var aspect: Double?
        if let node = f.value("aspect"), let raw = reader.text(node, path: reader.join(f.path, "aspect")) {
            aspect = Self.aspect(raw)
            if aspect == nil {
                reader.error("expected proportions such as 16:9, 4:3 or 1:1, got \"\(raw)\"", at: node, path: reader.join(f.path, "aspect"),
                             hint: "write width and height as two numbers with a colon between them")
            }
        }
        let height = reader.number(f, "height")
        if f.value("aspect") != nil, aspect == nil { return nil }
        return .image(ImageSection(title: reader.text(f, "title"), source: source, alt: alt ?? "", caption: reader.text(f, "caption"),
                                   height: height, aspect: aspect))
    }

    /// "16:9", "4:3" or "1.5" as width over height, between 1:10 and 10:1.
    static func aspect(_ raw: String) -> Double? {
        let parts = raw.split(separator: ":", omittingEmptySubsequences: false).map { Double($0.trimmingCharacters(in: .whitespaces)) }
        let value: Double?
        switch parts.count {
        case 1: value = parts[0]
        case 2: value = parts[0].flatMap { w in parts[1].flatMap { h in h > 0 ? w / h : nil } }
        default: value = nil
        }
        guard let value, value.isFinite, (0.1...10).contains(value) else { return nil }
        return value
    }

    private func sources(_ f: NodeReader.Fields) -> SectionContent? {
        let items = shortOrLong(f, "items", what: "a source (text, or a mapping with 'text' and 'url')", short: { text, node, path in
            // A bare address as the source's text says no more than the link would.
            let address = text.trimmingSpaces
            if LinkPolicy.isAllowed(address), !address.contains(" ") {
                reader.warning("the source is only a web address; readers of the printed page cannot follow it",
                               at: node, path: path, hint: "give its title, author and year, with the address as 'url'")
                return SourceItem(text: address, url: address)
            }
            return SourceItem(text: text)
        }, long: { g in
            let text = reader.text(g, "text")
            let url = reader.text(g, "url")
            if text == nil, g.value("text") == nil, let url {
                reader.warning("the source has only an address; readers of the printed page cannot follow it", at: g.node,
                               path: reader.join(g.path, "text"), hint: "give its title, author and year as 'text'")
                return SourceItem(text: url, url: url)
            }
            return text.map { SourceItem(text: $0, url: url) }
        })
        return items.map { .sources(SourcesSection(title: reader.text(f, "title"), items: $0)) }
    }

    // MARK: Parts

    /// A list of mappings, each decoded by `decode`; nil when the list is missing or any entry failed.
    func entries<T>(_ f: NodeReader.Fields, _ key: String, what: String, _ decode: (NodeReader.Fields) -> T?) -> [T]? {
        guard case .list(of: .object(let shape), _, _) = f.spec(key).shape else {
            assertionFailure("\(key) is not a list of mappings in ReportFormat")
            return nil
        }
        guard let nodes = reader.list(f, key) else { return nil }
        let decoded = nodes.compactMap { node, path in reader.mapping(node, path: path, shape: shape, what: what).flatMap(decode) }
        return decoded.count == nodes.count ? decoded : nil
    }

    /// A list whose entries are text (the short form) or a mapping (the long form).
    func shortOrLong<T>(_ f: NodeReader.Fields, _ key: String, what: String,
                                short: (String, Node, String) -> T, long: (NodeReader.Fields) -> T?) -> [T]? {
        guard case .list(of: .textOr(let shape), _, _) = f.spec(key).shape else {
            assertionFailure("\(key) is not a list of text-or-mapping in ReportFormat")
            return nil
        }
        guard let nodes = reader.list(f, key) else { return nil }
        let decoded: [T] = nodes.compactMap { node, path in
            if case .scalar = node { return reader.text(node, path: path).map { short($0, node, path) } }
            if reader.reportAccidentalMapping(node, path: path, keys: shape.keys) { return nil }
            return reader.mapping(node, path: path, shape: shape, what: what).flatMap(long)
        }
        return decoded.count == nodes.count ? decoded : nil
    }

    /// An icon name or image path, checked against the built-in set and the report's folder.
    private func icon(_ f: NodeReader.Fields, _ key: String) -> String? {
        let path = reader.join(f.path, key)
        guard let node = f.value(key), let name = reader.text(node, path: path) else { return nil }
        switch files.resolve(name) {
        case .success(let resolved): ledger.record(name, resolved)
        case .failure(let error):
            reader.error(error.message, at: node, path: path, hint: error.hint)
            return nil
        }
        return name
    }

    private func value(_ f: NodeReader.Fields, allowPercent: Bool) -> FigureValue? {
        let path = reader.join(f.path, "value")
        guard let raw = reader.text(f, "value"), let node = f.value("value") else { return nil }
        guard let value = FigureValue.parse(raw, language: language) else {
            let trimmed = raw.trimmingSpaces
            if [".nan", ".inf", "+.inf", "-.inf", "nan", "inf", "infinity"].contains(trimmed.lowercased()) {
                reader.error("expected a finite number, got \"\(raw)\"", at: node, path: path, hint: "write the count itself, such as 1500")
                return nil
            }
            if trimmed.hasPrefix("-") || trimmed.hasPrefix("\u{2212}"), case .percent? = FigureValue.parse(String(trimmed.dropFirst()), language: language) {
                reader.error("expected a percentage from 0 to 100, got \"\(raw)\"", at: node, path: path)
                return nil
            }
            if trimmed.hasPrefix("-") || trimmed.hasPrefix("\u{2212}"), FigureValue.parse(String(trimmed.dropFirst()), language: language) != nil {
                reader.error("expected a number of 0 or more, got \"\(raw)\"", at: node, path: path,
                             hint: "key figures count or share something; they cannot be negative")
                return nil
            }
            let forms = allowPercent ? "a number (1500), a percentage (40%), a range (400-500), an open count (30000+) or an amount (€ 1,2 miljoen)"
                                     : "a number (1500), a range (400-500), an open count (30000+) or an amount (€ 1,2 miljoen)"
            reader.error("expected \(forms), got \"\(raw)\"", at: node, path: path, hint: ValueHints.nearest(raw, language: language))
            return nil
        }
        switch value {
        case .money(let v) where v < 0:
            reader.error("expected an amount of 0 or more, got \"\(raw)\"", at: node, path: path,
                         hint: "key figures and bars show amounts spent or received; write a shortfall as a positive amount with a label that says so")
            return nil
        case .money(let v) where v > FigureLimits.largest:
            reader.error("the amount is too large to show; the largest is € 1.000.000.000.000, got \"\(raw)\"", at: node, path: path)
            return nil
        case .percent where !allowPercent:
            reader.error("expected a count here, not a percentage: \"\(raw)\"", at: node, path: path)
            return nil
        case .percent(let v) where !(0...100).contains(v):
            reader.error("expected a percentage from 0 to 100, got \"\(raw)\"", at: node, path: path)
            return nil
        case .count(let v, _) where v > FigureLimits.largest, .range(_, let v) where v > FigureLimits.largest:
            reader.error("the number is too large to show; the largest is 1.000.000.000.000, got \"\(raw)\"", at: node, path: path)
            return nil
        case .range(let lo, let hi) where lo > hi:
            reader.error("the range starts above where it ends: \"\(raw)\"", at: node, path: path, hint: "write the smaller number first")
            return nil
        default:
            return value
        }
    }
}

/// Both or nothing: for fields that are decoded (and reported) independently first.
func zip2<A, B>(_ a: A?, _ b: B?) -> (A, B)? {
    guard let a, let b else { return nil }
    return (a, b)
}
