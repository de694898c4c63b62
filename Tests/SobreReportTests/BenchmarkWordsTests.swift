import Foundation
@testable import SobreCore
@testable import SobreReport
import Testing

/// A site's standing in words: a score on a limit is said to be at it, not inside the band above.
@Suite struct BenchmarkWordsTests {
    static let figures = Distribution(n: 10, mean: 50, p10: 10, p25: 25, p50: 50, p75: 75, p90: 90)

    static func words(_ score: Double?, _ language: Language = .fr) -> String {
        let mark = BenchmarkStanding.Mark(score: score, figures: figures, band: score.map { BenchmarkBand(score: $0, among: figures) })
        return BenchmarkWords(language: language).band(mark)
    }

    @Test func aScoreOnALimitIsSaidToBeAtIt() {
        #expect(Self.words(10) == "à la limite des 10\u{A0}% les plus bas")
        #expect(Self.words(25) == "à la limite du quart le plus bas")
        #expect(Self.words(50) == "à la médiane")
        #expect(Self.words(75 + 1e-10) == "à la limite du quart le plus haut")
        #expect(Self.words(90, .en) == "level with the top 10% limit")
    }

    @Test func aScoreInsideABandIsSaidToBeInIt() {
        #expect(Self.words(9.99) == "parmi les 10\u{A0}% les plus bas")
        #expect(Self.words(0) == "parmi les 10\u{A0}% les plus bas")
        #expect(Self.words(24) == "dans le quart le plus bas")
        #expect(Self.words(50 + 1e-8) == "au-dessus de la médiane")
        #expect(Self.words(89) == "dans le quart le plus haut")
        #expect(Self.words(100) == "parmi les 10\u{A0}% les plus hauts")
        #expect(Self.words(nil) == "non évalué")
    }

    @Test func equalLimitsAreTheHighest() throws {
        // Half the network at 87.5, one site above: p75 = p90 = 87.5. The band is the top one;
        // the words say the site shares the limit, not that it is among the top 10%.
        let shared = try #require(Distribution([20, 40, 60, 70, 87.5, 87.5, 87.5, 87.5, 87.5, 100]))
        #expect(shared.p75 == 87.5 && shared.p90 == 87.5 + 0.1 * 12.5)
        let mark = BenchmarkStanding.Mark(score: 87.5, figures: shared, band: BenchmarkBand(score: 87.5, among: shared))
        #expect(mark.band == .p75P90)
        #expect(BenchmarkWords(language: .fr).band(mark) == "à la limite du quart le plus haut")
    }

    @Test func monthsInWords() {
        #expect(Words(language: .fr).month("2025-04") == "avril 2025")
        #expect(Words(language: .en).month("2026-12") == "December 2026")
        for text in ["2025-13", "2025-4", "25-04", "2025-04-01", ""] { #expect(Words(language: .fr).month(text) == text) }
    }

    /// The legend's months, in words, with the elision French makes before a vowel.
    @Test func theLegendSaysTheMonthsCovered() throws {
        let file = try Repository.text("Tests/SobreCompareTests/Golden/benchmark.json")
        func legend(from: String, to: String, _ language: Language = .fr) throws -> String {
            let text = file.replacingOccurrences(of: "\"from\": \"2025-04\"", with: "\"from\": \"\(from)\"")
                .replacingOccurrences(of: "\"to\": \"2026-06\"", with: "\"to\": \"\(to)\"")
            let b = try BenchmarkCodec.decode(Array(text.utf8))
            #expect(b.from == from && b.to == to)
            return BenchmarkWords(language: language).legend(BenchmarkStanding(benchmark: b, category: nil, overall: 50, themes: []))
        }
        #expect(try legend(from: "2025-04", to: "2026-06").contains("les évaluations d’avril 2025 à juin 2026."))
        #expect(try legend(from: "2026-04", to: "2026-04").contains("les évaluations d’avril 2026."))
        #expect(try legend(from: "2026-05", to: "2026-05").contains("les évaluations de mai 2026."))
        #expect(try legend(from: "2025-10", to: "2026-05", .en).contains("assessments from October 2025 to May 2026."))
    }
}
