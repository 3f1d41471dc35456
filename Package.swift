// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "journeymap",
    products: [
        .executable(name: "journeymap", targets: ["journeymap"]),
        .library(name: "JourneyCore", targets: ["JourneyCore"]),
        .library(name: "JourneyOutputs", targets: ["JourneyOutputs"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // The HTTP and WebSocket server of `journeymap serve`.
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
    ],
    targets: [
        // C libraries, reached only through their bridge modules.
        .systemLibrary(
            name: "CCMark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // The language, pure Swift: files -> parse -> values -> resolve -> checks -> figures,
        // with the model and the diagnostics.
        .target(
            name: "JourneyCore",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        // What the tool makes of a resolved project, pure Swift: DOT, the site's model and
        // markup, JSON, CSV, Mermaid and SARIF exports, the diff report.
        .target(name: "JourneyOutputs", dependencies: ["JourneyCore"]),
        .target(name: "CMarkBridge", dependencies: ["CCMark", "JourneyCore"]),
        .target(name: "GraphvizBridge", dependencies: ["CGraphviz"]),
        // Diagram rendering as one unit: DOT texts in, SVG bytes out, drawn by render
        // worker processes and kept in a content-addressed cache.
        .target(name: "Diagrams", dependencies: ["GraphvizBridge", "JourneyCore"]),
        // renameat2(2), which Swift's Glibc module lacks: the output folder's atomic swap.
        .target(name: "CLinux"),
        // The actions behind each subcommand, wired to the real bridges and the disk.
        .target(
            name: "JourneyMapKit",
            dependencies: [
                "JourneyCore", "JourneyOutputs", "CMarkBridge", "Diagrams", "CLinux",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ],
            // A link to the top-level templates/ folder, compiled into the binary.
            resources: [.embedInCode("templates")]
        ),
        .executableTarget(
            name: "journeymap",
            dependencies: [
                "JourneyMapKit", "Diagrams",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The libFuzzer harness over the language; `make fuzz` builds and runs it.
        .executableTarget(name: "JourneyFuzz", dependencies: ["JourneyCore", "JourneyOutputs", "CMarkBridge"]),
        .testTarget(name: "JourneyCoreTests", dependencies: ["JourneyCore"]),
        // The language on map texts in memory, read by the real Markdown parser (cmark).
        .testTarget(name: "LanguageTests", dependencies: ["JourneyCore", "TestSupport"]),
        .testTarget(name: "JourneyOutputsTests", dependencies: ["JourneyOutputs"]),
        .testTarget(name: "CMarkBridgeTests", dependencies: ["CMarkBridge"]),
        .testTarget(name: "GraphvizBridgeTests", dependencies: ["GraphvizBridge"]),
        // What the test targets share: maps folders in memory, the CLI runner, golden files.
        .target(name: "TestSupport", dependencies: ["JourneyCore", "CMarkBridge"], path: "Tests/TestSupport"),
        .testTarget(name: "DiagramsTests", dependencies: ["Diagrams", "journeymap"]),
        .testTarget(
            name: "JourneyMapKitTests",
            dependencies: [
                "JourneyMapKit", "JourneyOutputs", "TestSupport", "journeymap",
                .product(name: "Yams", package: "Yams"),
            ],
            exclude: ["Site/Golden"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
