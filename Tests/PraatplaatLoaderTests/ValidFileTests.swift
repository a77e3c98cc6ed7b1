import Foundation
import PraatplaatLoader
import PraatplaatModel
import Testing

struct ValidFileTests {
    static let valid = Paths.fixtures.appendingPathComponent("valid")
    static let examples = Paths.examples

    @Test func yamlAndJSONGiveTheSameReport() throws {
        let yaml = ReportLoader.load(contentsOf: Self.valid.appendingPathComponent("kinderwerk.yaml"))
        let json = ReportLoader.load(contentsOf: Self.valid.appendingPathComponent("kinderwerk.json"))
        #expect(yaml.diagnostics.isEmpty)
        #expect(json.diagnostics.isEmpty)
        let report = try #require(yaml.report)
        #expect(report == json.report)
        #expect(report.sections.map(\.kind) == [.definition, .keyFigures, .list, .sources])
        guard case .keyFigures(let figures) = report.sections[1].content else { Issue.record("not key figures"); return }
        // `1.500` in a Dutch report is fifteen hundred, not one and a half.
        #expect(figures.figures.map(\.value) == [.percent(40), .count(1500, atLeast: false)])
        guard case .list(let list) = report.sections[2].content else { Issue.record("not a list"); return }
        #expect(list.numbered)
        guard case .sources(let sources) = report.sections[3].content else { Issue.record("not sources"); return }
        #expect(sources.items == [SourceItem(text: "Kinderwerk anno 2021", url: "https://www.nji.nl")])
    }

    @Test func everyExampleLoadsWithoutDiagnostics() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.examples.path).filter { $0.hasSuffix(".yaml") }
        #expect(!names.isEmpty)
        for name in names {
            let result = ReportLoader.load(contentsOf: Self.examples.appendingPathComponent(name), displayName: name)
            #expect(result.diagnostics.isEmpty, "\(name): \(result.diagnostics)")
            #expect(result.report != nil)
        }
    }

    @Test func flagshipCarriesTheSeedFigures() throws {
        let report = try #require(ReportLoader.load(contentsOf: Self.examples.appendingPathComponent("kinderwerk-in-beeld.yaml")).report)
        let values = report.sections.flatMap { section -> [FigureValue] in
            switch section.content {
            case .keyFigures(let s): return s.figures.map(\.value)
            case .unitChart(let s): return s.items.map(\.value)
            default: return []
            }
        }
        #expect(values == [.percent(40), .percent(86), .range(400, 500), .count(30000, atLeast: true)])
        // Every kind seed 001 needs is in it.
        #expect(Set(report.sections.map(\.kind)) == [.definition, .keyFigures, .list, .partners, .unitChart, .recommendations, .sources])
        #expect(report.title == "Kinderwerk in beeld")
        #expect(report.organisation == "Nederlands Jeugdinstituut")
    }

    @Test func modelRoundTripsThroughJSON() throws {
        let report = try #require(ReportLoader.load(contentsOf: Self.valid.appendingPathComponent("kinderwerk.yaml")).report)
        let data = try JSONEncoder().encode(report)
        #expect(try JSONDecoder().decode(Report.self, from: data) == report)
    }
}
