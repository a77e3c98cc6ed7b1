import Foundation
import PraatplaatLoader
import PraatplaatModel
import Testing

/// Theme files: read through `ThemeFormat`, every mistake located in the theme file.
struct ThemeLoaderTests {
    static let lindenmeer = Paths.examples.appendingPathComponent("huisstijl/lindenmeer.yaml")

    @Test func exampleThemeIsReadCompletely() throws {
        let result = ThemeLoader.load(contentsOf: Self.lindenmeer, displayName: "lindenmeer.yaml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let theme = try #require(result.theme)
        #expect(theme.name == "Gemeente Lindenmeer")
        #expect(theme.base == "default")
        #expect(theme.palette[.primary] == "#1D5C3A")
        #expect(theme.palette.count == PaletteRole.allCases.count)
        #expect(theme.series?.count == 4)
        #expect(theme.fonts[.headings] == ["Lato", "Inter"])
        #expect(theme.fonts[.body] == ["Inter"])
        #expect(theme.sizes[.title] == 30)
        #expect(theme.spacing[.cornerRadius] == 3)
        #expect(theme.header == .band)
        #expect(theme.footer?.hasPrefix("Gemeente Lindenmeer") == true)
        let logo = try #require(theme.logo)
        #expect(logo.file.lastPathComponent == "lindenmeer-logo.svg")
        #expect(logo.position == .bottomRight)
        #expect(logo.width == 32)
        #expect(logo.alt == "Gemeente Lindenmeer")
    }

    @Test func aReportReadsTheThemeItNames() throws {
        let report = Paths.examples.appendingPathComponent("kinderwerk-lindenmeer.yaml")
        let result = ReportLoader.load(contentsOf: report, displayName: "kinderwerk-lindenmeer.yaml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        guard case .file(let spec) = result.report?.theme else { Issue.record("no theme file: \(String(describing: result.report?.theme))"); return }
        #expect(spec.name == "Gemeente Lindenmeer")
        // The theme's problems are named in the theme file, relative to where the report was named.
        #expect(spec.location?.file == "huisstijl/lindenmeer.yaml")
    }

    @Test func builtInNamesAndShortColoursAndSingleFamilies() {
        let data = Data("base: MONOCHROME\npalette:\n  accent: '#c41'\nfonts:\n  body: Inter\n".utf8)
        let result = ThemeLoader.load(data: data, fileName: "t.yaml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.theme?.base == "monochrome")
        #expect(result.theme?.palette[.accent] == "#CC4411")
        #expect(result.theme?.fonts[.body] == ["Inter"])
    }

    @Test func logoMustBeAPictureInTheThemesFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("theme-logo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("not a picture".utf8).write(to: folder.appendingPathComponent("logo.txt"))
        let theme = folder.appendingPathComponent("t.yaml")
        for (file, message) in [("logo.txt", "\"logo.txt\" is not a PNG or SVG file"), ("weg.svg", "no file \"weg.svg\" next to the theme"),
                                ("/etc/logo.svg", "leaves the theme's folder")] {
            try Data("logo:\n  file: \(file)\n  alt: Logo\n".utf8).write(to: theme)
            let result = ThemeLoader.load(contentsOf: theme, displayName: "t.yaml")
            #expect(result.theme == nil)
            #expect(result.diagnostics.map(\.description).contains { $0.hasPrefix("t.yaml:2:9: error: logo.file: ") && $0.contains(message) },
                    "\(result.diagnostics)")
        }
        try Data("logo:\n  file: logo.svg\n".utf8).write(to: theme)
        let missingAlt = ThemeLoader.load(contentsOf: theme, displayName: "t.yaml").diagnostics
        #expect(missingAlt.contains { $0.path == "logo.alt" && $0.message == "missing required field 'alt'" && $0.location?.line == 2 }, "\(missingAlt)")
    }

    @Test func emptyAndNonMappingThemesAreErrors() {
        #expect(ThemeLoader.load(data: Data("\n".utf8), fileName: "t.yaml").diagnostics.map(\.description)
                == ["t.yaml:1:1: error: the theme file is empty; give at least one of 'palette', 'fonts', 'type', 'spacing', 'logo'"])
        #expect(ThemeLoader.load(data: Data("- a\n".utf8), fileName: "t.yaml").diagnostics.first?.message
                == "expected a mapping of fields such as 'palette' and 'fonts', got a list")
    }
}
