// swift-tools-version:6.0
// The libFuzzer target, in its own package so that a normal build never links libFuzzer.
// Build and run it with scripts/fuzz.sh (DESIGN §7 records the recipe that works here).
import Foundation
import PackageDescription

// A path dependency is named after its folder, which is whatever the clone was called.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent.lowercased()

let package = Package(
    name: "YishiFuzz",
    dependencies: [.package(path: "..")],
    targets: [
        .target(name: "CFuzzer"),
        .executableTarget(
            name: "YishiFuzz",
            dependencies: ["CFuzzer", .product(name: "YishiCore", package: root), .product(name: "YishiSite", package: root)]
        ),
    ],
    swiftLanguageModes: [.v6]
)
