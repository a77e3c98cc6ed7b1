import PraatplaatScene
import Testing

struct SceneTests {
    @Test func lengthsConvert() {
        #expect(abs(Length.mm(210).points - 595.2756) < 0.001)
        #expect(abs(Length.pt(595.2756).pixels(dpi: 150) - 1240.16) < 0.01)
        #expect(abs(Length.inch(1).millimetres - 25.4) < 1e-9)
    }

    @Test func colorsParseAndPrint() {
        #expect(Color(hex: "#1B3A6B")?.description == "#1b3a6b")
        #expect(Color(hex: "#1B3A6B80")?.description == "#1b3a6b80")
        #expect(Color(hex: "blue") == nil)
    }

    @Test func dumpIsStableAndReadable() {
        let font = FontSpec(family: "Inter", size: 10.5, weight: .bold)
        let page = ScenePage(size: Size(width: 100, height: 50), background: .white, items: [
            .fill(.rect(Rect(x: 1, y: 2, width: 3, height: 4), cornerRadius: 0.5), .black),
            .group([.text(TextLine(origin: Point(x: 10, y: 20.004), spans: [TextSpan(text: "Zeg \"hoi\"", font: font, color: .black)],
                                   width: 30, ascent: 8, descent: 2))], clip: Rect(x: 0, y: 0, width: 50, height: 50)),
            .link(Rect(x: 0, y: 0, width: 5, height: 5), url: "https://example.org"),
        ])
        let dump = Dump.document(SceneDocument(metadata: DocumentMetadata(title: "T"), pages: [page]))
        #expect(dump == """
            document "T" lang=nl
            page 1 100.00x50.00 background=#ffffff
              fill rect 1.00,2.00 3.00x4.00 r=0.50 #000000
              group clip=0.00,0.00 50.00x50.00
                text 10.00,20.00 w=30.00 [Inter 10.50 w700 #000000 "Zeg \\"hoi\\""]
              link 0.00,0.00 5.00x5.00 "https://example.org"

            """)
    }

    @Test func offsetMovesEverything() {
        let item = SceneItem.group([.stroke(.line(from: Point(x: 0, y: 0), to: Point(x: 1, y: 1)), Stroke(color: .black, width: 2))], clip: nil)
        #expect(item.offset(dx: 10, dy: 20).bounds == Rect(x: 9, y: 19, width: 3, height: 3))
    }
}
