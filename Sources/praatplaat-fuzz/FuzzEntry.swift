import Foundation
import PraatplaatLayout
import PraatplaatLoader
import PraatplaatModel
import PraatplaatScene

/// One fuzz input through load + validate + layout. Input starting with `{` or `[` is read as
/// JSON, so both of the loader's paths are exercised. Layout uses the fixed-advance measurer:
/// the code under test is the geometry, not Pango, and it keeps each run fast.
enum FuzzTarget {
    static func run(_ data: Data) {
        let isJSON = data.first == UInt8(ascii: "{") || data.first == UInt8(ascii: "[")
        let result = ReportLoader.load(data: data, fileName: isJSON ? "fuzz.json" : "fuzz.yaml", isJSON: isJSON)
        for diagnostic in result.diagnostics { _ = diagnostic.description }
        guard let report = result.report else { return }
        let layout = ReportLayout(measurer: FixedAdvanceMeasurer())
        let laidOut = layout.layout(report)
        for page in laidOut.pages { for item in page.scene.items { _ = Dump.lines(item) } }
    }
}

/// Which target a run drives: `PRAATPLAAT_FUZZ=xlsx` for the workbook reader, `text` for the
/// real text path (Pango, libhyphen, PDF/SVG/PNG), `geo` for map files, else reports with the
/// fixed-width measurer.
enum FuzzChoice {
    case report, xlsx, text, geo

    static let current: FuzzChoice = switch ProcessInfo.processInfo.environment["PRAATPLAAT_FUZZ"] {
    case "xlsx": .xlsx
    case "text": .text
    case "geo": .geo
    default: .report
    }

    func run(_ data: Data) {
        switch self {
        case .report: FuzzTarget.run(data)
        case .xlsx: WorkbookFuzz.run(data)
        case .text: TextPathFuzz.run(data)
        case .geo: GeoFuzz.run(data)
        }
    }
}

/// libFuzzer's entry point (`make fuzz` builds with `-sanitize=fuzzer,address -DFUZZING`).
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    guard let start else { return 0 }
    let data = Data(bytes: start, count: count)
    FuzzChoice.current.run(data)
    return 0
}

/// The program's entry. SwiftPM renames an executable's `main`, so libFuzzer's own `main` cannot
/// be used; a fuzzing build hands control to libFuzzer's driver instead. A plain build replays
/// files (`praatplaat-fuzz FILE...`), so a saved crash can be run again in a debugger.
@main
struct FuzzMain {
    static func main() {
        #if FUZZING
        // Build the format's static tables before libFuzzer counts allocations: LeakSanitizer
        // cannot follow Swift's tagged enum pointers from globals and would call them leaks.
        // Only the chosen target's: a leak report lists every unreachable static as well.
        switch FuzzChoice.current {
        case .xlsx:
            WorkbookFuzz.run(Data("<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData></worksheet>".utf8))
        case .report:
            FuzzTarget.run(Data("title: t\nsections: [{kind: text, text: t}]\n".utf8))
        case .geo:
            GeoFuzz.run(Data("{\"type\": \"Polygon\", \"coordinates\": [[[5, 52], [6, 52], [6, 53], [5, 52]]]}".utf8))
        case .text:
            // Both languages' dictionaries, Pango's font map and the fixed report, and a whole report.
            TextPathFuzz.run(Data("Woorden!".utf8))  // even: Dutch
            TextPathFuzz.run(Data("Words".utf8))  // odd: English
            TextPathFuzz.run(Data("title: t\nlanguage: en\nsections: [{kind: text, text: t}]\n".utf8))
        }
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOneInput))
        #else
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            FuzzChoice.current.run(Data(data))
        }
        #endif
    }
}

#if FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                         _ callback: @convention(c) (UnsafeRawPointer?, Int) -> CInt) -> CInt
#endif
