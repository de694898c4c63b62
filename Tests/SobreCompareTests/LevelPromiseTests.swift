import SobreCore
import SobreDemo
import SobreJSON
import Testing

/// What each level's description promises holds for every demo site that reaches it, and N/A
/// is no way up (issue 13).
@Suite struct LevelPromiseTests {
    /// The promises of the bundled levels' descriptions, as conditions on a scorecard.
    static func promises(_ card: Scorecard) -> [String] {
        var broken: [String] = []
        let level = card.overallLevel?.id ?? 0
        let sponsored = ["direction", "ca"].contains(card.result(for: "pilotage.portage")?.value?.stringValue ?? "")
        let referent = card.result(for: "pilotage.referent")?.value == .bool(true)
        let lowest = card.themes.compactMap { $0.level?.id }.min() ?? 0
        // Structuré: « la direction la porte par écrit, ou une personne référente est nommée ;
        // aucun thème n'est resté au point de départ ».
        if level >= 3, !(sponsored || referent) { broken.append("Structuré sans portage écrit ni référent") }
        if level >= 3, lowest < 2 { broken.append("Structuré avec un thème au point de départ") }
        // Exemplaire: « la direction porte la démarche par écrit et une personne référente la
        // conduit ; tous les thèmes sont au moins structurés ».
        if level >= 4, !(sponsored && referent) { broken.append("Exemplaire sans portage écrit et référent") }
        if level >= 4, lowest < 3 { broken.append("Exemplaire avec un thème sous Structuré") }
        // Engagé: « des pratiques existent », au moins le seuil de 30.
        if level >= 2, (card.overallScore ?? 0) < 30 { broken.append("Engagé sous 30") }
        return broken
    }

    @Test func everyDemoSiteKeepsItsLevelsPromises() throws {
        let q = try BundledPlanTests.questionnaire()
        let demo = DemoAssociation()
        var reached: Set<Int> = []
        for site in demo.sites {
            for assessment in demo.assessments(of: site, questionnaire: q) {
                let card = Scorecard(questionnaire: q, answers: assessment.answers)
                reached.insert(card.overallLevel?.id ?? 0)
                #expect(Self.promises(card) == [], "\(site.id) \(assessment.date)")
            }
        }
        #expect(reached.isSuperset(of: [1, 2, 3]), "the demo reaches too few levels for the check to mean much: \(reached)")
    }

    @Test func theWeakestLinkHoldsADemoSiteWithoutPilotageDown() throws {
        let q = try BundledPlanTests.questionnaire()
        let demo = DemoAssociation()
        let capped = demo.sites.compactMap { demo.assessments(of: $0, questionnaire: q).last }
            .map { Scorecard(questionnaire: q, answers: $0.answers) }
            .filter { $0.capped && $0.cappedBy.contains("pilotage") }
        #expect(!capped.isEmpty)
    }

    @Test func informalSponsorshipWithoutAReferentCapsTheLevel() throws {
        let strong = try PlanByLevelTests.site(0.95, [
            "pilotage.portage": .string("informel"), "pilotage.referent": .bool(false),
        ])
        #expect((strong.overallLevel?.id ?? 9) <= 2)
        #expect(strong.cappedBy.contains("pilotage"))
    }

    @Test func notApplicableOnThePersonsSupportedIsNoWayUp() throws {
        let q = try BundledPlanTests.questionnaire()
        let question = try #require(q.question("parties_prenantes.personnes_accompagnees"))
        #expect(!question.allowsNA)
        let base = try PlanByLevelTests.site(0.9, ["parties_prenantes.personnes_accompagnees": .string("non")])
        var answers = AnswerSet()
        for result in base.questions where result.value != nil || result.notApplicable {
            answers[result.question.fullID] = Answer(value: result.value, notApplicable: result.notApplicable)
        }
        answers["parties_prenantes.personnes_accompagnees"] = Answer(notApplicable: true)
        let escaped = Scorecard(questionnaire: q, answers: answers)
        // The CVS question stays, and the assessment cannot be complete.
        #expect(escaped.result(for: "parties_prenantes.cvs")?.relevant == true)
        #expect(escaped.missingRequired.contains("parties_prenantes.personnes_accompagnees"))
    }
}
