import SobreCore
import SobreJSON
@testable import SobreInterview
import Testing

/// A re-assessment (SPEC §10) driven by the scripted reader: each earlier answer that still fits
/// is proposed, Enter confirms it as a new answer, anything else works as usual.
@Suite struct ReassessmentSessionTests {
    /// Last year's answers to the fixture questionnaire (no hours: the referent was not named).
    static func lastYear(_ q: Questionnaire = Fixtures.questionnaire, _ answers: [(String, Answer)]? = nil) -> EarlierAnswers {
        var set = AnswerSet()
        for (id, answer) in answers ?? [
            ("gouv.sponsor", Answer(value: .string("informel"), note: "CA informé en juin", at: "2025-04-06T09:00:00Z")),
            ("gouv.referent", Answer(value: .bool(false))),
            ("usages.impression", Answer(value: .array([.string("recto_verso"), .string("badge")]))),
            ("usages.extinction", Answer(value: .number(3))),
            ("usages.commentaire", Answer(value: .string("RAS"))),
        ] { set[id] = answer }
        var a = Fixtures.assessment(q, answers: set)
        a.date = "2025-04-06"
        a.status = .complete
        return EarlierAnswers(assessment: a, questionnaire: q, reference: BasedOn(file: "2025-04-06.json", date: "2025-04-06", sha256: "ab"))
    }

    /// The fixture questionnaire with `change` applied to its text.
    static func variant(_ change: (String) -> String) -> Questionnaire {
        let text = change(Fixtures.yaml)
        #expect(text != Fixtures.yaml, "the change must change the questionnaire")
        return Fixtures.load(text)
    }

    @Test func oneEnterPerQuestionConfirmsEveryEarlierAnswerAsANewOne() {
        let r = run(["", "", "", "", ""], earlier: Self.lastYear())
        #expect(r.outcome == .complete)
        #expect(r.reader.prompts.count == 5)   // one Enter per question, nothing else
        let a = r.final.answers
        #expect(a["gouv.sponsor"]?.value == .string("informel"))
        #expect(a["gouv.referent"]?.value == .bool(false))
        #expect(a["usages.impression"]?.value == .array([.string("recto_verso"), .string("badge")]))
        #expect(a["usages.extinction"]?.value == .number(3))
        #expect(a["usages.commentaire"]?.value == .string("RAS"))
        // New answers: stamped now; the earlier note shown, not copied.
        #expect(a["gouv.sponsor"]?.at == "2026-11-29T09:12:00Z")
        #expect(a["gouv.sponsor"]?.note == nil)
        #expect(r.output.contains("Réponse du 2025-04-06 : 2. Oui, de façon informelle — Entrée pour la garder\n"))
        #expect(r.output.contains("Note du 2025-04-06 (non reprise) : CA informé en juin\n"))
        #expect(r.output.contains("Réponse du 2025-04-06 : « RAS » — Entrée pour la garder\n"))
        // Piped: what an empty line chose is said.
        #expect(r.lines.filter { $0 == "Réponse du 2025-04-06 gardée." }.count == 5)
    }

    @Test func onATerminalEnterConfirmsWithoutSayingSo() {
        let r = run(["", "", "", "", ""], interactive: true, earlier: Self.lastYear())
        #expect(r.outcome == .complete)
        #expect(!r.output.contains("gardée."))
    }

    @Test func anotherAnswerReplacesTheProposalAndTheSummaryShowsTheChange() {
        // The referent is named this year: a new question (its hours) appears, the action is done.
        let r = run(["", "oui", "12", "", "", "sommaire", ""], earlier: Self.lastYear())
        #expect(r.outcome == .complete)
        #expect(r.final.answers["gouv.referent"]?.value == .bool(true))
        #expect(r.final.answers["gouv.temps"]?.value == .number(12))
        #expect(r.output.contains("Pas de réponse le 2025-04-06.\n"))
        #expect(r.output.contains("  Réponses du 2025-04-06 : 3 gardées, 1 modifiée\n"))
        // The change since last year, computed as `report --previous` does.
        #expect(r.output.contains("Évolution depuis le 6 avril 2025"))
        #expect(r.output.contains("Progrès depuis le 6 avril 2025 : actions qui ne sont plus nécessaires : Nommer un référent"))
        #expect(r.output.contains("Gouvernance  ███████████████░░░░░  75  Avancé  (+50)"))
    }

    @Test func skippingAProposalCopiesNothing() {
        let r = run([">", ">"], earlier: Self.lastYear())
        #expect(r.final.answers.count == 0)
        #expect(r.saves.allSatisfy { $0.answers.count == 0 })
    }

    @Test func goingBackOverAConfirmedAnswerKeepsItWithEnter() {
        let r = run(["", "<", "", "non", "q"], earlier: Self.lastYear())
        #expect(r.outcome == .quit)
        #expect(r.reader.prompts == ["1/5 > ", "2/5 > ", "1/5 > ", "2/5 > ", "3/5 > "])
        #expect(r.final.answers.ids == ["gouv.sponsor", "gouv.referent"])
        #expect(r.final.answers["gouv.sponsor"]?.at == "2026-11-29T09:12:00Z")   // not recorded a second time
        // Back at the confirmed question, its answer is the current one, no longer a proposal.
        #expect(r.output.contains("Réponse actuelle : 2. Oui, de façon informelle (Entrée pour la garder)\n"))
        #expect(r.lines.filter { $0.hasPrefix("Réponse du 2025-04-06 : 2.") }.count == 1)
    }

