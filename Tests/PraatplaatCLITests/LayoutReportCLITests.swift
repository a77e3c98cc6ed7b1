import Foundation
import PraatplaatCLI
import Testing

/// `validate --layout-report`: a line per page as text, one JSON object per report for scripts.
@Suite(.serialized)
struct LayoutReportCLITests {
    static let flagship = CLITests.root.appendingPathComponent("examples/kinderwerk-in-beeld.yaml").path

    func run(_ arguments: [String]) -> (status: Int32, console: CapturingConsole) {
        let console = CapturingConsole()
        return (PraatplaatCommandLine.run(arguments, console: console), console)
    }

    @Test func jsonHasEveryPageWithItsFigures() throws {
        let (status, console) = run(["validate", "--layout-report", "--format", "json", Self.flagship])
        #expect(status == 0)
        let lines = console.stdout.split(separator: "\n")
        #expect(lines.count == 1, "\(console.stdout)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(object["file"] as? String == Self.flagship)
        let layout = try #require(object["layout"] as? [String: Any])
        let pages = try #require(layout["pages"] as? [[String: Any]])
        #expect(pages.count == 2)
        for (i, page) in pages.enumerated() {
            #expect(page["page"] as? Int == i + 1)
            let filled = try #require(page["filled"] as? Double), covered = try #require(page["covered"] as? Double)
            #expect((0.3...1).contains(filled) && (0.3...1).contains(covered), "\(page)")
            let empty = try #require(page["largestEmpty"] as? [String: Any])
            #expect((empty["width"] as? Double ?? 0) > 0 && (empty["share"] as? Double ?? 1) < 0.5)
            #expect(page["hyphenations"] is [Any] && page["shortLastLines"] is [Any] && page["stretched"] is [Any])
        }
    }

    @Test func textSaysEachPage() {
        let (status, console) = run(["validate", "--layout-report", Self.flagship])
        #expect(status == 0)
        #expect(console.stdout.contains("kinderwerk-in-beeld.yaml: ok"))
        #expect(console.stdout.contains("  page 1: ") && console.stdout.contains("  page 2: "), "\(console.stdout)")
        #expect(console.stdout.contains("largest empty area"))
    }
}
