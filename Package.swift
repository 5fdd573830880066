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
        .target(
            name: "YishiCore",
            dependencies: [.product(name: "Yams", package: "Yams")]
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
                           .product(name: "Yams", package: "Yams")]
        ),
        .executableTarget(
            name: "yishi",
            dependencies: [
                "YishiCore", "YishiSite", "CSystem",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "YishiCoreTests", dependencies: ["YishiCore"]),
        // swift-mustache is the reference the template engine is tested against, byte for byte.
        .testTarget(name: "YishiSiteTests", dependencies: ["YishiSite", "YishiCore", .product(name: "Yams", package: "Yams"),
                                                           .product(name: "Mustache", package: "swift-mustache")]),
        .testTarget(name: "yishiTests", dependencies: ["yishi", "YishiCore"]),
    ],
    swiftLanguageModes: [.v6]
)
