#if canImport(Glibc)
import Glibc
#endif
import SobreCore
// Every file of this target sees the helpers all test targets share (Repository,
// FixtureQuestionnaire…), those written before they moved to SobreTestSupport included.
@_exported import SobreTestSupport

/// Settings shared by every fuzz target, read from the environment.
///
/// - `SOBRE_FUZZ_ITERATIONS`: inputs tried by each target (each target has a small default,
///   so that the whole fuzz suite runs in a few seconds in CI).
/// - `SOBRE_FUZZ_SEED`: the base seed (decimal or 0x-hex); the default is fixed, so every run
///   tries the same inputs unless told otherwise.
///
/// Input `i` of target `t` comes from its own generator, `SplitMix64(seed:key: "t#i")`, so a
/// failure names the seed and the iteration, and that one input can be rebuilt alone.
enum Fuzz {
    static let defaultSeed: UInt64 = 0x50B2_E5EE_D000_0006

    static var seed: UInt64 {
        guard let raw = environment("SOBRE_FUZZ_SEED") else { return defaultSeed }
        if raw.hasPrefix("0x") { return UInt64(raw.dropFirst(2), radix: 16) ?? defaultSeed }
        return UInt64(raw) ?? defaultSeed
    }

    /// The iterations for one target: `SOBRE_FUZZ_ITERATIONS` when set, else `standard`.
    static func iterations(_ standard: Int) -> Int {
        guard let raw = environment("SOBRE_FUZZ_ITERATIONS"), let n = Int(raw), n > 0 else { return standard }
        return n
    }

    /// The generator of input `iteration` of `target`.
    static func generator(_ target: String, _ iteration: Int) -> SplitMix64 {
        SplitMix64(seed: seed, key: "\(target)#\(iteration)")
    }

    /// How to name one input in a failure message.
    static func label(_ target: String, _ iteration: Int) -> String {
        "\(target) iteration \(iteration) (SOBRE_FUZZ_SEED=0x\(String(seed, radix: 16)))"
    }

    /// A file of the package, as bytes (empty when it cannot be read).
    static func packageFile(_ relative: String) -> [UInt8] {
        (try? FileIO.read(Repository.path(relative))) ?? []
    }

    /// A short, printable view of an input for failure messages.
    static func preview(_ bytes: [UInt8], limit: Int = 300) -> String {
        let text = String(decoding: bytes.prefix(limit), as: UTF8.self)
        return text.debugDescription + (bytes.count > limit ? " … (\(bytes.count) bytes)" : "")
    }

    private static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        let text = String(cString: value)
        return text.isEmpty ? nil : text
    }
}

extension SplitMix64 {
    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// An index into a collection of `count` elements (count > 0).
    mutating func index(_ count: Int) -> Int { int(0...(count - 1)) }

    /// Random bytes.
    mutating func bytes(_ count: Int) -> [UInt8] {
        (0..<count).map { _ in UInt8(truncatingIfNeeded: next()) }
    }
}
