/// The report's language, read once from its `language` field and used by every stage: the
/// words Praatplaat writes itself (headings, legends, alt text), how numbers are written and
/// read, the `lang` of the PDF, SVG and HTML, and (later) hyphenation.
///
/// `nl`, `NL`, `nl-NL` and `nl-BE` all write Dutch; `en`, `en-GB` and `en-US` English. Any other
/// language keeps its tag for `lang` (the text is in it) and falls back to English words and
/// numbers; the loader warns about that.
public struct Language: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The tag in BCP 47's case: language lower case, region upper case (`nl-BE`).
    public let tag: String
    /// The language Praatplaat's own words and number formats are in.
    public let words: Words
    /// Whether four-digit numbers get a group mark too (1.309). Dutch style groups from five
    /// digits (1309, 37.658); a report that has numbers of five digits or more groups all of
    /// them, so 1.309 and 37.658 stand side by side, never 1309 and 37.658. Set by the loader.
    public var groupsFourDigits = false

    public enum Words: String, Sendable, Hashable, Codable {
        case dutch, english
    }

    public static let dutch = Language(tag: "nl")
    public static let english = Language(tag: "en")

    public init(tag raw: String) {
        let parts = raw.trimmingSpaces.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        let primary = (parts.first ?? "").lowercased()
        let rest = parts.dropFirst().map { part -> String in
            // Regions are upper case (BE), scripts title case (Latn), others lower case.
            switch part.count {
            case 2 where part.allSatisfy(\.isLetter): part.uppercased()
            case 4 where part.allSatisfy(\.isLetter): part.prefix(1).uppercased() + part.dropFirst().lowercased()
            default: part.lowercased()
            }
        }
        tag = ([primary.isEmpty ? "nl" : primary] + rest).joined(separator: "-")
        words = primary == "en" ? .english : primary == "nl" || primary.isEmpty ? .dutch : .english
    }

    /// Whether Praatplaat writes this language itself (else it falls back to English).
    public var isSupported: Bool {
        let primary = tag.split(separator: "-").first.map(String.init) ?? ""
        return primary == "nl" || primary == "en"
    }

    public var isDutch: Bool { words == .dutch }

    /// The words Praatplaat writes in this language.
    public var phrases: Phrases { isDutch ? .dutch : .english }

    public var description: String { tag }

    /// The same language with the report's grouping rule chosen from the numbers it shows.
    public func grouping(for values: [FigureValue]) -> Language {
        var copy = self
        copy.groupsFourDigits = values.contains { v in
            switch v {
            case .percent: false
            case .count(let n, _): abs(n) >= 10_000
            case .range(let lo, let hi): abs(lo) >= 10_000 || abs(hi) >= 10_000
            // Amounts are grouped from a thousand up in any case (`€ 1.500`), as banks write them.
            case .money: false
            }
        }
        return copy
    }

    public init(from decoder: any Decoder) throws {
        self.init(tag: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(tag)
    }
}

/// Every word Praatplaat itself puts on a page, a chart or a site, in one table per language.
public struct Phrases: Sendable {
    public var source: String
    public var sources: String
    public var logarithmicScale: String
    /// Before the number of a unit chart's legend: "1 icoon = 200".
    public var oneIcon: String
    public var keyFigures: String
    public var barChart: String
    public var barChartLogarithmic: String
    public var unitChart: String
    public var lineChart: String
    public var columnChart: String
    public var stackedColumnChart: String
    public var stackedBar: String
    public var splitBar: String
    public var table: String
    /// After a reference series in alt text: "Nederland (ter vergelijking)".
    public var forReference: String
    /// A figure marked `*`: "voorlopig".
    public var provisional: String
    /// "Totaal", for a stacked bar's alt text.
    public var total: String
    /// What the CBS signs mean, for the note under a chart or table (see `MissingSign`).
    public var noData: String
    public var notKnown: String
    public var secret: String
    public var nihil: String
    /// How a provisional value is drawn, after "Voorlopig" in a chart's note.
    public var dashed: String
    public var lighter: String
    public var comparison: String
    public var tableCaption: String
    public var skipToContent: String
    public var allReports: String
    public var downloads: String
    public var filterReports: String
    public var noMatch: String
    public var notFoundTitle: String
    public var notFoundText: String
    public var pdfForPrint: String
    /// ", pagina 2".
    public var page: String
    /// How a key figure stands to its reference, in alt text: "hoger dan", "lager dan", "gelijk aan".
    public var higherThan: String
    public var lowerThan: String
    public var sameAs: String
    /// A map's alt text and legend: "Kaart", "4% t/m 12%", "meer dan 12%", "hoogst", "laagst".
    public var map: String
    public var circleMap: String
    public var areas: String
    public var places: String
    public var classes: String
    public var upTo: String
    public var over: String
    public var highest: String
    public var lowest: String
    /// Under a map whose smallest regions have no name on it: "Niet benoemd op de kaart".
    public var notNamed: String
    /// The headings of a map's table on the site: "Gebied", "Waarde".
    public var area: String
    public var place: String
    public var value: String

