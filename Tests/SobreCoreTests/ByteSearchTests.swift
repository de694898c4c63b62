@testable import SobreCore
import Testing

/// The search `--output` makes in the file it would replace: the same answer as a plain scan,
/// wherever the bytes stand (at either end, overlapping, cut short).
@Suite struct ByteSearchTests {
    static func naive(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        guard bytes.count >= needle.count else { return false }
        return (0...(bytes.count - needle.count)).contains { Array(bytes[$0..<($0 + needle.count)]) == needle }
    }

    @Test func agreesWithAPlainScan() {
        var rng = SplitMix64(seed: 12)
        // Pieces that make whole, cut and overlapping needles.
        let pieces = ["answers", "answer", "nswers", "answ", "ers", "\\", "u", "a", "w", "x"].map { Array($0.utf8) }
        var found = 0
        for _ in 0..<3000 {
            let bytes = (0..<Int(rng.next() % 6)).flatMap { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }
            if Self.naive(bytes, Array("answers".utf8)) { found += 1 }
            #expect(Platform.contains(bytes, "answers", anchor: 4) == Self.naive(bytes, Array("answers".utf8)), "\(bytes)")
            #expect(Platform.contains(bytes, "\\u", anchor: 0) == Self.naive(bytes, Array("\\u".utf8)), "\(bytes)")
            #expect(Platform.contains(bytes, "\\u", anchor: 1) == Self.naive(bytes, Array("\\u".utf8)), "\(bytes)")
        }
        #expect(found > 300, "the pieces make the needle often enough to test both answers")
        #expect(Platform.contains(Array("answers".utf8), "answers", anchor: 0))
        #expect(Platform.contains(Array("xanswers".utf8), "answers", anchor: 6))
        #expect(!Platform.contains(Array("answer".utf8), "answers", anchor: 4))
        #expect(!Platform.contains([], "answers", anchor: 4))
    }
}
