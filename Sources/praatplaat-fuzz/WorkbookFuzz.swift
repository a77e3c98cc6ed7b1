import Foundation
import PraatplaatData
import ZIPFoundation

/// One fuzz input through the `.xlsx` reader. Random bytes seldom make a ZIP, so an input that
/// is not one is taken as the XML of a workbook's parts, split at lines holding `----`: sheet,
/// shared strings, styles, workbook (missing ones get a plain default), and zipped here. The
/// reader under test then meets arbitrary XML, cell references, types and number formats. An
/// input that is a ZIP (`PK`) goes to the reader as it is, for the archive's own checks.
enum WorkbookFuzz {
    static let ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
    static let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static func run(_ data: Data) {
        let bytes = data.starts(with: [0x50, 0x4B]) ? data : zipped(data)
        guard let bytes else { return }
        do {
            let table = try DataFile.table(workbook: bytes, name: "fuzz.xlsx")
            for row in table.rows {
                for (i, cell) in row.cells.enumerated() {
                    _ = cell.written(language: .dutch)
                    _ = table.place(of: row, column: i)
                }
            }
        } catch {
            _ = error.description
        }
    }

    static func zipped(_ data: Data) -> Data? {
        let text = String(decoding: data, as: UTF8.self)
        var pieces = text.components(separatedBy: "\n----\n")
        let defaults = [
            "<worksheet \(ns)><sheetData/></worksheet>",
            "<sst \(ns)/>",
            "<styleSheet \(ns)><cellXfs><xf numFmtId=\"0\"/></cellXfs></styleSheet>",
            "<workbook \(ns)><sheets><sheet name=\"Blad1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
        ]
        while pieces.count < defaults.count { pieces.append(defaults[pieces.count]) }
        let parts: [(String, String)] = [
            ("_rels/.rels", "<Relationships><Relationship Id=\"rId1\" Type=\"\(rel)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"),
            ("xl/_rels/workbook.xml.rels", "<Relationships><Relationship Id=\"rId1\" Type=\"\(rel)/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"\(rel)/sharedStrings\" Target=\"sharedStrings.xml\"/><Relationship Id=\"rId3\" Type=\"\(rel)/styles\" Target=\"styles.xml\"/></Relationships>"),
            ("xl/worksheets/sheet1.xml", pieces[0]), ("xl/sharedStrings.xml", pieces[1]), ("xl/styles.xml", pieces[2]), ("xl/workbook.xml", pieces[3]),
        ]
        guard let archive = try? Archive(data: Data(), accessMode: .create) else { return nil }
        for (path, xml) in parts {
            let body = Data(xml.utf8)
            try? archive.addEntry(with: path, type: .file, uncompressedSize: Int64(body.count), modificationDate: Date(timeIntervalSince1970: 0)) { position, size in
                body.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data
    }
}
