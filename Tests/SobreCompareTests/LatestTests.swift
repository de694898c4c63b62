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

    /// `updated_at` is a time, not a text: a fraction of a second or an offset must not sort as text.
    @Test func updatesCompareAsInstants() throws {
        let q = try Mini.questionnaire()
        let c = Comparison(assessments: [
            Mini.scored(q, site: "s", date: "2026-01-01", updated: "2026-01-01T10:00:00Z", file: "a1.json", ["a.q": "zero"]),
            Mini.scored(q, site: "s", date: "2026-01-01", updated: "2026-01-01T10:00:00.5Z", file: "a2.json", ["a.q": "half"]),
            Mini.scored(q, site: "s", date: "2026-01-01", updated: "2026-01-01T10:00:00Z", file: "a3.json", ["a.q": "full"]),
            Mini.scored(q, site: "t", date: "2026-01-01", updated: "2026-01-01T11:00:00+02:00", file: "t1.json", ["a.q": "full"]),
            Mini.scored(q, site: "t", date: "2026-01-01", updated: "2026-01-01T10:00:00Z", file: "t2.json", ["a.q": "zero"]),
        ])
        #expect(c.site("s")?.latest.file == "a2.json")
        #expect(c.site("s")?.history.map(\.file) == ["a1.json", "a3.json", "a2.json"])
        // 11:00 at +02:00 is 09:00 UTC, before 10:00Z.
        #expect(c.site("t")?.latest.file == "t2.json")
    }

    @Test func instantsOfRFC3339Times() {
        #expect(IsoDate.instant("1970-01-01T00:00:00Z") == 0)
        #expect(IsoDate.instant("2026-11-29T09:12:00Z") == 1_795_943_520)
        #expect(IsoDate.instant("2026-11-29T10:12:00+01:00") == 1_795_943_520)
        #expect(IsoDate.instant("2026-11-29T09:12:00.25Z") == 1_795_943_520.25)
        #expect(IsoDate.instant("2024-02-29T00:00:00Z") == 1_709_164_800)
        for bad in ["2026-11-29", "2026-11-29T09:12Z", "2026-02-30T00:00:00Z", "2026-11-29T25:00:00Z",
                    "2026-11-29T09:12:00", "2026-11-29T09:12:00.Z", "2026-11-29T09:12:00+1:00", "x"] {
            #expect(IsoDate.instant(bad) == nil, "\(bad)")
        }
    }

    @Test func oneFileReachedTwiceIsOneAssessment() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("{}", to: "site/a.json")
        let (files, problems) = AssessmentFiles.collect([folder.path, folder.path + "/site/a.json", folder.path + "/site/../site/a.json"])
        #expect(problems.isEmpty)
        #expect(files.count == 1)
    }

    /// Site ids are texts compared by Unicode scalars: `café` (one scalar é) and `café` (e + a
    /// combining accent) are two sites, sorted by code point as JSON tools sort them.
    @Test func siteIdsAreComparedByScalars() throws {
        let q = try Mini.questionnaire()
        let composed = "caf\u{E9}", decomposed = "cafe\u{301}"
        let c = Comparison(assessments: [
            Mini.scored(q, site: composed, ["a.q": "full"]),
            Mini.scored(q, site: decomposed, ["a.q": "zero"]),
            Mini.scored(q, site: "Z", ["a.q": "half"]),
            Mini.scored(q, site: "a", ["a.q": "half"]),
        ])
        #expect(c.sites.map { Array($0.id.unicodeScalars) } == [Array("Z".unicodeScalars), Array("a".unicodeScalars),
                                                                   Array(decomposed.unicodeScalars), Array(composed.unicodeScalars)])
        #expect(c.site(composed)?.latest.overallScore == 100)
        #expect(c.site(decomposed)?.latest.overallScore == 0)
    }
}
