// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "newsevents",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "NewsEvents", targets: ["NewsEvents"]),
        .executable(name: "newsevents", targets: ["newsevents"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // libxml2 through pkg-config. The module is deliberately not called `libxml2`:
        // the toolchain ships a module of that name and the two would clash.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(
            name: "NewsEvents",
            dependencies: ["CLibXML2"]
        ),
        .executableTarget(
            name: "newsevents",
            dependencies: [
                "NewsEvents",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Throughput of every stage and of the whole run over the shared corpus; not a dependency of any test.
        .executableTarget(
            name: "newsevents-bench",
            dependencies: ["NewsEvents"],
            path: "Benchmarks/newsevents-bench"
        ),
        .testTarget(
            name: "NewsEventsTests",
            dependencies: ["NewsEvents"],
            exclude: ["Fixtures"]
        ),
        // Runs the built `newsevents` binary over the corpus and over bad inputs.
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["NewsEvents", "newsevents"]
        ),
    ]
)
