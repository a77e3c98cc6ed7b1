import Foundation
import PraatplaatPipeline
import PraatplaatScene
import Testing

/// The tagged PDF's structure tree, read back with qpdf's JSON: headings, paragraphs joined from
/// their line blocks, lists with their items, charts and pictures as Figures with `/Alt`.
@Suite(.serialized)
struct StructureTreeTests {
    struct Element {
        var role: String
        var kids: [String]
        var page: String?
        var mcids: [Int]
        var alt: String?
    }

    /// Renders an example and returns its structure elements by object, and the scene's figure alts.
    func tree(_ example: String) throws -> (elements: [String: Element], sceneAlts: [String], pdf: String) {
        let folder = try Paths.temporaryFolder()
        let pipeline = Pipeline()
        let loaded = try pipeline.load(Paths.root.appendingPathComponent("examples/\(example).yaml"))
        let laidOut = try pipeline.layout(loaded)
        _ = try pipeline.render(loaded, laidOut: laidOut, options: RenderOptions(outputDirectory: folder, formats: [.pdf], pdfDates: .none))
        let pdf = folder.appendingPathComponent("\(example).pdf").path
        let json = try Tool.run("qpdf", ["--json=2", pdf])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let objects = try #require((root["qpdf"] as? [Any])?.last as? [String: Any])
        var elements: [String: Element] = [:]
        for (key, object) in objects {
            guard let value = (object as? [String: Any])?["value"] as? [String: Any], value["/Type"] as? String == "/StructElem",
                  let role = value["/S"] as? String else { continue }
            let reference = key.replacingOccurrences(of: "obj:", with: "")
            var kids: [String] = [], mcids: [Int] = []
            for kid in (value["/K"] as? [Any]) ?? [value["/K"] as Any] {
                if let ref = kid as? String { kids.append(ref) } else if let mcid = kid as? Int { mcids.append(mcid) }
                else if let mcr = kid as? [String: Any], let mcid = mcr["/MCID"] as? Int { mcids.append(mcid) }
            }
            let alt = (value["/Alt"] as? String).map { String($0.dropFirst(2)) } // "u:" marks decoded text
            elements[reference] = Element(role: String(role.dropFirst()), kids: kids, page: value["/Pg"] as? String, mcids: mcids, alt: alt)
        }
        let alts = laidOut.document.pages.flatMap { $0.items.flatMap(\.figureAlts) }
        return (elements, alts, pdf)
    }

    @Test func chartsAreFiguresWithTheirValuesInWords() throws {
        let (elements, sceneAlts, pdf) = try tree("kinderwerk-lindenmeer")
        #expect(try Tool.run("qpdf", ["--check", pdf]).contains("No syntax or stream encoding errors found"))
        let figures = elements.values.filter { $0.role == "Figure" }
        // In the order they are drawn (by page, then marked-content id), with the scene's texts.
        let ordered = figures.sorted { ($0.page ?? "", $0.mcids.first ?? 0) < ($1.page ?? "", $1.mcids.first ?? 0) }
        #expect(ordered.map(\.alt) == sceneAlts.map(Optional.some))
        #expect(sceneAlts.contains { $0.hasPrefix("Kaart, Deel van de kinderen dat meedoet, per wijk (voorbeeldcijfers): 4 gebieden, 3 klassen: 0% t/m 10%") })
        #expect(sceneAlts.contains { $0.contains("86% van de kinderwerkers werkt bij een welzijnsorganisatie") })
        // The theme's logo is a figure too, named by its alt text.
        #expect(sceneAlts.contains("Gemeente Lindenmeer"))
    }

    /// The budget table of the 2019–2025 factsheet: one Table (its rows are blocks of their own),
    /// two header rows (headings, units) and six body rows of four cells, the first a TH.
    @Test func tablesAreTablesRowsAndCells() throws {
        let (elements, _, pdf) = try tree("lindenmeer-2019-2025")
        #expect(try Tool.run("qpdf", ["--check", pdf]).contains("No syntax or stream encoding errors found"))
        let tables = elements.values.filter { $0.role == "Table" }
        #expect(tables.count == 1, "\(tables.count) tables")
        let table = try #require(tables.first)
        let rows = table.kids.compactMap { elements[$0] }
        #expect(rows.count == 8 && rows.allSatisfy { $0.role == "TR" }, "\(rows.map(\.role))")
        for row in rows {
            let cells = row.kids.compactMap { elements[$0]?.role }
            #expect(cells.count == 4, "\(cells)")
            #expect(cells.allSatisfy { $0 == "TH" || $0 == "TD" })
        }
        #expect(rows.dropFirst(2).allSatisfy { elements[$0.kids[0]]?.role == "TH" && elements[$0.kids[1]]?.role == "TD" })
        #expect(rows.prefix(2).allSatisfy { $0.kids.allSatisfy { elements[$0]?.role == "TH" } })
    }

    @Test func listsKeepTheirItemsTogether() throws {
        let (elements, _, _) = try tree("kinderwerk-lindenmeer")
        let lists = elements.values.filter { $0.role == "L" }
        // "Wat kinderwerkers doen": four items, drawn as four blocks, one list again.
        #expect(lists.contains { list in list.kids.count == 4 && list.kids.allSatisfy { elements[$0]?.role == "LI" } },
                "\(lists.map { $0.kids.count })")
        // The sources (two) and each recommendation group (two items) are lists as well.
        #expect(lists.filter { $0.kids.count == 2 }.count >= 3)
        #expect(elements.values.filter { $0.role == "H1" }.count == 1)
        #expect(elements.values.filter { $0.role == "H2" }.count >= 6)
    }

    @Test func paragraphsAreWholeAgain() throws {
        // The one paragraph of kinderwerk-cijfers (its text section) runs over four lines, each a
        // block of its own: it is still one P, one marked-content run.
        let (elements, _, _) = try tree("kinderwerk-cijfers")
        let paragraphs = elements.values.filter { $0.role == "P" }
        #expect(paragraphs.count == 1, "\(paragraphs.map(\.mcids))")
        #expect(paragraphs.first?.mcids.count == 1)
    }
}
