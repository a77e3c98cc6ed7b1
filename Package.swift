// swift-tools-version: 6.0
// Praatplaat: a declarative report model rendered to print-ready PDF, SVG and PNG.
// One target per stage; each imports only the stages below it (see README "Architecture").
import PackageDescription

let package = Package(
    name: "Praatplaat",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "praatplaat", targets: ["praatplaat"]),
        .library(name: "PraatplaatPipeline", targets: ["PraatplaatPipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // Streams CSV row by row (the batch's memory stays flat however long the file).
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        // Reads .xlsx workbooks (a ZIP of XML parts; the XML is Foundation's parser).
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // Property-based tests of the layout's core algorithms (test target only; no dependencies).
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        // The preview's HTTP and WebSocket server: Swift concurrency over plain sockets, no dependencies.
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // Plain report types, source locations and diagnostics. No I/O.
        .target(name: "PraatplaatModel"),
        // Data files -> tables of values: CSV/TSV streamed, .xlsx sheets with their stored numbers and dates.
        .target(name: "PraatplaatData", dependencies: [
            "PraatplaatModel", .product(name: "CSV", package: "CSV.swift"), .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // YAML/JSON text -> model, with every problem as a located diagnostic.
        .target(name: "PraatplaatLoader", dependencies: [
            "PraatplaatModel", "PraatplaatData", .product(name: "Yams", package: "Yams"),
        ]),
        // The inert display list: geometry, paint, text lines, and the text-measuring protocol.
        .target(name: "PraatplaatScene"),
        // Model + theme + page -> pages of scenes. Never imports Cairo.
        .target(name: "PraatplaatLayout", dependencies: ["PraatplaatModel", "PraatplaatScene"]),
        // Cairo, Pango and fontconfig from the system, found with pkg-config.
        .systemLibrary(
            name: "CPangoCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]
        ),
        // librsvg, for SVG icons and images that stay vector in PDF and SVG.
        .systemLibrary(
            name: "CRsvg",
            pkgConfig: "librsvg-2.0",
            providers: [.apt(["librsvg2-dev"])]
        ),
        // libdeflate, for fast PNG compression (see PNGWriter.swift).
        .systemLibrary(
            name: "CDeflate",
            pkgConfig: "libdeflate",
            providers: [.apt(["libdeflate-dev"])]
        ),
        // Scenes -> PDF/SVG/PNG, and the Pango text measurer. Sees scenes only.
        .target(name: "PraatplaatCairo", dependencies: ["PraatplaatScene", "CPangoCairo", "CRsvg", "CDeflate"]),
        // libhyphen, with Debian's pattern dictionaries (hyphen-nl, hyphen-en-us), for breaking words.
        .systemLibrary(name: "CHyphen", providers: [.apt(["libhyphen-dev", "hyphen-nl", "hyphen-en-us", "wdutch"])]),
        // Where words may be hyphenated, by the report's language (a Hyphenator for the layout).
        .target(name: "PraatplaatHyphenation", dependencies: ["CHyphen", "PraatplaatModel", "PraatplaatScene"]),
        // harfbuzz's subsetter, for the fonts an SVG carries.
        .systemLibrary(
            name: "CHarfBuzzSubset",
            pkgConfig: "harfbuzz-subset",
            providers: [.apt(["libharfbuzz-dev"])]
        ),
        // Scenes -> SVG with real text and embedded font subsets. A sibling of PraatplaatCairo:
        // it sees scenes, and a shaper that says where glyphs go and from which font file.
        .target(name: "PraatplaatSVG", dependencies: ["PraatplaatScene", "CHarfBuzzSubset"]),
        // Built-in icons (Resources/icons/*.svg) and the site's templates (Resources/templates is a
        // link to the top-level templates/ folder users read and copy).
        // The preview's page, style sheet and script (Resources/preview).
        .target(name: "PraatplaatResources", path: "Resources", resources: [.copy("icons"), .copy("templates"), .copy("preview")]),
        // Ties the stages together: load, lay out, render, write atomically.
        .target(name: "PraatplaatPipeline", dependencies: [
            "PraatplaatModel", "PraatplaatLoader", "PraatplaatScene", "PraatplaatLayout", "PraatplaatCairo", "PraatplaatSVG", "PraatplaatResources",
            "PraatplaatHyphenation",
        ]),
        // Reports -> a static site: HTML from Mustache templates, inline SVG charts, downloads.
        .target(name: "PraatplaatSite", dependencies: [
            "PraatplaatPipeline", "PraatplaatLoader", "PraatplaatLayout", "PraatplaatModel", "PraatplaatCairo", "PraatplaatSVG", "PraatplaatResources",
            .product(name: "Mustache", package: "swift-mustache"),
        ]),
        // A report template + a CSV -> one report per row, in parallel, resumable and shardable.
        .target(name: "PraatplaatBatch", dependencies: [
            "PraatplaatPipeline", "PraatplaatSite", "PraatplaatLoader", "PraatplaatModel", "PraatplaatCairo", "PraatplaatData",
        ]),
        // `praatplaat preview`: a loopback server that redraws a report's pages on every save, with an editor.
        .target(name: "PraatplaatPreview", dependencies: [
            "PraatplaatPipeline", "PraatplaatSite", "PraatplaatBatch", "PraatplaatLoader", "PraatplaatLayout", "PraatplaatModel",
            "PraatplaatScene", "PraatplaatResources", .product(name: "FlyingFox", package: "FlyingFox"),
            .product(name: "FlyingSocks", package: "FlyingFox"),
        ]),
        // The command line as a testable library; only this and main print or exit.
        .target(name: "PraatplaatCLI", dependencies: [
            "PraatplaatPipeline", "PraatplaatSite", "PraatplaatBatch", "PraatplaatLoader", "PraatplaatLayout", "PraatplaatModel", "PraatplaatPreview",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "praatplaat", dependencies: ["PraatplaatCLI"]),
        // `make bench`: stage timings in one process and the Cairo floor (scripts/bench.sh).
        .executableTarget(name: "praatplaat-bench", dependencies: [
            "PraatplaatBatch", "PraatplaatPipeline", "PraatplaatCairo", "PraatplaatLayout", "PraatplaatLoader", "PraatplaatModel",
        ]),
        // libFuzzer targets over load + validate + layout, over the .xlsx reader (FUZZ_TARGET=xlsx)
        // and over the real text path: Pango, libhyphen, PDF/SVG/PNG (FUZZ_TARGET=text) (`make fuzz`);
        // a plain build replays files.
        .executableTarget(name: "praatplaat-fuzz", dependencies: [
            "PraatplaatLoader", "PraatplaatLayout", "PraatplaatModel", "PraatplaatScene", "PraatplaatData",
            "PraatplaatPipeline", "PraatplaatCairo", "PraatplaatSVG", "PraatplaatHyphenation",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),

        .testTarget(name: "PraatplaatLoaderTests", dependencies: [
            "PraatplaatLoader", "PraatplaatModel", .product(name: "Yams", package: "Yams"), "WorkbookFixture",
        ]),
        // Small .xlsx files written part by part, for the data, loader and batch tests.
        .target(name: "WorkbookFixture", dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")], path: "Tests/WorkbookFixture"),
        .testTarget(name: "PraatplaatDataTests", dependencies: ["PraatplaatData", "PraatplaatModel", "WorkbookFixture"]),
        .testTarget(name: "PraatplaatHyphenationTests", dependencies: ["PraatplaatHyphenation", "PraatplaatModel", "PraatplaatScene"]),
        .testTarget(name: "PraatplaatSceneTests", dependencies: ["PraatplaatScene"]),
        .testTarget(name: "PraatplaatLayoutTests", dependencies: [
            "PraatplaatLayout", "PraatplaatLoader", "PraatplaatModel", "PraatplaatScene", "WorkbookFixture", "PraatplaatHyphenation",
            .product(name: "PropertyBased", package: "swift-property-based"),
        ], exclude: ["References"]),
        // Also the fuzz target, whose text path the seeds and findings of Tests/Fixtures/text-path go through.
        .testTarget(name: "PraatplaatRenderTests", dependencies: [
            "PraatplaatPipeline", "PraatplaatCairo", "PraatplaatScene", "PraatplaatLayout", "PraatplaatModel", "PraatplaatResources", "CPangoCairo",
            "praatplaat-fuzz",
        ], exclude: ["References", "fonts.conf"]),
        .testTarget(name: "PraatplaatCLITests", dependencies: ["PraatplaatCLI"]),
        .testTarget(name: "PraatplaatSiteTests", dependencies: ["PraatplaatSite", "PraatplaatPipeline", "PraatplaatModel"]),
        .testTarget(name: "PraatplaatPreviewTests", dependencies: ["PraatplaatPreview", "PraatplaatLoader", "PraatplaatModel"]),
        .testTarget(name: "PraatplaatBatchTests", dependencies: ["PraatplaatBatch", "PraatplaatLoader", "PraatplaatPipeline", "PraatplaatModel", "WorkbookFixture"]),
    ],
    swiftLanguageModes: [.v6]
)
