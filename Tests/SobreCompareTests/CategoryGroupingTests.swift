import SobreCore
import SobreReport
import Testing

/// `compare --by category` and the benchmark's categories (SPEC §11) group sites by one rule:
/// names compared by Unicode scalars.
@Suite struct CategoryGroupingTests {
    @Test func composedAndDecomposedAccentsSplitAlikeInGroupsAndInTheBenchmark() throws {
        let q = try Mini.questionnaire()
        // The same words, « é » composed (U+00E9) and « e » + U+0301: `compare --by category`
        // compared them as Swift strings (one group), the benchmark by scalars (two categories).
        let composed = "Foyer m\u{E9}dicalis\u{E9}", decomposed = "Foyer me\u{301}dicalise\u{301}"
        var all: [ComparedAssessment] = []
        for (k, name) in [decomposed, "EHPAD", composed].enumerated() {
            for j in 1...3 { all.append(BenchmarkTests.site(q, "s\(k)-\(j)", category: name)) }
        }
        let groups = Comparison(assessments: all).groups(by: .category)
        let benchmark = try BenchmarkTests.benchmark(all, minSites: 3)
        // By scalars: « e » (U+0065) before « é » (U+00E9).
        let expected = ["EHPAD", decomposed, composed].map { Array($0.unicodeScalars) }
        #expect(groups.map { Array(($0.name ?? "").unicodeScalars) } == expected)
        #expect(benchmark.categories.map { Array($0.name.unicodeScalars) } == expected)
        #expect(groups.map(\.summary.siteIDs.count) == [3, 3, 3])
    }
}
