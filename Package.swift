// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Sobre",
    products: [
        .executable(name: "sobre", targets: ["sobre"]),
        .library(name: "SobreCore", targets: ["SobreCore"]),
        // For the libFuzzer harness in Fuzz/, whose corpus starts from generated answers.
        .library(name: "SobreDemo", targets: ["SobreDemo"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/apple/swift-system", exact: "1.8.1"),
    ],
    targets: [
        // Strict JSON: one byte-level scanner under the parser and the assessment scan; writer, stream.
        .target(name: "SobreJSON"),
        // Model, loading, validation, expressions, scoring, plan, assessment store, comparison.
        .target(
            name: "SobreCore",
            dependencies: [
                "SobreJSON",
                .product(name: "Yams", package: "Yams"),
                .product(name: "SystemPackage", package: "swift-system"),
            ]
        ),
        // Renderers: text, Markdown, HTML, JSON, CSV.
        .target(
            name: "SobreReport",
            dependencies: [
                "SobreCore",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // The demo association's generator (deterministic) and the writer of its files.
        .target(
            name: "SobreDemo",
            dependencies: ["SobreCore", "SobreReport"]
        ),
        // The interview logic and its line readers (plain and GNU readline).
        .target(
            name: "SobreInterview",
            dependencies: ["SobreCore", "SobreReport", "CReadline"]
        ),
        .systemLibrary(
            name: "CReadline",
            providers: [.apt(["libreadline-dev"]), .brew(["readline"])]
        ),
        .executableTarget(
            name: "sobre",
            dependencies: [
                "SobreCore", "SobreReport", "SobreInterview", "SobreDemo",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What the test targets share: paths in the repository, temporary folders, the fixture
        // questionnaires (files in Questionnaires/), MarkedSource, the scripted line reader.
        // Not a product, and no @testable import, so a release build still compiles it.
        .target(
            name: "SobreTestSupport",
            dependencies: ["SobreCore", "SobreInterview"],
            path: "Tests/SobreTestSupport",
            exclude: ["Questionnaires"]
        ),
        .testTarget(
            name: "SobreCoreTests",
            // SobreInterview: `trimmingSpaces`, which ReferenceDocsTests reads the tables with.
            dependencies: ["SobreCore", "SobreInterview", "SobreDemo", "SobreTestSupport"]
        ),
        .testTarget(
            name: "SobreReportTests",
            dependencies: ["SobreCore", "SobreReport", "SobreDemo", "SobreTestSupport",
                           .product(name: "Mustache", package: "swift-mustache")]
        ),
        .testTarget(
            name: "SobreInterviewTests",
            dependencies: ["SobreInterview", "SobreCore", "SobreTestSupport"]
        ),
        .testTarget(
            name: "SobreEndToEndTests",
            dependencies: ["sobre", "SobreCore", "SobreTestSupport"]
        ),
        .testTarget(
            name: "SobreCompareTests",
            dependencies: ["SobreCore", "SobreReport", "SobreDemo", "SobreTestSupport"],
            exclude: ["Golden"]
        ),
        // Seeded random and mutation inputs for the loader, expressions, assessment reader and
        // answer parser (SOBRE_FUZZ_ITERATIONS, SOBRE_FUZZ_SEED; see docs/FUZZING.md). The
        // properties they check are SobreCore's `*Properties`, which the libFuzzer harness in
        // Fuzz/ checks too.
        .testTarget(
            name: "SobreFuzzTests",
            dependencies: ["SobreCore", "SobreReport", "SobreInterview", "SobreTestSupport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
