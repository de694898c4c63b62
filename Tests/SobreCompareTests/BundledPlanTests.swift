import Foundation
import SobreCore
import SobreJSON
import Testing

/// The bundled questionnaire's plan against the answers of a site: each action is proposed to
/// the answers it fits, and not to a site whose answer says it is done (issue 13).
@Suite struct BundledPlanTests {
    static func questionnaire() throws -> Questionnaire {
        try #require(Repository.library.resolve("essms-sobriete")?.questionnaire)
    }

    /// The bundled questionnaire without the clause that keeps actions for sites past the first
    /// level: the tests below read what each action's answers ask for, whatever the level
    /// (`PlanByLevelTests` reads the level).
    static func ungated() throws -> Questionnaire {
        let text = try Repository.text("Questionnaires/essms-sobriete.fr.yaml")
            .replacingOccurrences(of: DoneActionsTests.levelGate, with: "")
        let result = QuestionnaireLoader.load(
            bytes: Array(text.utf8), path: Repository.path("Questionnaires/essms-sobriete.fr.yaml"))
        return try #require(result.questionnaire)
    }

    /// The ids of the actions proposed for these answers (full question id → stored value),
    /// level gates aside.
    static func plan(_ values: [String: JSONValue]) throws -> Set<String> {
        let q = try ungated()
        var answers = AnswerSet()
        for (id, value) in values {
            #expect(q.question(id) != nil, "\(id) is not a question of the bundled questionnaire")
            answers[id] = Answer(value: value)
        }
        return Scorecard(questionnaire: q, answers: answers).triggeredActionIDs
    }

    static func set(_ ids: String...) -> JSONValue { .array(ids.map { .string($0) }) }

    @Test func aRuleThatIsFollowedGetsTheProgrammedShutdownOnly() throws {
        let rule = try Self.plan(["usages.extinction": .string("consigne")])
        #expect(!rule.contains("extinction_postes"))
        #expect(rule.contains("programmer_extinction"))
        let rarely = try Self.plan(["usages.extinction": .string("rarement")])
        #expect(rarely.isSuperset(of: ["extinction_postes", "programmer_extinction"]))
        let programmed = try Self.plan(["usages.extinction": .string("automatique")])
        #expect(programmed.isDisjoint(with: ["extinction_postes", "programmer_extinction"]))
    }

    @Test func wasteAlwaysCollectedIsNotToldToCollectIt() throws {
        let always = try Self.plan(["fin_de_vie.deee": .string("filiere")])
        #expect(!always.contains("collecte_deee"))
        #expect(always.contains("registre_deee"))
        let sometimes = try Self.plan(["fin_de_vie.deee": .string("ponctuel")])
        #expect(sometimes.contains("collecte_deee"))
        let traced = try Self.plan(["fin_de_vie.deee": .string("certificat")])
        #expect(traced.isDisjoint(with: ["collecte_deee", "registre_deee"]))
    }

    @Test func aSiteThatAlreadyReusesIsToldToEmptyItsStoreNotToStartReuse() throws {
        let reusing = try Self.plan([
            "fin_de_vie.devenir": Self.set("reaffectes", "dons", "reconditionneur"),
            "fin_de_vie.stock_dormant": .bool(true),
        ])
        #expect(!reusing.contains("filiere_reemploi"))
        #expect(reusing.contains("vider_stock_dormant"))
        let dumping = try Self.plan([
            "fin_de_vie.devenir": Self.set("dechetterie", "stockes"),
            "fin_de_vie.stock_dormant": .bool(true),
        ])
        #expect(dumping.contains("filiere_reemploi"))
        #expect(!dumping.contains("vider_stock_dormant"))
        let carriedAway = try Self.plan(["fin_de_vie.devenir": Self.set("prestataire")])
        #expect(carriedAway.contains("filiere_reemploi"))
    }

    @Test func devicesThatLeaveWithTheProviderOrToTheTipAskAboutErasure() throws {
        let q = try Self.questionnaire()
        for way in ["prestataire", "dechetterie"] {
            var answers = AnswerSet()
            answers["fin_de_vie.devenir"] = Answer(value: Self.set(way))
            let card = Scorecard(questionnaire: q, answers: answers)
            #expect(card.questions.first { $0.question.fullID == "fin_de_vie.effacement" }?.relevant == true, "\(way)")
        }
    }

    @Test func fiveYearsOfDepreciationOrUseIsNotToldToReachFive() throws {
        let five = try Self.plan(["achats.amortissement": .number(5), "achats.duree_reelle": .number(5)])
        #expect(five.isDisjoint(with: ["amortir_cinq_ans", "louer_plus_longtemps", "garder_cinq_ans"]))
        let three = try Self.plan(["achats.amortissement": .number(3), "achats.duree_reelle": .number(4)])
        #expect(three.isSuperset(of: ["amortir_cinq_ans", "garder_cinq_ans"]))
        #expect(!three.contains("louer_plus_longtemps"))
        // Depreciated over five years but replaced after four: keep them, the books are fine.
        let keptFour = try Self.plan(["achats.amortissement": .number(5), "achats.duree_reelle": .number(4)])
        #expect(keptFour.contains("garder_cinq_ans"))
        #expect(!keptFour.contains("amortir_cinq_ans"))
    }