    public static let dutch = Phrases(
        source: "Bron", sources: "Bronnen", logarithmicScale: "Logaritmische schaal", oneIcon: "1 icoon = ",
        keyFigures: "Kerncijfers", barChart: "Staafdiagram", barChartLogarithmic: "Staafdiagram op een logaritmische schaal",
        unitChart: "Pictogrammen", lineChart: "Lijndiagram", columnChart: "Kolomdiagram", stackedColumnChart: "Gestapeld kolomdiagram",
        stackedBar: "Gestapelde staven", splitBar: "Staven naar twee kanten", table: "Tabel", forReference: "ter vergelijking",
        provisional: "voorlopig", total: "totaal", noData: "geen gegevens", notKnown: "onbekend", secret: "geheim", nihil: "nihil",
        dashed: "gestippeld", lighter: "lichter",
        comparison: "Vergelijking in oppervlakten", tableCaption: "De cijfers",
        skipToContent: "Naar de inhoud", allReports: "Alle rapporten", downloads: "Downloaden", filterReports: "Zoek in de rapporten",
        noMatch: "Geen rapport gevonden.", notFoundTitle: "Pagina niet gevonden", notFoundText: "Deze pagina bestaat niet (meer).",
        pdfForPrint: "PDF (om te printen)", page: "pagina", higherThan: "hoger dan", lowerThan: "lager dan", sameAs: "gelijk aan",
        map: "Kaart", circleMap: "Kaart met cirkels naar grootte", areas: "gebieden", places: "plekken", classes: "klassen", upTo: "t/m", over: "meer dan",
        highest: "hoogst", lowest: "laagst", notNamed: "Niet benoemd op de kaart",
        area: "Gebied", place: "Plek", value: "Waarde")

    public static let english = Phrases(
        source: "Source", sources: "Sources", logarithmicScale: "Logarithmic scale", oneIcon: "1 icon = ",
        keyFigures: "Key figures", barChart: "Bar chart", barChartLogarithmic: "Bar chart on a logarithmic scale",
        unitChart: "Pictogram chart", lineChart: "Line chart", columnChart: "Column chart", stackedColumnChart: "Stacked column chart",
        stackedBar: "Stacked bars", splitBar: "Back-to-back bars", table: "Table", forReference: "for reference",
        provisional: "provisional", total: "total", noData: "no data", notKnown: "not known", secret: "confidential", nihil: "nil",
        dashed: "dashed", lighter: "lighter",
        comparison: "Comparison of areas", tableCaption: "The numbers",
        skipToContent: "Skip to the content", allReports: "All reports", downloads: "Downloads", filterReports: "Filter the reports",
        noMatch: "No report matches.", notFoundTitle: "Page not found", notFoundText: "This page does not exist (any more).",
        pdfForPrint: "PDF (print)", page: "page", higherThan: "higher than", lowerThan: "lower than", sameAs: "the same as",
        map: "Map", circleMap: "Map with circles sized by value", areas: "areas", places: "places", classes: "classes", upTo: "to", over: "over",
        highest: "highest", lowest: "lowest", notNamed: "Not named on the map",
        area: "Area", place: "Place", value: "Value")
}

/// `"nl"` where a language is expected (tests, fixed defaults).
extension Language: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self.init(tag: value) }
}
