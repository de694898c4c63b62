import Testing
@testable import SobreCore
import SobreDemo

/// Each site's progress towards its own objectives in a comparison (SPEC §9, "In a comparison").
@Suite struct SiteProgressTests {
    static func assessment(_ site: String, _ date: String, yes: [String], status: Assessment.Status = .complete,
                           targets: Targets? = nil, _ q: Questionnaire) -> ComparedAssessment {
        let a = Assessment(questionnaire: .init(id: q.id, version: q.version, sha256: q.sha256), site: .init(id: site), date: date,
                           status: status, answers: ObjectivesFixture.answers(Dictionary(uniqueKeysWithValues: yes.map { ($0, true) })),
                           targets: targets)
        return ComparedAssessment(file: "\(site)-\(date).json", assessment: a, questionnaire: q)
    }

    /// A small association: on track, late, reached, no baseline, and a baseline with nothing
    /// complete after it.
    static func association() throws -> Comparison {
        let q = try ObjectivesFixture.questionnaire()
        let gouv3 = Targets(by: 2028, themes: [.init(id: "gouv", level: 3)])
        return Comparison(assessments: [
            assessment("a", "2026-01-01", yes: [], targets: gouv3, q),
            assessment("a", "2027-01-01", yes: ["gouv.g1"], q),
            assessment("b", "2026-01-01", yes: [], targets: gouv3, q),
            assessment("b", "2027-01-01", yes: [], q),
            assessment("c", "2026-01-01", yes: [], targets: Targets(by: 2028, themes: [.init(id: "gouv", level: 2)]), q),
            assessment("c", "2027-01-01", yes: ["gouv.g1"], q),
            assessment("d", "2026-01-01", yes: [], q),
            assessment("d", "2027-01-01", yes: ["gouv.g1"], q),
            assessment("e", "2026-01-01", yes: [], q),
            assessment("e", "2026-06-01", yes: [], targets: gouv3, q),
            assessment("e", "2027-01-01", yes: ["gouv.g1"], status: .inProgress, q),
        ])
    }

    @Test func eachSiteWithABaselineAndALaterCompleteAssessmentHasProgress() throws {
        let c = try Self.association()
        let a = try #require(c.site("a")?.progress)
        // gouv 0 → 50 of the 55 level 3 starts at; a year gone of 1095 days.
        #expect(a.items.map(\.progress) == [50.0 / 55])
        #expect(a.items.first?.expected == 365.0 / 1095)
        #expect(a.status == .onTrack)
        #expect(a.baseline == "2026-01-01")
        #expect(a.by == 2028)
        #expect(c.site("b")?.progress?.status == .late)
        #expect(c.site("b")?.progress?.items.map(\.progress) == [0])
        #expect(c.site("c")?.progress?.status == .reached)
    }

    @Test func noBaselineOrNoLaterCompleteAssessmentMeansNoProgress() throws {
        let c = try Self.association()
        #expect(c.site("d")?.baseline == nil)
        #expect(c.site("d")?.progress == nil)
        // Its baseline is 2026-06-01; the only later assessment is in progress.
        #expect(c.site("e")?.baseline?.date == "2026-06-01")
        #expect(c.site("e")?.progress == nil)
    }

    /// With the bundled questionnaire's indicators, a comparison's progress reads the values
    /// of the indicators its objectives name as the whole figures give them, in the
    /// questionnaire's order, an id it does not have last.
    @Test func indicatorTargetsInAComparisonReadTheirValues() throws {
        let q = try #require(AssessmentScanTests.bundled)
        let ids = q.indicators.map(\.id)
        try #require(ids.count >= 3)
        var assessments = DemoAssociation(siteCount: 12).assessments(questionnaire: q)
        for k in assessments.indices where assessments[k].targets != nil {
            assessments[k].targets?.indicators = [.init(id: "absent", percent: -10), .init(id: ids[2], percent: -20),
                                                  .init(id: ids[0], percent: -5)]
        }
        let c = Comparison(assessments: assessments.enumerated().map { ComparedAssessment(file: "\($0.offset).json", assessment: $0.element, questionnaire: q) })
        var read = 0
        for site in c.sites {
            guard let progress = site.progress, let baseline = site.baseline, let current = site.latestComplete,
                  let targets = baseline.targets else { continue }
            let whole = TargetProgress(targets: targets, baseline: baseline, baselineDate: baseline.date, current: current,
                                       currentDate: current.date, baselineFigures: IndicatorFigures(baseline),
                                       currentFigures: IndicatorFigures(current))
            let items = progress.items.filter { $0.scope == .indicator }
            #expect(items.map(\.id) == [ids[0], ids[2], "absent"])
            #expect(items.map(\.progress) == whole.items.filter { $0.scope == .indicator }.map(\.progress))
            #expect(items.map(\.status) == whole.items.filter { $0.scope == .indicator }.map(\.status))
            read += items.filter { $0.progress != nil }.count
        }
        // Values were read: a progress without them has none.
        #expect(read > 0)
    }

    @Test func indicatorTargetsReadTheComparedValues() throws {
        let q = try ObjectivesFixture.questionnaire()
        let a = Self.assessment("a", "2026-01-01", yes: [], q)
        // The fixture has no indicator: the figures are empty, so an indicator target has no value.
        #expect(IndicatorFigures(a).ids.isEmpty)
        let p = TargetProgress(targets: Targets(by: 2030, indicators: [.init(id: "elec", percent: -20)]), baseline: a,
                               baselineDate: a.date, current: a, currentDate: a.date)
        #expect(p.items.first?.progress == nil)
        #expect(p.items.first?.status == .late)
    }
}