    @Test func leasedComputersAreToldToLeaseLongerNotToDepreciate() throws {
        let leased = try Self.plan([
            "achats.location": Self.set("copieurs", "ordinateurs"), "achats.amortissement": .number(3),
        ])
        #expect(leased.contains("louer_plus_longtemps"))
        #expect(!leased.contains("amortir_cinq_ans"))
        let copiersOnly = try Self.plan(["achats.location": Self.set("copieurs"), "achats.amortissement": .number(3)])
        #expect(copiersOnly.contains("amortir_cinq_ans"))
        #expect(!copiersOnly.contains("louer_plus_longtemps"))
    }

    @Test func oneServerIsNeverToldToGroupItsServers() throws {
        // A stale answer about grouping stays in the file but is not asked with one server.
        let one = try Self.plan([
            "parc.serveurs": .number(1), "usages.regroupement_serveurs": .string("non"),
            "usages.climatisation_serveurs": .string("non"),
        ])
        #expect(!one.contains("rationaliser_serveurs"))
        #expect(one.contains("regler_climatisation"))
        let three = try Self.plan(["parc.serveurs": .number(3), "usages.regroupement_serveurs": .string("non")])
        #expect(three.contains("rationaliser_serveurs"))
        let grouped = try Self.plan([
            "parc.serveurs": .number(3), "usages.regroupement_serveurs": .string("oui"),
            "usages.climatisation_serveurs": .string("oui"),
        ])
        #expect(grouped.isDisjoint(with: ["rationaliser_serveurs", "regler_climatisation"]))
    }

    @Test func phonesRenewedByTheOperatorGetTheirOwnAction() throws {
        let operatorPhones = try Self.plan(["parc.smartphones": .number(4), "achats.smartphones": .string("forfait")])
        #expect(operatorPhones.contains("garder_telephones_forfait"))
        #expect(!operatorPhones.contains("smartphones_reconditionnes"))
        let bought = try Self.plan(["parc.smartphones": .number(4), "achats.smartphones": .string("neufs")])
        #expect(bought.contains("smartphones_reconditionnes"))
        #expect(!bought.contains("garder_telephones_forfait"))
    }

    @Test func printingDefaultsAlreadySetAreNotProposedAgain() throws {
        let defaults = try Self.plan(["usages.impression": Self.set("recto_verso", "noir_blanc")])
        #expect(!defaults.contains("parametrer_impression"))
        #expect(defaults.contains("completer_impression"))
        let badgeOnly = try Self.plan(["usages.impression": Self.set("badge")])
        #expect(badgeOnly.contains("parametrer_impression"))
        #expect(!badgeOnly.contains("completer_impression"))
    }

    @Test func aSiteWithAMailGuideIsNotToldToWriteOne() throws {
        let guide = try Self.plan(["usages.mails": Self.set("signature", "guide")])
        #expect(!guide.contains("guide_mails"))
        let noGuide = try Self.plan(["usages.mails": Self.set("liens", "signature")])
        #expect(noGuide.contains("guide_mails"))
        // Good habits without a guide: nothing to spread.
        let habits = try Self.plan(["usages.mails": Self.set("liens", "destinataires", "signature")])
        #expect(!habits.contains("guide_mails"))
    }

    @Test func fourIndicatorsTrackedAreNotProposedForALateCharterReview() throws {
        let tracked = try Self.plan([
            "mesure.indicateurs": Self.set("duree_vie", "impressions", "energie", "reemploi"),
            "gouvernance.charte_inr": .string("signee"),
        ])
        #expect(!tracked.contains("suivre_indicateurs"))
        #expect(tracked.contains("bilan_charte"))
        let one = try Self.plan(["mesure.indicateurs": Self.set("energie")])
        #expect(one.contains("suivre_indicateurs"))
        #expect(!one.contains("bilan_charte"))
    }

    @Test func peopleWhoLeadActionsAreNotToldToJoinWhenOnlyTheCVSIsMissing() throws {
        let leading = try Self.plan([
            "parties_prenantes.personnes_accompagnees": .string("actrices"), "parties_prenantes.cvs": .bool(false),
        ])
        #expect(!leading.contains("associer_personnes_accompagnees"))
        #expect(leading.contains("presenter_au_cvs"))
        let informed = try Self.plan([
            "parties_prenantes.personnes_accompagnees": .string("informees"), "parties_prenantes.cvs": .bool(true),
        ])
        #expect(informed.contains("associer_personnes_accompagnees"))
        #expect(!informed.contains("presenter_au_cvs"))
    }

    @Test func ratingsFollowTheSources() throws {
        let q = try Self.questionnaire()
        let byID = Dictionary(uniqueKeysWithValues: q.actions.map { ($0.id, $0) })
        // GAPAS: training managers is essential; GBPNR f.6 rates mail as Recommandée.
        #expect(byID["former_cadres"]?.priority == .high)
        #expect(byID["guide_mails"]?.priority == .medium)
        // The figures reviewed in issue 13: no 2015 price, no dated mail weights.
        #expect(byID["budget_dedie"]?.description?.contains("40 €") == false)
        #expect(byID["guide_mails"]?.description?.contains("35 g") == false)
    }

    @Test func copiersAndPrintersAreCountedApart() throws {
        let q = try Self.questionnaire()
        #expect(q.question("parc.copieurs") != nil)
        // The old count of copiers and printers together must not be taken for printers.
        #expect(q.question("parc.imprimantes") == nil)
        #expect(q.question("parc.imprimantes_bureau")?.text.contains("copieur") == true)  // « hors copieurs »
        #expect(q.question("parc.copieurs")?.help?.contains("447 kWh") == true)
        #expect(q.question("parc.imprimantes_bureau")?.help?.contains("71 kWh") == true)
    }
}
