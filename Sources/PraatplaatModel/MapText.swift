/// A map in words, for the tagged PDF's alt text and the site: what it shows, the classes its
/// colours stand for, which regions are highest and lowest, and which have no data.
enum MapText {
    /// Up to this many regions are all named with their values; more are summed up by their ends.
    static let namedAll = 12
    static let namedAtEnds = 3

    static func alt(_ s: MapSection, language: Language) -> String {
        let words = language.phrases
        let rows = s.rows
        func said(_ row: (name: String, cell: DataCell?)) -> String {
            "\(InlineText.plain(row.name)) \(row.cell.map { ChartText.cell($0, unit: s.unit, language: language) } ?? words.noData)"
        }
        var parts: [String] = []
        let given = rows.compactMap { row in row.cell?.number.map { (row, $0) } }.sorted { ($0.1, $1.0.name) > ($1.1, $0.0.name) }.map(\.0)
        let classes = s.classLimits(numbers: rows.compactMap { $0.cell?.number })
        if s.show == .colours, classes.count > 1 {
            parts.append("\(rows.count) \(words.areas), \(classes.count) \(words.classes): " + s.classNames(language: language, classes: classes).joined(separator: ", "))
        } else {
            parts.append("\(rows.count) \(s.atPlaces ? words.places : words.areas)")
        }
        if given.count <= namedAll {
            if !given.isEmpty { parts.append(given.map(said).joined(separator: ", ")) }
        } else {
            parts.append("\(words.highest): " + given.prefix(namedAtEnds).map(said).joined(separator: ", "))
            parts.append("\(words.lowest): " + given.suffix(namedAtEnds).reversed().map(said).joined(separator: ", "))
        }
        let without = rows.filter { $0.cell?.number == nil }
        if !without.isEmpty {
            let names = without.prefix(namedAll).map { InlineText.plain($0.name) } + (without.count > namedAll ? ["…"] : [])
            parts.append("\(words.noData): " + names.joined(separator: ", "))
        }
        let kind = s.show == .circles ? words.circleMap : words.map
        return "\(kind)\(s.title.map { ", " + InlineText.plain($0) } ?? ""): \(parts.joined(separator: "; "))."
    }
}
