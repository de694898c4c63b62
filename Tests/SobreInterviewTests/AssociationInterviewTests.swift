import Foundation
import SobreCore
import SobreJSON
@testable import SobreInterview
import Testing

/// The head office's interview and a site inheriting its answers (SPEC §12).
@Suite struct AssociationInterviewTests {
    /// The interview fixture with its `usages` theme decided by the head office.
    static let yaml = Fixtures.yaml.replacingOccurrences(of: "    title: Usages\n", with: "    title: Usages\n    scope: association\n")
    static let questionnaire = Fixtures.load(yaml)

    /// The head office's answers, as a site inherits them.
    static func inheriting() -> Assessment {
        var site = Fixtures.assessment(questionnaire)
        var headOffice = Fixtures.assessment(questionnaire)
        headOffice.kind = .association
        headOffice.answers["usages.impression"] = Answer(value: .array([.string("recto_verso")]))
        headOffice.answers["usages.extinction"] = Answer(value: .number(5))
        let found = AssociationAssessment(path: "/tmp/évaluations/_association/2026-10-01.json", assessment: headOffice, sha256: "ab")
        found.inherit(into: &site, questionnaire: questionnaire, sitePath: "/tmp/évaluations/foyer.json")
        return site
    }

    @Test func theHeadOfficeIsAskedItsQuestionsOnly() {
        var assessment = Fixtures.assessment(Self.questionnaire)
        assessment.kind = .association
        let run = run(["1", "5", ""], questionnaire: Self.questionnaire, assessment: assessment)
        #expect(run.outcome == .complete)
        #expect(run.final.status == .complete && run.final.kind == .association)
        #expect(run.final.answers.ids == ["usages.impression", "usages.extinction"])
        #expect(run.output.contains("Usages · 1/3 · 1/3"))
        #expect(!run.output.contains("La direction porte-t-elle"))
    }

    @Test func aSiteThatInheritedIsNotAskedTheHeadOfficeQuestions() {
        let run = run(["2", "non"], questionnaire: Self.questionnaire, assessment: Self.inheriting())
        #expect(run.outcome == .complete)
        #expect(run.output.contains("2 réponses du siège (évaluation du 2026-11-29) : ses questions ne sont pas posées"))
        #expect(!run.output.contains("Quelles pratiques d’impression ?"))
        #expect(run.final.answers["usages.impression"]?.inherited == true)
        #expect(run.final.answers["usages.extinction"]?.inherited == true)
        #expect(run.final.association?.file == "_association/2026-10-01.json")
    }

    @Test func gotoThenAnAnswerOverridesOneAndTheMarkGoes() {
        let run = run(["aller 3", "2", "oui", "1", "non"], questionnaire: Self.questionnaire, assessment: Self.inheriting())
        #expect(run.outcome == .complete)
        #expect(run.output.contains("Usages · 1/3 · 3/5"))
        #expect(run.output.contains("(réponse du siège) (Entrée pour la garder)"))
        #expect(run.final.answers["usages.impression"]?.value == .array([.string("badge")]))
        #expect(run.final.answers["usages.impression"]?.inherited == false)
        #expect(run.final.answers["usages.extinction"]?.inherited == true)
    }

    @Test func reviewMarksTheInheritedAnswers() {
        let run = run(["relire", "q"], questionnaire: Self.questionnaire, assessment: Self.inheriting())
        let review = run.output.components(separatedBy: "\n").filter { $0.hasPrefix("  ") && $0.contains(" → ") }
        #expect(review.count == 2 && review.allSatisfy { $0.hasSuffix("(réponse du siège)") }, "\(review)")
    }

    @Test func gotoThenEnterKeepsTheHeadOfficeAnswer() {
        let run = run(["aller 4", "", "oui", "1", "non"], questionnaire: Self.questionnaire, assessment: Self.inheriting())
        #expect(run.outcome == .complete)
        #expect(run.final.answers["usages.extinction"]?.inherited == true)
    }

    @Test func withoutInheritanceEverythingIsAsked() {
        let run = run(["2", "non", "1", "5", ""], questionnaire: Self.questionnaire)
        #expect(run.outcome == .complete)
        #expect(run.output.contains("Quelles pratiques d’impression ?"))
        #expect(!run.output.contains("du siège"))
    }
}
