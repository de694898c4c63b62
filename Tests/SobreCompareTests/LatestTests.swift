import SobreCore
import Testing

/// Which assessment is a site's latest: greatest date, then `updated_at`, then file path.
@Suite struct LatestTests {
    @Test func sameDateTiesGoToTheLatestUpdate() throws {
        let q = try Mini.questionnaire()
        let c = Comparison(assessments: [
            Mini.scored(q, site: "s", date: "2026-03-01", updated: "2026-03-01T11:00:00Z", file: "a.json", ["a.q": "full"]),
            Mini.scored(q, site: "s", date: "2026-03-01", updated: "2026-03-01T10:00:00Z", file: "b.json", ["a.q": "zero"]),
            Mini.scored(q, site: "s", date: "2025-03-01", updated: "2025-03-01T23:00:00Z", file: "z.json", ["a.q": "half"]),
        ])
        let site = try #require(c.site("s"))
        #expect(site.latest.file == "a.json")
        #expect(site.history.map(\.file) == ["z.json", "b.json", "a.json"])
        #expect(site.previous?.file == "b.json")
    }

    @Test func thenTheFilePathDecides() throws {
        let q = try Mini.questionnaire()
        let c = Comparison(assessments: [
            Mini.scored(q, site: "s", updated: "2026-03-01T10:00:00Z", file: "x/2.json", ["a.q": "half"]),
            Mini.scored(q, site: "s", updated: "2026-03-01T10:00:00Z", file: "x/1.json", ["a.q": "zero"]),
        ])
        #expect(c.site("s")?.latest.file == "x/2.json")
    }

    @Test func aMissingUpdateComesFirstAndALaterDateWinsRegardless() throws {
        let q = try Mini.questionnaire()
        let c = Comparison(assessments: [
            Mini.scored(q, site: "s", date: "2026-03-01", updated: nil, file: "z.json", ["a.q": "zero"]),
            Mini.scored(q, site: "s", date: "2026-03-01", updated: "2026-03-01T08:00:00Z", file: "a.json", ["a.q": "half"]),
            Mini.scored(q, site: "t", date: "2026-05-01", updated: nil, file: "t2.json", ["a.q": "zero"]),
            Mini.scored(q, site: "t", date: "2026-04-01", updated: "2026-04-01T08:00:00Z", file: "t1.json", ["a.q": "half"]),
        ])
        #expect(c.site("s")?.latest.file == "a.json")
        #expect(c.site("t")?.latest.file == "t2.json")
    }

    @Test func sitesAreSortedByIdAndStatisticsUseTheLatestOnly() throws {
        let q = try Mini.questionnaire()
        let c = Comparison(assessments: [
            Mini.scored(q, site: "b", date: "2025-01-01", ["a.q": "zero"]),
            Mini.scored(q, site: "b", date: "2026-01-01", ["a.q": "full"]),
            Mini.scored(q, site: "a", date: "2026-01-01", ["a.q": "half"]),
        ])
        #expect(c.sites.map(\.id) == ["a", "b"])
        #expect(c.summary.themes[0].statistics == ScoreStatistics([50, 100]))
    }
}
