// swift-tools-version:6.0
// Coverage-guided fuzzing of sobre with libFuzzer: a package of its own, so that the instrumented
// build never mixes with the product's. Built and run by scripts/fuzz.sh (see docs/FUZZING.md).
import PackageDescription

let package = Package(
    name: "SobreFuzz",
    dependencies: [.package(name: "Sobre", path: "..")],
    targets: [
        .executableTarget(
            name: "SobreFuzzer",
            dependencies: [.product(name: "SobreCore", package: "Sobre"), .product(name: "SobreDemo", package: "Sobre")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
