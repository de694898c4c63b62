import SobreCore
import SobreDemo
import SobreJSON
import Testing

/// The bundled questionnaire weighs what the seed puts first and covers what a director of an
/// ESSMS can answer about, in an interview of about 45 minutes (issue 13).
@Suite struct SeedPrioritiesTests {
    static func questionnaire() throws -> Questionnaire { try BundledPlanTests.questionnaire() }

    @Test func lifeExtensionPurchasingAndAwarenessWeighMost() throws {
        let q = try Self.questionnaire()
        let weight = Dictionary(uniqueKeysWithValues: q.themes.map { ($0.id, $0.weight) })
        for first in ["achats", "fin_de_vie"] {
            for other in ["gouvernance", "mesure", "communication", "usages", "parties_prenantes"] {
                #expect((weight[first] ?? 0) > (weight[other] ?? 0), "\(first) vs \(other)")
            }
        }
        #expect((weight["parties_prenantes"] ?? 0) > (weight["communication"] ?? 0))
        #expect((weight["communication"] ?? 1) < 1)
        // The real lifetime counts, more than the accounting period.
        let real = try #require(q.question("achats.duree_reelle"))
        let books = try #require(q.question("achats.amortissement"))
        #expect(real.weight > books.weight)
        #expect(q.question("parc.renouvellement") == nil)
        #expect((q.question("parties_prenantes.sensibilisation")?.weight ?? 0) > 1)
    }

    @Test func oneRefurbishedPhoneIsNotFullMarks() throws {
        let q = try Self.questionnaire()
        #expect(q.question("achats.reconditionne") == nil)
        func score(_ option: String) -> Double? {
            var answers = AnswerSet()
            answers["achats.part_reconditionne"] = Answer(value: .string(option))
            return Scorecard(questionnaire: q, answers: answers).result(for: "achats.part_reconditionne")?.score
        }
        #expect(score("ponctuel").map { $0 <= 0.2 } == true)
        #expect(score("majorite") == 1)
        #expect(score("ne_sait_pas") == 0)
    }

    @Test func theMissingSubjectsHaveAQuestionAndTheInterviewStaysShort() throws {
        let q = try Self.questionnaire()
        for id in [
            "achats.equipement_dui", "usages.dossier_papier", "usages.hebergement", "fin_de_vie.conservation_donnees",
            "usages.visio", "usages.tablettes_inutilisees", "usages.fin_cuivre", "usages.wifi_residents",
            "parties_prenantes.inclusion",
        ] {
            #expect(q.question(id) != nil, "\(id)")
        }
        // Merged: the INR charter in one question, the communication supports dropped.
        #expect(q.question("gouvernance.charte_suivi") == nil)
        #expect(q.question("communication.supports") == nil)
        // About 45 minutes: at most 64 questions, 10 of them inventory counts; the paper reams and
        // the count of unused devices are optional (the footprint of issue 14).
        #expect(q.questions.count <= 64)
        #expect(q.themes.first { $0.id == "communication" }.map { $0.questions.count <= 4 } == true)
    }

    @Test func demoServicesWithoutHousingSayTheResidentsWifiDoesNotApply() throws {
        let q = try Self.questionnaire()
        let demo = DemoAssociation()
        var checked = 0
        for site in demo.sites {
            for assessment in demo.assessments(of: site, questionnaire: q) {
                guard let answer = assessment.answers["usages.wifi_residents"] else { continue }
                if site.id.hasPrefix("sessad") || site.id.hasPrefix("savs") {
                    #expect(answer.notApplicable, "\(site.id)")
                    checked += 1
                }
            }
        }
        #expect(checked >= 4)
    }
}
