import Foundation
import PraatplaatLoader
import PraatplaatModel
import Testing

/// Dates and periods as reports give them, written back in the report's language.
struct ReportDateTests {
    @Test(arguments: [
        ("2021", "2021", "2021"), ("mei 2021", "mei 2021", "May 2021"), ("12 mei 2021", "12 mei 2021", "12 May 2021"),
        ("2021-06-15", "15 juni 2021", "15 June 2021"), ("15-06-2021", "15 juni 2021", "15 June 2021"), ("2023/2024", "2023/2024", "2023/2024"),
        ("12 May 2021", "12 mei 2021", "12 May 2021"), ("29 feb. 2024", "29 februari 2024", "29 February 2024"),
    ])
    func readsAndWrites(_ text: String, _ dutch: String, _ english: String) throws {
        let date = try ReportDate.parse(text).get()
        #expect(date.formatted(language: "nl") == dutch)
        #expect(date.formatted(language: "en") == english)
    }

    static func load(_ date: String) -> LoadResult {
        let yaml = "title: Kinderwerk\norganisation: Gemeente Lindenmeer\ndate: \"\(date)\"\nsections:\n  - kind: text\n    text: Tekst.\n"
        return ReportLoader.load(data: Data(yaml.utf8), fileName: "datum.yaml")
    }

    @Test(arguments: [
        ("31-02-2024", "datum.yaml:3:7: error: date: there is no day 31 in februari 2024; it has 29 days"),
        ("2024/2023", "datum.yaml:3:7: error: date: the period ends before it starts: \"2024/2023\"; write the earlier year first: 2024/2025"),
        ("volgend jaar", "datum.yaml:3:7: error: date: expected a date, got \"volgend jaar\"; write 2025, mei 2025, 12 mei 2025, 2025-05-12 or 12-05-2025, or a period such as 2024/2025"),
    ])
    func aWrongDateIsOneLocatedMessage(_ date: String, _ message: String) {
        #expect(Self.load(date).diagnostics.map(\.description) == [message])
    }

    @Test func theDateIsInTheReport() throws {
        let report = try #require(Self.load("mei 2025").report)
        #expect(report.date == ReportDate(year: 2025, month: 5))
        #expect(report.date?.iso8601 == "2025-05-01T00:00:00Z")
    }
}
