import Foundation
import PraatplaatLayout
import PraatplaatLoader
import PraatplaatModel
import PraatplaatScene
import Testing

struct SourcesLayoutTests {
    /// A source given only as an address shows it once, as a link; a titled one shows both.
    @Test func addressOnlySourcesShowTheAddressOnceAsALink() throws {
        let yaml = """
        title: Bronnen
        sections:
          - kind: sources
            items:
              - https://www.nji.nl
              - url: https://www.sociaalwerknederland.nl
              - { text: Kinderwerk anno 2021, url: "https://www.nji.nl/kinderwerk" }
        """
        let report = try #require(ReportLoader.load(data: Data(yaml.utf8), fileName: "b.yaml").report)
        let page = try #require(ReportLayout(measurer: FixedAdvanceMeasurer(advance: 0.3)).layout(report).pages.first)
        let lines = page.scene.items.flatMap(\.textLines).map(\.text)
        #expect(lines.contains("https://www.nji.nl"))
        #expect(lines.contains("https://www.sociaalwerknederland.nl"))
        #expect(lines.contains("Kinderwerk anno 2021 https://www.nji.nl/kinderwerk"))
        let links = page.scene.items.flatMap(\.textLines).flatMap(\.spans).compactMap(\.link)
        #expect(links == ["https://www.nji.nl", "https://www.sociaalwerknederland.nl", "https://www.nji.nl/kinderwerk"])
    }
}
