import Testing
@testable import SobreCore

/// Progress towards objectives between a baseline and a later assessment (SPEC §9).
@Suite struct TargetProgressTests {
    static func progress(_ targets: Targets, base: [String], now: [String], from: String = "2026-01-01", to: String = "2027-01-01",
                         achatsWeight: Double = 1, figures: (IndicatorFigures, IndicatorFigures) = (.none, .none)) throws -> TargetProgress {
        TargetProgress(targets: targets, baseline: try ObjectivesFixture.card(base, achatsWeight: achatsWeight), baselineDate: from,
                       current: try ObjectivesFixture.card(now, achatsWeight: achatsWeight), currentDate: to,
                       baselineFigures: figures.0, currentFigures: figures.1)
    }

    @Test func progressIsTheShareOfTheWayToTheTargetLevelsMin() throws {
        // gouv 0 → 50, level 3 starts at 55; a year gone out of 2026-01-01 … 2028-12-31 (1095 days).
        let p = try Self.progress(Targets(by: 2028, themes: [.init(id: "gouv", level: 3)]), base: [], now: ["gouv.g1"])
        let item = try #require(p.items.first)
        #expect(item.progress == 50.0 / 55)
        #expect(item.expected == 365.0 / 1095)
        #expect(item.status == .onTrack)
        #expect(p.status == .onTrack)
        #expect(p.baseline == "2026-01-01")
    }

    @Test func aReachedTargetCountsOneAndAFallClampsToZero() throws {
        let targets = Targets(by: 2028, themes: [.init(id: "gouv", level: 2), .init(id: "achats", level: 3)])
        let p = try Self.progress(targets, base: ["achats.a1", "achats.a2"], now: ["gouv.g1"])
        #expect(p.items.map(\.id) == ["gouv", "achats"])
        #expect(p.items.map(\.progress) == [1, 0])
        #expect(p.items.map(\.status) == [.reached, .late])
        #expect(p.status == .late)
    }

    @Test func expectedIsOneOnceTheYearIsOver() throws {
        let p = try Self.progress(Targets(by: 2026, themes: [.init(id: "gouv", level: 3)]), base: [], now: ["gouv.g1"], to: "2027-06-01")
        #expect(p.items.first?.expected == 1)
        #expect(p.items.first?.status == .late)
        let before = try Self.progress(Targets(by: 2025, themes: [.init(id: "gouv", level: 3)]), base: [], now: [])
        #expect(before.items.first?.expected == 1)
    }

    @Test func aWeakestLinkCapAboveTheMinGivesNoProgress() throws {
        // The overall score is already above 55 but gouv at level 1 caps it at 2: the denominator is ≤ 0.
        let all = ["achats.a1", "achats.a2", "achats.a3", "achats.a4", "achats.a5"]
        let p = try Self.progress(Targets(by: 2030, overall: 3), base: all, now: all, achatsWeight: 3)
        #expect(p.items.first?.progress == 0)
        #expect(p.items.first?.status == .late)
    }

    @Test func indicatorProgressIsTheShareOfTheReductionAimedAt() throws {
        let base = IndicatorFigures(ids: ["elec"], values: ["elec": 1000])
        let now = IndicatorFigures(ids: ["elec"], values: ["elec": 900])
        let p = try Self.progress(Targets(by: 2030, indicators: [.init(id: "elec", percent: -20)]), base: [], now: [], figures: (base, now))
        #expect(p.items.first?.progress == 0.5)
        #expect(p.items.first?.scope == .indicator)
        let unknown = try Self.progress(Targets(by: 2030, indicators: [.init(id: "elec", percent: -20)]), base: [], now: [],
                                        figures: (base, .none))
        #expect(unknown.items.first?.progress == nil)
        #expect(unknown.items.first?.status == .late)
    }

    @Test func theWorstStatusWins() {
        #expect([TargetProgress.Status.reached, .late, .onTrack].min() == .late)
        #expect([TargetProgress.Status.reached, .onTrack].min() == .onTrack)
    }
}
