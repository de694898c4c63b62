import Testing
@testable import SobreCore

/// The projection and the roadmap of SPEC §9.
@Suite struct RoadmapTests {
    @Test func planOrderIsWhatTheRoadmapWalks() throws {
        let card = try ObjectivesFixture.card()
        #expect(card.plan.map(\.action.id) == ["nommer", "inventaire", "charte", "reemploi", "audit"])
    }

    @Test func projectionScoresTheQuestionsOfDoneActionsOne() throws {
        let card = try ObjectivesFixture.card()
        let nommer = try #require(card.questionnaire.actions.firstIndex { $0.id == "nommer" })
        let p = Projection(card, doing: [nommer])
        #expect(p.themeScores[0] == 50)
        #expect(p.themeLevels[0]?.id == 2)
        #expect(p.themeScores[1] == 100.0 / 6)
        #expect(Projection(card, doing: []).themeScores[0] == 0)
    }

    @Test func aThemeAlreadyAtItsTargetIsReachedAndBringsNoAction() throws {
        let card = try ObjectivesFixture.card()
        let roadmap = Roadmap(card, targets: Targets(by: 2029, themes: [.init(id: "gouv", level: 1)]), year: 2026)
        #expect(roadmap.items.map(\.status) == [.reached])
        #expect(roadmap.actions.isEmpty)
        #expect(roadmap.years.isEmpty)
    }

    @Test func anAfterActionIsBroughtJustBeforeTheActionThatJoins() throws {
        // inventaire (achats) raises nothing aimed at; charte needs it first.
        let card = try ObjectivesFixture.card()
        let roadmap = Roadmap(card, targets: Targets(by: 2029, themes: [.init(id: "gouv", level: 4)]), year: 2026)
        #expect(roadmap.actions.map(\.id) == ["nommer", "inventaire", "charte"])
        let item = try #require(roadmap.items.first)
        #expect(item.status == .planned)
        #expect(item.now == 1)
        #expect(item.projected == 4)
        #expect(item.shortBy == nil)
    }

    @Test func theWalkStopsOnceEveryTargetIsReached() throws {
        let card = try ObjectivesFixture.card()
        let roadmap = Roadmap(card, targets: Targets(by: 2029, themes: [.init(id: "gouv", level: 2)]), year: 2026)
        #expect(roadmap.actions.map(\.id) == ["nommer"])
    }

    @Test func aTargetThePlanCannotReachIsShortByTheMissingPoints() throws {
        // achats at best: a1..a4 yes, a5 (weight 2) no: 4/6 = 66.7, level 3; level 4 starts at 80.
        let card = try ObjectivesFixture.card()
        let roadmap = Roadmap(card, targets: Targets(by: 2029, themes: [.init(id: "achats", level: 4)]), year: 2026)
        #expect(roadmap.actions.map(\.id) == ["inventaire", "reemploi", "audit"])
        let item = try #require(roadmap.items.first)
        #expect(item.status == .short)
        #expect(item.projected == 3)
        #expect(abs((item.shortBy ?? 0) - (80 - 400.0 / 6)) < 1e-9)
    }

    @Test func anOverallTargetHeldByTheWeakestLinkNeedsTheLowTheme() throws {
        // achats weighs 3 and is complete: the score alone gives level 3 (75), gouv at 0 caps it at 2.
        let card = try ObjectivesFixture.card(["achats.a1", "achats.a2", "achats.a3", "achats.a4", "achats.a5"], achatsWeight: 3)
        #expect(card.levelByScore?.id == 3)
        #expect(card.overallLevel?.id == 2)
        let roadmap = Roadmap(card, targets: Targets(by: 2029, overall: 3), year: 2026)
        #expect(roadmap.actions.map(\.id) == ["nommer"])
        #expect(roadmap.items.first?.status == .planned)
        let holding = NextLevel.holding(card, target: 3)
        #expect(holding.map(\.theme.id) == ["gouv"])
        #expect(holding.first?.points == 30)
        let next = try #require(NextLevel(card))
        #expect(next.level.id == 3)
        #expect(next.actions.map(\.id) == ["nommer"])
        #expect(next.status == .planned)
    }

