import Foundation
@testable import PraatplaatData
import Testing

/// The JSON reader of map files: numbers exactly as the standard library reads them, strings
/// with every escape, and a place for what is not JSON.
struct MapJSONTests {
    @Test func numbersAreReadExactly() throws {
        var generator = SystemRandomNumberGenerator()
        var texts = ["0", "-0", "1", "155000", "463000.5", "5.38720621", "52.15517440", "-1.5e-3", "1E5", "123456789012345678", "0.1", "2.2250738585072014e-308"]
        for _ in 0..<2000 {
            let whole = Int.random(in: -400_000...400_000, using: &generator)
            let fraction = Int.random(in: 0...99_999_999, using: &generator)
            texts.append("\(whole).\(fraction)")
            texts.append(String(Double.random(in: -1e6...1e6, using: &generator)))
        }
        let json = "[" + texts.joined(separator: ",") + "]"
        let read = try #require(try MapJSON.parse(Data(json.utf8)) as? [Any])
        for (text, value) in zip(texts, read) {
            #expect(value as? Double == Double(text), "\(text)")
        }
    }

    /// A ring of positions is read as rows of numbers, kept flat; lists of another shape as lists.
    @Test func positionsAreRowsAndOtherListsStayLists() throws {
        let rows = try #require(try MapJSON.parse(Data("[[1, 2], [3.5, -4], [5,6]]".utf8)) as? MapJSON.NumberRows)
        #expect(rows.width == 2 && rows.count == 3 && Array(rows.row(1)) == [3.5, -4])
        #expect(MapJSON.lists(rows) == [[1, 2], [3.5, -4], [5, 6]])
        // Rows of unequal length, or with something else in them, are plain lists.
        let uneven = try #require(try MapJSON.parse(Data("[[1, 2], [3]]".utf8)) as? [Any])
        #expect(uneven.count == 2 && uneven[1] as? [Double] == [3])
        let mixed = try #require(try MapJSON.parse(Data(#"[[1, 2], [3, "x"], []]"#.utf8)) as? [Any])
        #expect(mixed.count == 3 && mixed[0] as? [Double] == [1, 2] && (mixed[1] as? [Any])?.last as? String == "x")
        let numbersThenText = try #require(try MapJSON.parse(Data(#"[1, 2, "drie"]"#.utf8)) as? [Any])
        #expect(numbersThenText.count == 3 && numbersThenText[2] as? String == "drie")
        // A broken row is still named by its place.
        #expect(throws: MapJSON.Failure.self) { try MapJSON.parse(Data("[[1, 2], [3, 4".utf8)) }
        do {
            _ = try MapJSON.parse(Data("[\n[1, 2],\n[3, 4 5]]".utf8))
        } catch {
            #expect(MapJSON.place(of: error.offset, in: Data("[\n[1, 2],\n[3, 4 5]]".utf8)) == "line 3, column 7")
        }
    }

    @Test func stringsObjectsAndWords() throws {
        let json = #"{"naam": "De \"Linden\"\n\u00e9\ud83d\ude00", "leeg": {}, "lijst": [], "waar": true, "niet": false, "niets": null, "ç": "ä"}"#
        let object = try #require(try MapJSON.parse(Data(json.utf8)) as? [String: Any])
        #expect(object["naam"] as? String == "De \"Linden\"\né😀")
        #expect((object["leeg"] as? [String: Any])?.isEmpty == true && (object["lijst"] as? [Any])?.isEmpty == true)
        #expect(object["waar"] as? Bool == true && object["niet"] as? Bool == false && object["niets"] is NSNull)
        #expect(object["ç"] as? String == "ä")
    }

    @Test(arguments: [
        ("{\n  \"type\": \"Feature\",\n  \"x\": [1, 2,]\n}", "line 3, column 14"),
        ("{\"a\": 01}", "cannot start with 0"),
        ("{\"a\": \"tab\there\"}", "control character"),
        ("[1, 2] 3", "text after the end"),
        ("{\"a\" 1}", "expected ':'"),
        ("[tru]", "unexpected character"),
        // Lists cut short, as the fuzzer wrote them: a message, not a read past the end.
        ("[", "ends inside a list"), ("[ ", "ends inside a list"), ("[1,", "ends"), ("[[1, 2], [", "ends"), ("[[1, 2],", "ends"), ("[[1, 2", "ends"),
        ("\"\\x\"", "unknown escape"),
    ])
    func notJSONSaysWhere(_ text: String, _ expected: String) {
        #expect { try GeoReader.read(Data(text.utf8)) } throws: { error in
            let message = (error as? GeoError)?.message ?? ""
            return message.hasPrefix("the map file is not JSON") && message.contains(expected)
        }
    }
}
