import SobreCore
@testable import SobreInterview
import Testing

@Suite struct InterviewSessionTests {
    @Test func fullInterviewByNumberAndIdEndsComplete() {
        let r = run(["2", "oui", "12", "recto_verso, 2", "3", "RAS"])
        #expect(r.outcome == .complete)
        #expect(r.final.status == .complete)
        let a = r.final.answers
        #expect(a["gouv.sponsor"]?.value == .string("informel"))
        #expect(a["gouv.referent"]?.value == .bool(true))
        #expect(a["gouv.temps"]?.value == .number(12))
        #expect(a["usages.impression"]?.value == .array([.string("recto_verso"), .string("badge")]))
        #expect(a["usages.extinction"]?.value == .number(3))
        #expect(a["usages.commentaire"]?.value == .string("RAS"))
        #expect(a.ids == ["gouv.sponsor", "gouv.referent", "gouv.temps", "usages.impression", "usages.extinction", "usages.commentaire"])
        // One save per answer, then the completion.
        #expect(r.saves.count == 7)
        #expect(r.saves.last?.status == .complete)
        #expect(r.saves[0].answers.count == 1)
        #expect(r.reader.prompts == ["1/5 > ", "2/5 > ", "3/6 > ", "4/6 > ", "5/6 > ", "6/6 > "])
        // The summary is the first part of the text report.
        #expect(r.output.contains("""
            Foyer Les Tilleuls · 29 novembre 2026 · évaluation complète

            Niveau global : Avancé (2/2)  —  score 75/100

            Par thème
              Gouvernance  ███████████████░░░░░  75  Avancé
              Usages       ███████████████░░░░░  75  Avancé

            Gains rapides : par quoi commencer
               1. Éteindre les postes le soir  [++ / *]
            """))
        #expect(r.output.contains("Évaluation enregistrée : /tmp/évaluations/foyer.json\n"))
    }

    @Test func firstScreenShowsThemePositionOptionsAndReminder() {
        let r = run([])
        #expect(Array(r.lines.prefix(12)) == [
            "Questionnaire d’essai (version 1)",   // no description: the title line alone
            "",
            "Gouvernance",
            "Qui porte la démarche.",
            "",
            "Gouvernance · 1/2 · 1/5",
            "La direction porte-t-elle la démarche ?",
            "  1. Non",
            "  2. Oui, de façon informelle",
            "  3. Oui, formellement",
            "Une réponse : son numéro ou son identifiant.",
            "? aide · < retour · > passer · note … · sommaire · relire · q quitter",
        ])
    }

    @Test func newInterviewOpensOnceWithTitleVersionAndDescriptionButNotOnResume() {
        var q = Fixtures.questionnaire
        q.description = "À préparer : l’inventaire du parc.\nLes contrats de location."
        // Answer, go back to the first question, answer it again: the opening is not shown again.
        let r = run(["1", "<", "2"], questionnaire: q)
        #expect(Array(r.lines.prefix(6)) == [
            "Questionnaire d’essai (version 1)",
            "À préparer : l’inventaire du parc.",
            "Les contrats de location.",
            "",
            "Gouvernance",
            "Qui porte la démarche.",
        ])
        #expect(r.lines.filter { $0 == "Les contrats de location." }.count == 1)
        #expect(r.lines.filter { $0 == "Questionnaire d’essai (version 1)" }.count == 1)
        #expect(r.reader.prompts == ["1/5 > ", "2/5 > ", "1/5 > ", "2/5 > "])

        let resumed = run([], questionnaire: q, assessment: r.final, resuming: true)
        #expect(resumed.lines.first == "Reprise de l’entretien — Foyer Les Tilleuls, 2026-11-29")
        #expect(!resumed.output.contains("À préparer"))
        #expect(!resumed.output.contains("(version 1)"))
    }

    @Test func themeTitleOnlyWhenTheThemeStarts() {
        let r = run(["1", "non", "aucune"])
        #expect(r.lines.filter { $0 == "Gouvernance" }.count == 1)
        #expect(r.lines.filter { $0 == "Usages" }.count == 1)
        #expect(r.output.contains("Gouvernance · 2/2 · 2/5\nUn référent est-il nommé ?\nRépondez oui ou non.\n"))
        #expect(r.output.contains("Usages · 2/3 · 4/5\nLes postes sont-ils éteints le soir ?\nUne note entière de 1 à 5 : 1 = Jamais · 5 = Toujours.\n"))
        #expect(r.output.contains("? aide · < retour · > passer · na · note … · sommaire · relire · q quitter"))
    }

    @Test(arguments: [
        // (answers before the bad one, bad answer, the one-line reason)
        ([String](), "7", "il n’y a pas d’option 7 : de 1 à 3"),
        ([], "peut-être", "« peut-être » n’est pas une option : un numéro de 1 à 3 ou un identifiant (non, informel, formel)"),
        ([], "1 2", "une seule réponse à cette question : un numéro ou un identifiant"),
        ([], "", "tapez une réponse, ou > pour passer la question"),
        (["1"], "peut-être", "répondez oui ou non (o/n)"),
        (["1", "oui"], "beaucoup", "« beaucoup » n’est pas un nombre (exemples : 12 ou 12,5)"),
        (["1", "oui"], "2,5", "un nombre entier est attendu, sans virgule"),
        (["1", "oui"], "-1", "le nombre doit être au moins 0"),
        (["1", "oui"], "201", "le nombre doit être au plus 200"),
        (["1", "non"], "1,1", "« Recto-verso par défaut » est donné deux fois"),
        (["1", "non"], "1 3", "« Aucune de ces pratiques » se choisit seul, sans autre option"),
        (["1", "non"], "recto", "« recto » n’est pas une option : un numéro de 1 à 3 ou un identifiant (recto_verso, badge, aucune)"),
        (["1", "non", "2"], "6", "6 est hors de l’échelle : une note entière de 1 à 5"),
        (["1", "non", "2"], "2.5", "« 2.5 » ne convient pas : une note entière de 1 à 5"),
    ])
    func badAnswerIsRefusedWithAReasonAndNothingIsRecorded(before: [String], bad: String, reason: String) {
        let r = run(before + [bad])
        #expect(r.outcome == .endOfInput)
        #expect(r.saves.count == before.count + 1)   // the answers before, then the save on leaving
        #expect(r.final.answers.count == before.count)
        let prompts = r.reader.prompts
        #expect(prompts.count == before.count + 2)
        #expect(prompts[prompts.count - 1] == prompts[prompts.count - 2], "the same question is asked again")
        let lines = r.lines
        guard let k = lines.firstIndex(of: reason) else {
            Issue.record("no line \(reason) in:\n\(r.output)")
            return
        }
        // The reason, then the question's text again.
        #expect(lines[k + 1].hasSuffix("?"))
    }

    @Test func backShowsTheAnswerAndEnterKeepsIt() {
        let r = run(["2", "<", "", "non"])
        #expect(r.output.contains("""
            Gouvernance · 1/2 · 1/5
            La direction porte-t-elle la démarche ?
              1. Non
              2. Oui, de façon informelle
              3. Oui, formellement
            Une réponse : son numéro ou son identifiant.
            Réponse actuelle : 2. Oui, de façon informelle (Entrée pour la garder)
            """))
        #expect(r.final.answers["gouv.sponsor"]?.value == .string("informel"))
        #expect(r.final.answers["gouv.referent"]?.value == .bool(false))
        #expect(r.reader.prompts == ["1/5 > ", "2/5 > ", "1/5 > ", "2/5 > ", "3/5 > "])
    }

    @Test func backOnTheFirstQuestionIsRefused() {
        let r = run(["retour"])
        #expect(r.lines.contains("C’est la première question : pas de question avant."))
        #expect(r.reader.prompts == ["1/5 > ", "1/5 > "])
    }

    @Test func changingAnAnswerMakesALaterQuestionAppear() {
        // referent = non: temps is not asked; back from impression to referent, answer oui: temps appears.
        let r = run(["1", "non", "<", "oui", "30"])
        #expect(r.reader.prompts == ["1/5 > ", "2/5 > ", "3/5 > ", "2/5 > ", "3/6 > ", "4/6 > "])
        #expect(r.output.contains("Gouvernance · 3/3 · 3/6\nCombien d’heures par mois pour le référent ?\nUn nombre entier (en heures), de 0 à 200.\n"))
        #expect(r.final.answers["gouv.temps"]?.value == .number(30))
    }

    @Test func changingAnAnswerMakesALaterQuestionDisappearAndItsAnswerStays() {
        let r = run(["1", "oui", "30", "<", "<", "non", "aucune"])
        #expect(r.reader.prompts == ["1/5 > ", "2/5 > ", "3/6 > ", "4/6 > ", "3/6 > ", "2/6 > ", "3/5 > ", "4/5 > "])
        // Back from impression (4/6) to temps (3/6), then referent (2/6); after non, temps is gone.
        #expect(r.output.contains("Usages · 1/3 · 3/5\nQuelles pratiques d’impression ?"))
        #expect(r.final.answers["gouv.referent"]?.value == .bool(false))
        #expect(r.final.answers["gouv.temps"]?.value == .number(30), "the answer of a question that became irrelevant stays")
        #expect(r.final.answers["usages.impression"]?.value == .array([.string("aucune")]))
        let card = Scorecard(questionnaire: Fixtures.questionnaire, answers: r.final.answers)
        #expect(card.result(for: "gouv.temps")?.relevant == false)
    }

    @Test func notApplicableOnlyWhereOffered() {
        let r = run(["na", "1", "non", "3", "na"])
        #expect(r.lines.filter { $0 == "« Sans objet » n’est pas proposé pour cette question." }.count == 1)
        #expect(r.final.answers["gouv.sponsor"]?.value == .string("non"))
        #expect(r.final.answers["gouv.sponsor"]?.notApplicable == false)
        let extinction = r.final.answers["usages.extinction"]
        #expect(extinction?.notApplicable == true)
        #expect(extinction?.value == nil)
        #expect(extinction?.at != nil)
        #expect(r.reader.prompts == ["1/5 > ", "1/5 > ", "2/5 > ", "3/5 > ", "4/5 > ", "5/5 > "])
    }

    @Test func notApplicableReplacesAnAnswerAndAnAnswerReplacesIt() {
        let r = run(["1", "non", "3", "2", "<", "na", "<", "5"])
        let extinction = r.final.answers["usages.extinction"]
        #expect(extinction?.notApplicable == false)
        #expect(extinction?.value == .number(5))
        #expect(r.saves.contains { $0.answers["usages.extinction"]?.notApplicable == true && $0.answers["usages.extinction"]?.value == nil })
        #expect(r.output.contains("Réponse actuelle : sans objet (N/A) (Entrée pour la garder)"))
    }

    @Test func notesAreSavedAndShown() {
        let r = run(["note CA informé en juin", "note", "3", "<"])
        #expect(r.lines.contains("Note enregistrée."))
        #expect(r.lines.contains("Note : CA informé en juin"))
        #expect(r.saves[0].answers["gouv.sponsor"]?.note == "CA informé en juin")
        #expect(r.saves[0].answers["gouv.sponsor"]?.isGiven == false)
        let sponsor = r.final.answers["gouv.sponsor"]
        #expect(sponsor?.note == "CA informé en juin")
        #expect(sponsor?.value == .string("formel"))
        #expect(r.reader.prompts == ["1/5 > ", "1/5 > ", "1/5 > ", "2/5 > ", "1/5 > "])
    }

    @Test func noteAloneWithoutANote() {
        let r = run(["note"])
        #expect(r.lines.contains("Pas de note. Tapez note suivi du texte pour en ajouter une."))
        #expect(r.saves.count == 1)   // only the save on leaving
    }

    @Test func gotoJumpsToARelevantQuestion() {
        let r = run(["aller 4", "5", "aller 9", "goto x", "aller 1", "formel"])
        #expect(r.reader.prompts == ["1/5 > ", "4/5 > ", "5/5 > ", "5/5 > ", "5/5 > ", "1/5 > ", "2/5 > "])
        #expect(r.lines.filter { $0 == "Tapez aller suivi d’un numéro de question de 1 à 5." }.count == 2)
        #expect(r.final.answers["usages.extinction"]?.value == .number(5))
        #expect(r.final.answers["gouv.sponsor"]?.value == .string("formel"))
    }

    @Test func reviewListsEveryAnswer() {
        let r = run(["relire", "2", "note à vérifier", "oui", "relire"])
        #expect(r.lines.contains("Aucune réponse pour l’instant."))
        #expect(r.output.contains("""
            Réponses données :
              1. La direction porte-t-elle la démarche ? → 2. Oui, de façon informelle
              2. Un référent est-il nommé ? → oui
                  note : à vérifier
            """))
    }

    @Test func summaryShowsProgressPerTheme() {
        let r = run(["1", "sommaire"])
        #expect(r.output.contains("""
            Avancement :
              Gouvernance : 1/2
              Usages : 0/3
              Total : 1/5 réponses
              Question en cours : 2
            """))
    }

    @Test func helpShowsTheQuestionsHelpAndTheCommands() {
        let r = run(["aide", "1", "?"])
        #expect(r.lines.contains("Aide : Demander le mandat écrit."))
        #expect(r.lines.contains("Pas d’aide pour cette question."))
        #expect(r.lines.filter { $0.hasPrefix("Commandes : ? aide · < retour · > passer") && $0.contains("aller N") }.count == 2)
    }

    @Test func skippedRequiredQuestionIsOfferedAtTheEnd() {
        let r = run([">", "non", "passer", "3", "", "oui", "3", "2"])
        #expect(r.output.contains("""
            2 questions obligatoires sont restées sans réponse :
              1. La direction porte-t-elle la démarche ?
              3. Quelles pratiques d’impression ?
            """))
        #expect(r.outcome == .complete)
        #expect(r.final.status == .complete)
        #expect(r.final.answers["gouv.sponsor"]?.value == .string("formel"))
        #expect(r.final.answers["usages.impression"]?.value == .array([.string("badge")]))
        #expect(r.final.answers["usages.commentaire"] == nil, "an empty text records nothing")
        #expect(r.reader.prompts == ["1/5 > ", "2/5 > ", "3/5 > ", "4/5 > ", "5/5 > ",
                                     "Y revenir maintenant ? (oui/non) > ", "1/5 > ", "3/5 > "])
    }

    @Test func decliningTheEndOfferLeavesItInProgress() {
        let r = run([">", "non", "aucune", "3", "", "peut-être", "non"])
        #expect(r.outcome == .incomplete)
        #expect(r.final.status == .inProgress)
        #expect(r.lines.contains("Répondez oui ou non."))
        #expect(r.lines.contains("Foyer Les Tilleuls · 29 novembre 2026 · évaluation en cours (incomplète)"))
        #expect(r.lines.contains("Pour le reprendre : sobre interview --resume /tmp/évaluations/foyer.json"))
    }

    @Test func quitSavesAndTellsHowToResume() {
        let r = run(["1", "q"])
        #expect(r.outcome == .quit)
        #expect(Array(r.lines.suffix(3)) == [
            "Entretien enregistré (en cours, 1 réponse) : /tmp/évaluations/foyer.json",
            "Pour le reprendre : sobre interview --resume /tmp/évaluations/foyer.json",
            "",
        ])
        #expect(r.saves.last?.status == .inProgress)
    }

    @Test func endOfPipedInputSaysSo() {
        let r = run(["1"])
        #expect(r.outcome == .endOfInput)
        #expect(r.lines.contains("Fin des réponses : l’entretien n’est pas terminé."))
        let interactive = run(["1"], interactive: true)
        #expect(interactive.outcome == .endOfInput)
        #expect(!interactive.lines.contains("Fin des réponses : l’entretien n’est pas terminé."))
        #expect(interactive.lines.contains("Pour le reprendre : sobre interview --resume /tmp/évaluations/foyer.json"))
    }

    @Test func interruptSavesAndLeaves() {
        let r = run(["1"], end: .interrupted)
        #expect(r.outcome == .interrupted)
        #expect(r.saves.last?.answers["gouv.sponsor"]?.value == .string("non"))
        #expect(r.lines.contains("Pour le reprendre : sobre interview --resume /tmp/évaluations/foyer.json"))
    }

    @Test func timesComeFromTheClock() {
        let r = run(["1", "oui"])
        #expect(r.final.answers["gouv.sponsor"]?.at == "2026-11-29T09:12:00Z")
        #expect(r.saves[0].updatedAt == "2026-11-29T09:12:01Z")
        #expect(r.final.answers["gouv.referent"]?.at == "2026-11-29T09:12:02Z")
        #expect(r.final.startedAt == "2026-11-29T09:00:00Z")
    }

    @Test func aFailedSaveStopsTheInterview() {
        let r = run(["1", "oui", "3"], failSavesAfter: 1)
        #expect(r.outcome == .saveFailed("disque plein"))
        #expect(r.saves.count == 1)
        #expect(r.reader.prompts.count == 2)
        #expect(r.lines.contains { $0.hasPrefix("Erreur : impossible d’enregistrer l’évaluation (disque plein)") })
    }

    @Test func resumeShowsWhereItStandsAndContinuesAtTheFirstUnanswered() {
        var answers = AnswerSet()
        answers["gouv.sponsor"] = Answer(value: .string("formel"))
        answers["usages.impression"] = Answer(value: .array([.string("badge")]))
        let start = Fixtures.assessment(Fixtures.questionnaire, answers: answers)
        let r = run([], assessment: start, resuming: true)
        #expect(r.lines.prefix(2) == [
            "Reprise de l’entretien — Foyer Les Tilleuls, 2026-11-29",
            "Répondues : 2 · passées : 1 · restantes : 2 (sur 5 questions)",
        ])
        #expect(r.reader.prompts == ["2/5 > "])
        #expect(r.output.contains("Gouvernance · 2/2 · 2/5\nUn référent est-il nommé ?"))
    }

    @Test func completionsOfferOptionIdsAndCommands() {
        let r = run(["1"])
        #expect(r.reader.completions[0] == ["non", "informel", "formel", "aide", "retour", "passer", "na", "note", "sommaire", "aller", "relire", "quitter"])
        #expect(r.reader.completions[1].prefix(2) == ["oui", "non"])
    }

    @Test func commandsAndAnswersInEnglish() {
        let r = run(["maybe", "y", "help", "12.5", "summary"], questionnaire: Fixtures.english)
        #expect(r.lines.contains("answer yes or no (y/n)"))
        #expect(r.lines.contains("No help for this question."))
        #expect(r.output.contains("Governance · 1/2 · 1/2\nIs there a lead?\nAnswer yes or no.\n? help · < back · > skip · note … · summary · review · q quit\n"))
        #expect(r.outcome == .complete)
        #expect(r.final.answers["gov.count"]?.value == .number(12.5))
        #expect(r.lines.contains("Interview finished."))
    }
}
