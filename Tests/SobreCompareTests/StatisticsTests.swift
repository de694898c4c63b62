import SobreCore
import SobreReport
import Testing

/// Statistics over hand-made assessments whose scores are known.
@Suite struct StatisticsTests {
    /// s1: a 100, b 50 · s2: a 100, b 100 · s3: a 50, b 0 · s4: a 0, b 50.
    static func fourSites() throws -> Comparison {
        let q = try Mini.questionnaire()
        return Comparison(assessments: [
            Mini.scored(q, site: "s1", ["a.q": "full", "b.q": "half"]),
            Mini.scored(q, site: "s2", ["a.q": "full", "b.q": "full"]),
            Mini.scored(q, site: "s3", ["a.q": "half", "b.q": "zero"]),
            Mini.scored(q, site: "s4", ["a.q": "zero", "b.q": "half"]),
        ])
    }

    /// Indicator values near the largest Double: the mean is theirs, not infinity (the mean of
    /// the benchmark, `Distribution.mean`, is the same function).
    @Test func theMeanOfHugeValuesIsFinite() throws {
        let stats = try #require(ScoreStatistics([1e308, 1e308, 1e308]))
        #expect(stats.mean == 1e308)
        #expect(try #require(ScoreStatistics([1, 2, 4])).mean == 7.0 / 3)
    }

    @Test func medianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() throws {
        let a = try #require(try Self.fourSites().summary.themes.first { $0.theme.id == "a" }?.statistics)
        #expect(a == ScoreStatistics([0, 50, 100, 100]))
        #expect(a.count == 4)
        #expect(a.median == 75)
        #expect(a.mean == 62.5)
        #expect(a.min == 0)
        #expect(a.max == 100)
    }

    @Test func medianOfAnOddCountIsTheMiddleValue() throws {
        let s = try #require(ScoreStatistics([100, 50, 100]))
        #expect(s.median == 100)
        #expect(ScoreStatistics([7])?.median == 7)
        #expect(ScoreStatistics([]) == nil)
        let q = try Mini.questionnaire()
        let three = Comparison(assessments: [
            Mini.scored(q, site: "x", ["a.q": "zero", "b.q": "full"]),
            Mini.scored(q, site: "y", ["a.q": "half", "b.q": "full"]),
            Mini.scored(q, site: "z", ["a.q": "full", "b.q": "full"]),
        ])
        #expect(three.summary.themes[0].statistics?.median == 50)
        #expect(three.summary.overall.statistics?.median == 75)
    }

    @Test func bestSitesKeepEveryTieSorted() throws {
        let c = try Self.fourSites()
        #expect(c.summary.themes[0].bestSites == ["s1", "s2"])
        #expect(c.summary.themes[1].bestSites == ["s2"])
        // On theme a, s4 (level Bas) is the one the best sites can help.
        #expect(c.summary.themes[0].sitesToSupport == ["s4"])
        #expect(c.summary.themes[0].bestLevel?.id == 3)
    }

    @Test func overallStatisticsAndLevels() throws {
        let overall = try Self.fourSites().summary.overall
        #expect(overall.statistics == ScoreStatistics([75, 100, 25, 25]))
        #expect(overall.levels == [.init(id: 1, sites: 2), .init(id: 2, sites: 1), .init(id: 3, sites: 1)])
        let json = CompareJSON.render(try Self.fourSites())
        #expect(json.contains("\"levels\": {\n      \"1\": 2,\n      \"2\": 1,\n      \"3\": 1\n    }"))
    }

    @Test func commonActionsNeedTwoSitesAndComeMostSitesFirst() throws {
        let actions = try Self.fourSites().summary.commonActions
        // act_b: s1, s3, s4; act_a: s3, s4; act_rare: s4 alone, so left out.
        #expect(actions.map(\.id) == ["act_b", "act_a"])
        #expect(actions.map(\.sites) == [["s1", "s3", "s4"], ["s3", "s4"]])
    }

    @Test func commonActionsTiedFollowTheQuestionnaireOrderNotTheIds() throws {
        let q = try Mini.questionnaire()
        let c = Comparison(assessments: [
            Mini.scored(q, site: "s3", ["a.q": "half", "b.q": "zero"]),
            Mini.scored(q, site: "s4", ["a.q": "half", "b.q": "half"]),
        ])
        // Both in two plans: act_b is first in the file although "act_a" < "act_b".
        #expect(c.summary.commonActions.map(\.id) == ["act_b", "act_a"])
    }

    @Test func aThemeNobodyAssessedHasNoStatistics() throws {
        let q = try Mini.questionnaire()
        let c = Comparison(assessments: [
            Mini.scored(q, site: "s1", ["a.q": "full"]),
            Mini.scored(q, site: "s2", ["a.q": "half"]),
        ])
        let b = try #require(c.summary.themes.first { $0.theme.id == "b" })
        #expect(b.statistics == nil)
        #expect(b.bestSites.isEmpty)
        let json = CompareJSON.render(c)
        #expect(json.contains("\"title\": \"Thème B\",\n      \"sites\": 0,\n      \"mean\": null"))
    }

    @Test func inProgressAssessmentsAreIncludedAndMarked() throws {
        let q = try Mini.questionnaire()
        let a = Mini.assessment(q, site: "s1", status: .inProgress, ["a.q": "full"])
        let c = Comparison(assessments: [ComparedAssessment(file: "s1.json", assessment: a, questionnaire: q)])
        #expect(c.summary.overall.statistics?.count == 1)
        #expect(CompareJSON.render(c).contains("\"status\": \"in_progress\""))
        #expect(CompareText.render(c).contains("2026-03-01 *"))
    }
}