    @Test func noNextLevelAtTheHighestLevel() throws {
        let card = try ObjectivesFixture.card(["gouv.g1", "gouv.g2", "achats.a1", "achats.a2", "achats.a3", "achats.a4", "achats.a5"])
        #expect(card.overallLevel?.id == 4)
        #expect(NextLevel(card) == nil)
    }

    static let figures = IndicatorFigures(ids: ["elec"], values: ["elec": 1000],
                                          savings: ["nommer": ["elec": 100], "audit": ["elec": 300]])

    @Test func anIndicatorTargetBringsTheActionsThatSave() throws {
        let card = try ObjectivesFixture.card()
        let roadmap = Roadmap(card, targets: Targets(by: 2029, indicators: [.init(id: "elec", percent: -30)]), year: 2026,
                              figures: Self.figures)
        #expect(roadmap.actions.map(\.id) == ["nommer", "audit"])
        let item = try #require(roadmap.items.first)
        #expect(item.scope == .indicator)
        #expect(item.targetValue == 700)
        #expect(item.now == 1000)
        #expect(item.projected == 600)
        #expect(item.status == .planned)
    }

    @Test func anIndicatorTargetBeyondThePlansSavingsIsShortByTheAmountAbove() throws {
        let card = try ObjectivesFixture.card()
        let roadmap = Roadmap(card, targets: Targets(by: 2029, indicators: [.init(id: "elec", percent: -50)]), year: 2026,
                              figures: Self.figures)
        #expect(roadmap.items.first?.status == .short)
        #expect(roadmap.items.first?.shortBy == 100)
    }

    @Test func savingsAreCappedAtTheIndicatorsValue() throws {
        let figures = IndicatorFigures(ids: ["elec"], values: ["elec": 300], savings: ["nommer": ["elec": 200], "audit": ["elec": 300]])
        let card = try ObjectivesFixture.card()
        let roadmap = Roadmap(card, targets: Targets(by: 2029, indicators: [.init(id: "elec", percent: -100)]), year: 2026, figures: figures)
        #expect(roadmap.items.first?.projected == 0)
        #expect(roadmap.items.first?.status == .planned)
    }

    @Test func anIndicatorNotEstimatedIsShortAndBringsNothing() throws {
        let figures = IndicatorFigures(ids: ["elec"], values: ["elec": Double?.none], savings: ["nommer": ["elec": 100]])
        let card = try ObjectivesFixture.card()
        let roadmap = Roadmap(card, targets: Targets(by: 2029, indicators: [.init(id: "elec", percent: -10)]), year: 2026, figures: figures)
        #expect(roadmap.actions.isEmpty)
        #expect(roadmap.items.first?.status == .short)
        #expect(roadmap.items.first?.shortBy == nil)
    }

    /// Two quick wins, one short-term action, three structural ones.
    static func actions() throws -> [Action] {
        let always = try Expression.parse("true")
        let efforts: [Grade] = [.low, .low, .medium, .high, .high, .high]
        return efforts.enumerated().map { k, effort in
            Action(id: "a\(k)", title: "A\(k)", themeID: "t", priority: .high, effort: effort, when: always)
        }
    }

    static func years(by: Int) throws -> [[String]] {
        Roadmap.years(try actions(), from: 2026, by: by).map { ["\($0.year)"] + $0.actions.map(\.id) }
    }

    @Test func everyActionGoesToTheYearWhenByIsThatYear() throws {
        #expect(try Self.years(by: 2026) == [["2026", "a0", "a1", "a2", "a3", "a4", "a5"]])
    }

    @Test func byTheNextYearTakesShortTermAndStructuralActions() throws {
        #expect(try Self.years(by: 2027) == [["2026", "a0", "a1"], ["2027", "a2", "a3", "a4", "a5"]])
    }

    @Test func structuralActionsSpreadOverTenYears() throws {
        // S = 2028, B − S + 1 = 9, n = 3: 2028 + floor(i × 9 / 3).
        #expect(try Self.years(by: 2036) == [["2026", "a0", "a1"], ["2027", "a2"], ["2028", "a3"], ["2031", "a4"], ["2034", "a5"]])
    }

    @Test func aYearBeforeTheAssessmentsPutsEverythingInItsYear() throws {
        #expect(try Self.years(by: 2025) == [["2026", "a0", "a1", "a2", "a3", "a4", "a5"]])
    }
}