    @Test func aRemovedOptionIsSaidAndNotProposed() {
        let before = Self.variant { $0.replacingOccurrences(of: "          - { id: non, label: Non, score: 0 }\n", with: "          - { id: non, label: Non, score: 0 }\n          - { id: partiel, label: En partie, score: 0.3 }\n") }
        let earlier = Self.lastYear(before, [("gouv.sponsor", Answer(value: .string("partiel")))])
        let r = run(["", "q"], earlier: earlier)
        #expect(r.output.contains("Réponse précédente non reprise : option retirée.\n"))
        // Enter without a proposal passes the question, as it always did: nothing recorded.
        #expect(r.final.answers["gouv.sponsor"] == nil)
    }

    /// SPEC §12: the head office's current assessment gives its answers, never last year's copy.
    @Test func lastYearsHeadOfficeCopyIsSaidAndNotProposed() {
        var copied = Answer(value: .string("informel"))
        copied.inherited = true
        let earlier = Self.lastYear(Fixtures.questionnaire, [("gouv.sponsor", copied)])
        let r = run(["", "q"], earlier: earlier)
        #expect(r.output.contains("Réponse précédente non reprise : c’était celle du siège"))
        #expect(!r.output.contains("Entrée pour la garder"))
        #expect(r.final.answers["gouv.sponsor"] == nil)
    }

    @Test func aChangedTypeIsSaidAndNotProposed() {
        let before = Self.variant { $0.replacingOccurrences(of: "        text: Un commentaire ?\n        type: text\n", with: "        text: Un commentaire ?\n        type: number\n") }
        let earlier = Self.lastYear(before, [("usages.commentaire", Answer(value: .number(3)))])
        let r = run(["1", "non", "aucune", "1", "", "q"], earlier: earlier)
        #expect(r.output.contains("Réponse précédente non reprise : la question a changé de type.\n"))
        #expect(r.final.answers["usages.commentaire"] == nil)
    }

    @Test func aNewQuestionIsSaid() {
        let before = Self.variant { $0.replacingOccurrences(of: "      - id: commentaire\n        text: Un commentaire ?\n        type: text\n        required: false\n", with: "") }
        let r = run(["", "", "", "", ""], earlier: Self.lastYear(before, nil))
        #expect(r.output.contains("Nouvelle question (absente le 2025-04-06).\n"))
        #expect(r.final.answers["usages.commentaire"] == nil)
    }

    @Test func anEarlierAnswerWhoseQuestionWasRemovedIsNamedOnce() {
        let before = Self.variant { $0.replacingOccurrences(of: "      - id: commentaire\n", with: "      - id: ancienne\n        text: Une question retirée ?\n        type: boolean\n      - id: commentaire\n") }
        let earlier = Self.lastYear(before, [("usages.ancienne", Answer(value: .bool(true))), ("usages.commentaire", Answer(value: .string("RAS")))])
        let r = run(["q"], earlier: earlier)
        #expect(r.lines.filter { $0 == "Réponses du 2025-04-06 non reprises, leur question n’existe plus : usages.ancienne." }.count == 1)
        let none = run(["q"], earlier: Self.lastYear())
        #expect(!none.output.contains("non reprises"))
    }

    @Test func notApplicableNoLongerOfferedIsSaid() {
        let now = Self.variant { $0.replacingOccurrences(of: "        na: true\n", with: "") }
        let earlier = Self.lastYear(Fixtures.questionnaire, [("usages.extinction", Answer(notApplicable: true))])
        let r = run(["1", "non", "aucune", "", "q"], questionnaire: now, earlier: earlier)
        #expect(r.output.contains("Réponse précédente non reprise : « sans objet » n’est plus proposé.\n"))
        #expect(r.final.answers["usages.extinction"] == nil)
        // Where N/A is still offered, it is proposed and confirmed as N/A.
        let kept = run(["1", "non", "aucune", "", "q"], earlier: earlier)
        #expect(kept.final.answers["usages.extinction"]?.notApplicable == true)
    }

    @Test func aNumberOutsideTheBoundsNowIsSaid() {
        let earlier = Self.lastYear(Fixtures.questionnaire, [("gouv.referent", Answer(value: .bool(true))), ("gouv.temps", Answer(value: .number(300)))])
        let r = run(["1", "", "", "q"], earlier: earlier)
        #expect(r.output.contains("Réponse précédente non reprise : hors des bornes actuelles.\n"))
        #expect(r.final.answers["gouv.temps"] == nil)
    }

    @Test func resumingInTheMiddleGoesOnProposingTheSameAnswers() {
        let first = run(["", ""], earlier: Self.lastYear())
        #expect(first.outcome == .endOfInput)
        #expect(first.final.answers.ids == ["gouv.sponsor", "gouv.referent"])
        let resumed = run(["", "", ""], assessment: first.final, resuming: true, earlier: Self.lastYear())
        #expect(resumed.outcome == .complete)
        #expect(resumed.reader.prompts == ["3/5 > ", "4/5 > ", "5/5 > "])
        #expect(resumed.final.answers["usages.commentaire"]?.value == .string("RAS"))
    }

    @Test func reviewShowsTheEarlierAnswerBesideEachAndMarksChanges() {
        let r = run(["", "oui", "relire", "q"], earlier: Self.lastYear())
        #expect(r.output.contains("""
              1. La direction porte-t-elle la démarche ? → 2. Oui, de façon informelle
                  le 2025-04-06 : 2. Oui, de façon informelle
              2. Un référent est-il nommé ? → oui
                  le 2025-04-06 : non  ← modifiée
            """))
    }
}
