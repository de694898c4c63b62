import SobreCore
import SobreDemo
import SobreJSON
import Testing

/// The bundled plan fits the site's level: a first-level site gets about ten foundational
/// actions, sponsorship and the référent first; the structural ones wait for the second level
/// (issue 13).
@Suite struct PlanByLevelTests {
    static func questionnaire() throws -> Questionnaire { try BundledPlanTests.questionnaire() }

    /// Plausible answers of a site whose every theme has maturity `m`, with `overrides`.
    static func site(_ m: Double, key: String = "site", _ overrides: [String: JSONValue] = [:]) throws -> Scorecard {
        let q = try questionnaire()
        let generator = AnswerGenerator(seed: 13, siteKey: key, yearKey: "2026", size: 40)
        var answers = generator.answers(for: q, maturity: { _ in m }, date: "2026-06-01", start: 0)
        for (id, value) in overrides { answers[id] = Answer(value: value) }
        return Scorecard(questionnaire: q, answers: answers)
    }

    static let weak: [String: JSONValue] = [
        "pilotage.portage": .string("informel"), "pilotage.referent": .bool(false),
        "mesure.bilan_carbone": .string("non"), "mesure.calculatrice": .bool(false),
    ]

    @Test func aFirstLevelSiteStartsWithSponsorshipAndAReferentAndGetsAboutTen() throws {
        for key in ["a", "b", "c", "d"] {
            let card = try Self.site(0.1, key: key, Self.weak)
            #expect(card.overallLevel?.id == 1, "\(key)")
            let plan = card.plan.map(\.action.id)
            #expect(Array(plan.prefix(3)) == ["porter_en_direction", "nommer_referent", "estimer_empreinte"], "\(key): \(plan)")
            #expect(plan.count <= 12, "\(key): \(plan)")
            #expect(plan.count >= 8, "\(key): \(plan)")
            // The structural actions wait for the second level.
            #expect(Set(plan).isDisjoint(with: [
                "mutualiser_entre_essms", "exiger_prestataires", "signer_charte_inr", "budget_dedie",
                "communiquer_externe", "premier_bilan_carbone",
            ]), "\(key): \(plan)")
        }
    }

    @Test func theWeakestDemoSiteGetsAFoundationalPlan() throws {
        let q = try Self.questionnaire()
        let latest = DemoAssociation().sites.compactMap { DemoAssociation().assessments(of: $0, questionnaire: q).last }
        let cards = latest.map { Scorecard(questionnaire: q, answers: $0.answers) }
        let weakest = try #require(cards.min { ($0.overallScore ?? 0) < ($1.overallScore ?? 0) })
        #expect(weakest.overallLevel?.id == 1)
        let plan = weakest.plan.map(\.action.id)
        #expect(plan.count <= 12, "\(plan)")
        #expect(Array(plan.prefix(2)) == ["porter_en_direction", "nommer_referent"], "\(plan)")
    }

    @Test func aSecondLevelSiteGetsMutualisationCharterAndBudget() throws {
        let notYet: [String: JSONValue] = [
            "fin_de_vie.mutualisation": .string("non"), "gouvernance.charte_inr": .string("non"),
            "gouvernance.budget": .string("non"), "achats.prestataires": .string("non"),
        ]
        let second = try Self.site(0.5, notYet)
        #expect((second.overallLevel?.id ?? 0) >= 2)
        let plan = second.triggeredActionIDs
        #expect(plan.isSuperset(of: ["mutualiser_entre_essms", "signer_charte_inr", "budget_dedie", "exiger_prestataires"]))
        let first = try Self.site(0.1, Self.weak.merging(notYet) { a, _ in a })
        #expect(first.triggeredActionIDs.isDisjoint(with: ["mutualiser_entre_essms", "signer_charte_inr", "budget_dedie"]))
    }

    @Test func measuringComesFirstTheFullAssessmentLater() throws {
        let second = try Self.site(0.5, ["mesure.bilan_carbone": .string("non"), "mesure.calculatrice": .bool(false)])
        let plan = second.plan.map(\.action.id)
        let estimate = try #require(plan.firstIndex(of: "estimer_empreinte"))
        let full = try #require(plan.firstIndex(of: "premier_bilan_carbone"))
        #expect(estimate < full)
        #expect(estimate < 3, "\(plan)")
        let q = try Self.questionnaire()
        #expect(q.actions.first { $0.id == "estimer_empreinte" }?.effort == .low)
        #expect(q.actions.first { $0.id == "premier_bilan_carbone" }?.effort == .high)
    }

    @Test func resultsAreSharedOnlyOnceThereAreResults() throws {
        let none = try Self.site(0.6, [
            "communication.resultats": .bool(false), "mesure.gains": .number(1),
            "mesure.indicateurs": BundledPlanTests.set("aucun"),
        ])
        #expect(!none.triggeredActionIDs.contains("partager_resultats"))
        let some = try Self.site(0.6, [
            "communication.resultats": .bool(false), "mesure.gains": .number(3),
            "mesure.indicateurs": BundledPlanTests.set("aucun"),
        ])
        #expect(some.triggeredActionIDs.contains("partager_resultats"))
    }
}
