import Foundation
import ZIPFoundation

/// An `.xlsx` workbook (Office Open XML, a ZIP of XML parts), read for its cells: the sheets
/// and their order, the shared strings, the number formats that say which numbers are dates,
/// and the date system. Only what a table of values needs; formulas are read as their stored
/// results. Every part is bounded in size, so a hostile file cannot fill memory.
struct XLSXWorkbook {
    static let maxPartSize = 64 << 20

    struct Sheet {
        var name: String
        var path: String?
        /// A chart sheet or dialog sheet has no cells.
        var isWorksheet: Bool
    }

    private let archive: Archive
    private(set) var sheets: [Sheet] = []
    private(set) var system1904 = false
    private(set) var sharedStrings: [String] = []
    /// Per cell style (`s`), what its number format makes of a number.
    private(set) var styles: [XLSXNumberFormat] = []

    /// A workbook held in memory, read through a temporary file (see `init(url:)`).
    init(data: Data) throws(DataFileError) {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("praatplaat-\(UUID().uuidString).xlsx")
        do { try data.write(to: url) } catch { throw DataFileError("cannot read the workbook: no room for a temporary copy") }
        defer { try? FileManager.default.removeItem(at: url) }
        try self.init(url: url)
    }

    /// The workbook in the file at `url`. The archive is read from the file, never from memory:
    /// ZIPFoundation 0.9.20's in-memory archive traps on an offset past its end, which a
    /// damaged file's directory can name (found by fuzzing).
    init(url: URL) throws(DataFileError) {
        let start: Data
        do {
            let handle = try FileHandle(forReadingFrom: url)
            start = try handle.read(upToCount: 8) ?? Data()
            try? handle.close()
        } catch {
            throw DataFileError("cannot read the file")
        }
        switch DataFile.kind(ofStart: start) {
        case .compoundDocument:
            let data = (try? Data(contentsOf: url, options: .alwaysMapped)) ?? Data()
            // An encrypted .xlsx is an OLE container with an EncryptionInfo stream; an old .xls
            // has a Workbook stream. Stream names are UTF-16.
            if data.range(of: Data("EncryptionInfo".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })) != nil {
                throw DataFileError("the workbook is protected with a password", hint: "remove the password in Excel (File > Info > Protect Workbook) and save it again")
            }
            throw DataFileError("the file is an old Excel 97-2003 workbook (.xls), which is not read", hint: "save it from Excel as .xlsx (Excel Workbook) or as CSV UTF-8")
        case .text:
            throw DataFileError("the file is not an Excel workbook (it is text, or damaged)", hint: "save it from Excel as .xlsx, or name a text file .csv")
        case .zip: break
        }
        guard let whole = try? Data(contentsOf: url, options: .alwaysMapped) else { throw DataFileError("cannot read the file") }
        if whole.count > Self.maxPartSize * 4 { throw DataFileError("the workbook is larger than \(Self.maxPartSize * 4 >> 20) MB", hint: "save the sheet with the numbers on its own, or as CSV") }
        if let problem = ZIPBounds.problem(in: whole) { throw Self.damaged(problem) }
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw Self.damaged("it is not a readable ZIP archive")
        }
        let workbookPath = try mainPart()
        let folder = (workbookPath as NSString).deletingLastPathComponent
        let targets = try relationships(of: workbookPath)
        try readWorkbook(workbookPath, folder: folder, targets: targets)
        if let strings = targets.values.first(where: { $0.type.hasSuffix("/sharedStrings") }) {
            sharedStrings = try readSharedStrings(strings.path)
        }
        if let styles = targets.values.first(where: { $0.type.hasSuffix("/styles") }) {
            self.styles = try readStyles(styles.path)
        }
    }

    static func damaged(_ why: String) -> DataFileError {
        DataFileError("the workbook is damaged: \(why)", hint: "open it in Excel and save it again as .xlsx")
    }

    /// A part's bytes, at most `maxPartSize` of them.
    func part(_ path: String) throws(DataFileError) -> Data? {
        guard let entry = archive[path] else { return nil }
        guard entry.uncompressedSize <= UInt64(Self.maxPartSize) else { throw Self.damaged("\(path) is larger than \(Self.maxPartSize >> 20) MB") }
        var data = Data()
        let checksum: CRC32
        do {
            checksum = try archive.extract(entry, skipCRC32: false) { chunk in
                data.append(chunk)
                if data.count > Self.maxPartSize { throw CancellationError() }
            }
        } catch {
            throw Self.damaged("\(path) cannot be unpacked")
        }
        // ZIPFoundation returns the checksum and leaves comparing it to us.
        guard checksum == entry.checksum else { throw Self.damaged("\(path) is corrupt (its checksum does not match)") }
        return data
    }

    private func parse(_ path: String, _ events: XMLEvents) throws(DataFileError) {
        guard let data = try part(path) else { throw Self.damaged("it has no \(path)") }
        if let problem = events.parse(data) { throw Self.damaged("\(path): \(problem)") }
    }

    /// The workbook part, as the package's relationships name it (usually xl/workbook.xml).
    private func mainPart() throws(DataFileError) -> String {
        guard archive["_rels/.rels"] != nil else {
            if archive["xl/workbook.xml"] != nil { return "xl/workbook.xml" }
            throw Self.damaged("it has no workbook part (is it an Excel file?)")
        }
        let root = try relationships(of: "")
        guard let main = root.values.first(where: { $0.type.hasSuffix("/officeDocument") }) else {
            throw Self.damaged("it names no workbook part (is it an Excel file?)")
        }
        return main.path
    }

    struct Target { var type: String; var path: String }

    /// The relationships of a part, by id, with targets resolved to paths in the archive.
    private func relationships(of partPath: String) throws(DataFileError) -> [String: Target] {
        let folder = (partPath as NSString).deletingLastPathComponent
        let relsPath = (folder.isEmpty ? "" : folder + "/") + "_rels/" + (partPath as NSString).lastPathComponent + ".rels"
        guard archive[relsPath] != nil else { return [:] }
        var found: [String: Target] = [:]
        let events = XMLEvents()
        events.start = { name, attributes in
            guard name == "Relationship", let id = attributes["Id"], let target = attributes["Target"], attributes["TargetMode"] != "External" else { return }
            found[id] = Target(type: attributes["Type"] ?? "", path: Self.resolve(target, from: folder))
        }
        try parse(relsPath, events)
        return found
    }

    /// `worksheets/sheet1.xml` from `xl` is `xl/worksheets/sheet1.xml`; `/xl/...` is absolute.
    static func resolve(_ target: String, from folder: String) -> String {
        var parts: [Substring] = target.hasPrefix("/") ? [] : folder.split(separator: "/")
        for piece in target.split(separator: "/") {
            if piece == ".." { _ = parts.popLast() } else if piece != "." { parts.append(piece) }
        }
        return parts.joined(separator: "/")
    }

    private mutating func readWorkbook(_ path: String, folder: String, targets: [String: Target]) throws(DataFileError) {
        var sheets: [Sheet] = []
        var system1904 = false
        let events = XMLEvents()
        events.start = { name, attributes in
            switch name {
            case "workbookPr":
                system1904 = ["1", "true"].contains(attributes["date1904"]?.lowercased() ?? "")
            case "sheet":
                let target = attributes.attribute("id").flatMap { targets[$0] }
                sheets.append(Sheet(name: attributes["name"] ?? "", path: target?.path, isWorksheet: target?.type.hasSuffix("/worksheet") ?? false))
            default: break
            }
        }
        try parse(path, events)
        if sheets.isEmpty { throw Self.damaged("it has no sheets") }
        self.sheets = sheets
        self.system1904 = system1904
    }

    private func readSharedStrings(_ path: String) throws(DataFileError) -> [String] {
        var strings: [String] = []
        var current = "", inText = false, phonetic = 0
        let events = XMLEvents()
        events.start = { name, _ in
            switch name {
            case "si": current = ""
            case "t": inText = true
            case "rPh": phonetic += 1
            default: break
            }
        }
        events.end = { name in
            switch name {
            case "si": strings.append(current)
            case "t": inText = false
            case "rPh": phonetic -= 1
            default: break
            }
        }
        events.text = { if inText && phonetic == 0 { current += $0 } }
        try parse(path, events)
        return strings
    }

    private func readStyles(_ path: String) throws(DataFileError) -> [XLSXNumberFormat] {
        var custom: [Int: String] = [:]
        var formats: [XLSXNumberFormat] = []
        var inCellXfs = false
        let events = XMLEvents()
        events.start = { name, attributes in
            switch name {
            case "numFmt":
                if let id = attributes["numFmtId"].flatMap(Int.init) { custom[id] = attributes["formatCode"] ?? "" }
            case "cellXfs": inCellXfs = true
            case "xf" where inCellXfs:
                let id = attributes["numFmtId"].flatMap(Int.init) ?? 0
                formats.append(custom[id].map(XLSXNumberFormat.parse) ?? XLSXNumberFormat.builtIn(id))
            default: break
            }
        }
        events.end = { if $0 == "cellXfs" { inCellXfs = false } }
        try parse(path, events)
        return formats
    }

    /// The sheet named `name` (case as written, or ignoring case), or the first one.
    func table(named name: String?, fileName: String) throws(DataFileError) -> DataTable {
        let sheet: Sheet
        if let name {
            guard let found = sheets.first(where: { $0.name == name }) ?? sheets.first(where: { $0.name.lowercased() == name.lowercased() }) else {
                throw DataFileError("the workbook has no sheet \"\(name)\"",
                                    hint: "its sheets are " + sheets.map { "\"\($0.name)\"" }.joined(separator: ", "))
            }
            sheet = found
        } else {
            sheet = sheets[0]
        }
        guard sheet.isWorksheet, let path = sheet.path else {
            throw DataFileError("the sheet \"\(sheet.name)\" is a chart, not a sheet of cells", hint: "name the sheet that holds the numbers with 'sheet'")
        }
        let cells = XLSXSheet(workbook: self)
        guard let data = try part(path) else { throw Self.damaged("it has no \(path)") }
        let problem = cells.events.parse(data)
        // A cell's own problem says more than the parser's "aborted".
        if let own = cells.problem { throw own }
        if let problem { throw Self.damaged("\(path): \(problem)") }
        return try cells.table(name: fileName, sheet: sheet.name)
    }
}
