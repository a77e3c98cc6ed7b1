import Foundation
@testable import PraatplaatLoader
import PraatplaatModel
import Testing

/// A picture's frame: `aspect` as width to height, `height` in millimetres.
struct ImageFrameTests {
    @Test func aspectsAreReadAsWidthToHeight() {
        #expect(SectionDecoder.aspect("16:9") == 16.0 / 9)
        #expect(SectionDecoder.aspect(" 4 : 3 ") == 4.0 / 3)
        #expect(SectionDecoder.aspect("1.5") == 1.5)
        for bad in ["breed", "16:0", "1:2:3", "100:1", ":", "-1:1"] { #expect(SectionDecoder.aspect(bad) == nil, "\(bad)") }
    }

    @Test func anImageKeepsItsFrame() throws {
        let yaml = "title: Beeld\nsections:\n  - kind: image\n    source: heart\n    alt: Een hart\n    aspect: 16:9\n    height: 60\n"
        let result = ReportLoader.load(data: Data(yaml.utf8), fileName: "beeld.yaml")
        let report = try #require(result.report)
        guard case .image(let image) = report.sections[0].content else { Issue.record("not an image"); return }
        #expect(image.height == 60 && image.aspect == 16.0 / 9)
    }
}
