import Testing
@testable import SobreCore

/// `compare --targets`: the sites without objectives of their own measured on their latest
/// complete assessment against the association's common objectives (docs/reference/objectives.md).
@Suite struct CommonTargetsTests {
    /// Overall Engagé (2) and Achats Exemplaire (4) by 2029.
    static let common = Targets(by: 2029, overall: 2, themes: [.init(id: "achats", level: 4)])

    /// `own` has objectives of its own (in its first assessment only); `deja` already reaches the
    /// common level; `plan` reaches the overall level with its plan, never Achats 4 (a5, weight 2,
    /// no action fixes it); `encours` has only an assessment in progress.
    static func association() throws -> (Comparison, [String: AnswerSet]) {
        let q = try ObjectivesFixture.questionnaire()
        var answers: [String: AnswerSet] = [:]
        func assessment(_ site: String, _ date: String, yes: [String], status: Assessment.Status = .complete,
                        targets: Targets? = nil) -> ComparedAssessment {
            let set = ObjectivesFixture.answers(Dictionary(uniqueKeysWithValues: yes.map { ($0, true) }))
            let a = Assessment(questionnaire: .init(id: q.id, version: q.version, sha256: q.sha256), site: .init(id: site), date: date,
                               status: status, answers: set, targets: targets)
            answers["\(site)-\(date).json"] = set
            return ComparedAssessment(file: "\(site)-\(date).json", assessment: a, questionnaire: q)
        }
        let all = ["gouv.g1", "gouv.g2", "achats.a1", "achats.a2", "achats.a3", "achats.a4", "achats.a5"]
        let c = Comparison(assessments: [
            assessment("own", "2026-01-01", yes: [], targets: Targets(by: 2028, overall: 3)),
            assessment("own", "2027-01-01", yes: all),
            assessment("deja", "2026-01-01", yes: []),
            assessment("deja", "2027-01-01", yes: all),
            // Its latest is in progress: measured on the complete one before it.
            assessment("plan", "2026-01-01", yes: ["achats.a1"]),
            assessment("plan", "2027-01-01", yes: all, status: .inProgress),
            assessment("encours", "2027-01-01", yes: all, status: .inProgress),
        ])
        return (c, answers)
    }

    static func measure() throws -> (Comparison, CommonTargets) {
        let (c, answers) = try association()
        let common = CommonTargets(c, targets: common, file: "communs.yaml") { a in
            answers[a.file].map { Scorecard(questionnaire: a.questionnaire, answers: $0) }
        }
        return (c, common)
    }

    func standing(_ id: String, _ c: Comparison, _ common: CommonTargets) -> CommonTargets.Standing? {
        c.sites.firstIndex { $0.id == id }.flatMap { common.standings[$0] }
    }

    @Test func onlySitesWithoutObjectivesOfTheirOwnAndACompleteAssessmentAreMeasured() throws {
        let (c, common) = try Self.measure()
        #expect(standing("own", c, common) == nil)
        #expect(standing("encours", c, common) == nil)
        #expect(standing("plan", c, common)?.file == "plan-2026-01-01.json")
        #expect(standing("deja", c, common)?.date == "2027-01-01")
        #expect(common.measuredCount == 2)
    }

    @Test func eachSiteStandsAtItsWorstObjective() throws {
        let (c, common) = try Self.measure()
        let deja = try #require(standing("deja", c, common))
        #expect(deja.status == .reached)
        #expect(deja.roadmap.items.map(\.status) == [.reached, .reached])
        let plan = try #require(standing("plan", c, common))
        #expect(plan.roadmap.items.map(\.status) == [.planned, .short])
        #expect(plan.status == .short)
        // Achats with every action done: a1 to a4 of weights 1 + 1 + 1 + 1 + 2, 80 to reach.
        #expect(plan.roadmap.items.last?.shortBy == 80 - 400.0 / 6)
        #expect(plan.roadmap.by == 2029)
        #expect([common.count(.reached), common.count(.planned), common.count(.short)] == [1, 0, 1])
    }

    /// The same roadmap a report with `--targets` computes for that assessment.
    @Test func theRoadmapIsTheReportsOne() throws {
        let (c, common) = try Self.measure()
        let plan = try #require(standing("plan", c, common))
        let card = try ObjectivesFixture.card()
        let report = Roadmap(card, targets: Self.common, year: 2026, figures: IndicatorFigures(card))
        #expect(plan.roadmap.items.map(\.shortBy) == report.items.map(\.shortBy))
        #expect(plan.roadmap.items.map(\.projected) == report.items.map(\.projected))
        #expect(plan.roadmap.actions.map(\.id) == report.actions.map(\.id))
        #expect(plan.roadmap.years.map(\.year) == report.years.map(\.year))
    }

    @Test func aThemeTheSitesQuestionnaireLacksIsNotMeasured() throws {
        let q = try ObjectivesFixture.questionnaire()
        let targets = Targets(by: 2029, overall: 2, themes: [.init(id: "achats", level: 4), .init(id: "autre", level: 2)],
                              indicators: [.init(id: "electricite", percent: -20)])
        let known = targets.known(to: q)
        #expect(known.themes.map(\.id) == ["achats"])
        #expect(known.indicators.isEmpty)
        #expect(known.overall == 2 && known.by == 2029)
    }
}
