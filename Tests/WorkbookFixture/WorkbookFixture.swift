import Foundation
import ZIPFoundation

/// Builds small `.xlsx` files part by part, so each test states the XML a workbook holds:
/// shared strings, styles with number formats, the 1904 date system, formula errors.
public struct WorkbookFixture {
    public enum Cell {
        case number(Double, style: Int = 0)
        case shared(Int)
        case inline(String)
        case error(String)
        case bool(Bool)
        case formulaText(String)
    }

    public struct Sheet {
        public var name: String
        /// Cell reference -> cell.
        public var cells: [(String, Cell)]
        public var chart = false

        public init(name: String, cells: [(String, Cell)], chart: Bool = false) { self.name = name; self.cells = cells; self.chart = chart }
    }

    public var sheets: [Sheet]
    public var sharedStrings: [String] = []
    /// Custom number formats (id, code), and the `numFmtId` of each cell style after style 0.
    public var numberFormats: [(Int, String)] = []
    public var styles: [Int] = []
    public var date1904 = false
    /// Parts to replace or add, as written.
    public var extraParts: [String: String] = [:]

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    public init(sheets: [Sheet]) { self.sheets = sheets }

    func parts() -> [String: String] {
        let ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        var parts: [String: String] = [:]
        parts["[Content_Types].xml"] = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
        parts["_rels/.rels"] = "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"\(rel)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"
        var sheetList = "", rels = ""
        for (i, sheet) in sheets.enumerated() {
            sheetList += "<sheet name=\"\(Self.escape(sheet.name))\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>"
            let type = sheet.chart ? "chartsheet" : "worksheet"
            let folder = sheet.chart ? "chartsheets" : "worksheets"
            rels += "<Relationship Id=\"rId\(i + 1)\" Type=\"\(rel)/\(type)\" Target=\"\(folder)/sheet\(i + 1).xml\"/>"
            var rows: [Int: String] = [:]
            var order: [Int] = []
            for (ref, cell) in sheet.cells {
                let row = Int(ref.drop(while: \.isLetter))!
                if rows[row] == nil { order.append(row); rows[row] = "" }
                let xml: String
                switch cell {
                case .number(let v, let style): xml = "<c r=\"\(ref)\"\(style > 0 ? " s=\"\(style)\"" : "")><v>\(v)</v></c>"
                case .shared(let i): xml = "<c r=\"\(ref)\" t=\"s\"><v>\(i)</v></c>"
                case .inline(let t): xml = "<c r=\"\(ref)\" t=\"inlineStr\"><is><t>\(Self.escape(t))</t></is></c>"
                case .error(let e): xml = "<c r=\"\(ref)\" t=\"e\"><f>1/0</f><v>\(e)</v></c>"
                case .bool(let b): xml = "<c r=\"\(ref)\" t=\"b\"><v>\(b ? 1 : 0)</v></c>"
                case .formulaText(let t): xml = "<c r=\"\(ref)\" t=\"str\"><f>A1</f><v>\(Self.escape(t))</v></c>"
                }
                rows[row]! += xml
            }
            let data = order.sorted().map { "<row r=\"\($0)\">\(rows[$0]!)</row>" }.joined()
            parts["xl/\(folder)/sheet\(i + 1).xml"] = sheet.chart ? "<?xml version=\"1.0\"?><chartsheet \(ns)/>"
                : "<?xml version=\"1.0\"?><worksheet \(ns)><sheetData>\(data)</sheetData></worksheet>"
        }
        let n = sheets.count
        rels += "<Relationship Id=\"rId\(n + 1)\" Type=\"\(rel)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        rels += "<Relationship Id=\"rId\(n + 2)\" Type=\"\(rel)/styles\" Target=\"/xl/styles.xml\"/>"
        parts["xl/workbook.xml"] = "<?xml version=\"1.0\"?><workbook \(ns)>\(date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>")<sheets>\(sheetList)</sheets></workbook>"
        parts["xl/_rels/workbook.xml.rels"] = "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(rels)</Relationships>"
        parts["xl/sharedStrings.xml"] = "<?xml version=\"1.0\"?><sst \(ns)>" + sharedStrings.map { "<si><t xml:space=\"preserve\">\(Self.escape($0))</t></si>" }.joined() + "</sst>"
        let formats = numberFormats.map { "<numFmt numFmtId=\"\($0.0)\" formatCode=\"\(Self.escape($0.1))\"/>" }.joined()
        let xfs = ([0] + styles).map { "<xf numFmtId=\"\($0)\" fontId=\"0\"/>" }.joined()
        parts["xl/styles.xml"] = "<?xml version=\"1.0\"?><styleSheet \(ns)><numFmts>\(formats)</numFmts><cellStyleXfs><xf numFmtId=\"14\"/></cellStyleXfs><cellXfs>\(xfs)</cellXfs></styleSheet>"
        for (path, xml) in extraParts { parts[path] = xml }
        return parts
    }

    public func data() throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, xml) in parts().sorted(by: { $0.key < $1.key }) {
            let bytes = Data(xml.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data!
    }

    public func write(to url: URL) throws { try data().write(to: url) }
}
