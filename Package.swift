// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "yishi",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "yishi", targets: ["yishi"]),
        .library(name: "YishiCore", targets: ["YishiCore"]),
        .library(name: "YishiSite", targets: ["YishiSite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // SHA-256 with the CPU's SHA instructions, for the build cache's content hashes.
        .target(name: "CSHA256"),
        .target(
            name: "YishiCore",
            dependencies: ["CSHA256", "CSystem", .product(name: "Yams", package: "Yams")],
            swiftSettings: [.unsafeFlags(["-cross-module-optimization"])]
        ),
        .systemLibrary(
            name: "CQRencode",
            pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"])]
        ),
        .target(name: "CSystem"),
        .target(
            name: "YishiSite",
            dependencies: ["YishiCore", "CCmarkGFM", "CQRencode", "CSystem",
                           .product(name: "Yams", package: "Yams")],
            swiftSettings: [.unsafeFlags(["-cross-module-optimization"])]
        ),
        .executableTarget(
            name: "yishi",
            dependencies: [
                "YishiCore", "YishiSite", "CSystem",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // jemalloc (apt: libjemalloc-dev) in place of glibc's malloc: a build makes and frees
            // millions of small strings and arrays on both cores, and glibc's sorting of its free
            // lists grew to a sixth of the CPU at 100 000 meetings. With jemalloc a full build
            // of 10 000 meetings took a tenth less CPU and one of 100 000 a quarter less time
            // (README, Performance).
            linkerSettings: [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]
        ),
        .testTarget(name: "YishiCoreTests", dependencies: ["YishiCore"]),
        // swift-mustache is the reference the template engine is tested against, byte for byte.
        .testTarget(name: "YishiSiteTests", dependencies: ["YishiSite", "YishiCore", .product(name: "Yams", package: "Yams"),
                                                           .product(name: "Mustache", package: "swift-mustache")]),
        .testTarget(name: "yishiTests", dependencies: ["yishi", "YishiCore"]),
    ],
    swiftLanguageModes: [.v6]
)
