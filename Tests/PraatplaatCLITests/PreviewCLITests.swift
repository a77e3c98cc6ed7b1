import Foundation
import PraatplaatCLI
import Testing

/// `praatplaat preview` from the command line: its mistakes are usage errors, and the real
/// binary prints its address, serves, and stops cleanly on Ctrl-C, leaving nothing behind.
@Suite(.serialized)
struct PreviewCLITests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let flagship = root.appendingPathComponent("examples/kinderwerk-in-beeld.yaml").path

    func run(_ arguments: [String]) -> (Int32, CapturingConsole) {
        let console = CapturingConsole()
        return (PraatplaatCommandLine.run(arguments, console: console), console)
    }

    @Test func mistakesAreUsageErrors() {
        let (missing, console) = run(["preview", "geen-rapport.yaml"])
        #expect(missing == 2)
        #expect(console.stderr.contains("no file \"geen-rapport.yaml\""), "\(console.stderr)")
        let (port, portConsole) = run(["preview", Self.flagship, "--port", "70000"])
        #expect(port == 2)
        #expect(portConsole.stderr.contains("--port must be from 0 to 65535"))
        let (data, dataConsole) = run(["preview", Self.flagship, "--data", "nergens.csv"])
        #expect(data == 2)
        #expect(dataConsole.stderr.contains("--data: no file \"nergens.csv\""))
    }

    @Test func theBinaryServesAndStopsOnInterrupt() throws {
        let binary = Self.root.appendingPathComponent(".build/debug/praatplaat")
        try #require(FileManager.default.isExecutableFile(atPath: binary.path), "build first")
        let process = Process()
        process.executableURL = binary
        process.arguments = ["preview", Self.flagship]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        var text = ""
        let handle = out.fileHandleForReading
        while !text.contains("Ctrl-C"), process.isRunning {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        #expect(text.contains("preview of "), "\(text)")
        #expect(text.contains("2 pages; following every save"), "\(text)")
        let address = String(try #require(text.split(whereSeparator: { $0 == " " || $0 == "\n" }).first { $0.hasPrefix("http://127.0.0.1:") }))
        // Asked by another program, as a browser would (Foundation's URL loading is not used in tests).
        let fetch = Process()
        fetch.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        fetch.arguments = ["python3", "-c", "import sys, urllib.request; print(urllib.request.urlopen(sys.argv[1]).read().decode())", address + "api/state"]
        let fetched = Pipe()
        fetch.standardOutput = fetched
        try fetch.run()
        let state = String(decoding: fetched.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        fetch.waitUntilExit()
        #expect(state.contains("\"title\":\"Kinderwerk in beeld\""))
        // A second preview on the same port says so.
        let port = String(address.split(separator: ":").last?.dropLast() ?? "")
        let (busy, busyConsole) = run(["preview", Self.flagship, "--port", port])
        #expect(busy == 3)
        #expect(busyConsole.stderr.contains("cannot listen on 127.0.0.1:\(port): the port is in use"), "\(busyConsole.stderr)")
        let folders = { try FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory()).filter { $0.hasPrefix("praatplaat-preview-\(process.processIdentifier)-") } }
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let rest = String(decoding: handle.readDataToEndOfFile(), as: UTF8.self)
        #expect((text + rest).contains("preview stopped"))
        #expect(try folders().isEmpty)
    }
}
