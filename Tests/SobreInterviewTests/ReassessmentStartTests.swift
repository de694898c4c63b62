import Foundation
import SobreCore
@testable import SobreInterview
import Testing

/// How a re-assessment begins and is resumed (SPEC §10): `--from`, `based_on`, an earlier file
/// that changed or vanished since.
@Suite struct ReassessmentStartTests {
    let starter = InterviewStartTests()

    /// Last year's complete assessment beside the new file, its questionnaire kept by content.
    func lastYear(_ place: InterviewStartTests.Place, note: String = "CA informé") throws -> String {
        let q = try #require(QuestionnaireLibrary.load(place.questionnaire).questionnaire)
        try InterviewFiles.keepCopy(of: q, in: place.folder + "/.questionnaires")
        var answers = AnswerSet()
        answers["gouv.sponsor"] = Answer(value: .string("formel"), note: note)
        var a = Fixtures.assessment(q, answers: answers)
        a.site.id = "foyer-les-tilleuls"   // the site `newInterview` names
        a.date = "2025-04-06"
        a.status = .complete
        let path = place.folder + "/2025-04-06.json"
        try FileIO.writeAtomically(AssessmentCodec.bytes(a), to: path)
        return path
    }

    @Test func fromRecordsBasedOnRelativeToTheNewFileAndCopiesNoAnswer() throws {
        let place = try InterviewStartTests.Place()
        defer { place.remove() }
        let earlier = try lastYear(place)
        var options = place.newInterview
        options.from = earlier
        let attempt = starter.start(options)
        let expected = BasedOn(file: "2025-04-06.json", date: "2025-04-06", sha256: SHA256.hex(try FileIO.read(earlier)))
        #expect(attempt.plan?.earlier?.reference == expected)
        #expect(attempt.output.contains("Départ des réponses du 2025-04-06 ("))
        let saved = try AssessmentCodec.decode(try FileIO.read(place.assessment))
        #expect(saved.basedOn == expected)
        #expect(saved.answers.count == 0)
        #expect(try FileIO.read(earlier) == AssessmentCodec.bytes(try AssessmentCodec.decode(try FileIO.read(earlier))), "the earlier file is left as it was")
    }

    @Test func resumingProposesTheSameAnswersUnlessTheEarlierFileChanged() throws {
        let place = try InterviewStartTests.Place()
        defer { place.remove() }
        let earlier = try lastYear(place)
        var options = place.newInterview
        options.from = earlier
        #expect(starter.start(options).plan != nil)

        do {   // its lock is released at the end of this block
            let same = starter.start(InterviewStart.Options(resume: place.assessment))
            #expect(same.plan?.earlier?.assessment.answers["gouv.sponsor"]?.value == .string("formel"))
        }

        _ = try lastYear(place, note: "modifiée depuis")
        let changed = starter.start(InterviewStart.Options(resume: place.assessment))
        #expect(changed.plan != nil)
        #expect(changed.plan?.earlier == nil)
        #expect(changed.output.contains("a changé depuis le début de l’entretien : l’entretien continue sans réponses proposées.\n"))
    }

    @Test func fromAndResumeTogetherAreRefused() throws {
        let attempt = starter.start(InterviewStart.Options(resume: "a.json", from: "b.json"))
        #expect(attempt.failure?.message == "--resume reprend le fichier tel qu’il est : retirez --from")
    }

    @Test func fromTheFileToWriteIsRefused() throws {
        let place = try InterviewStartTests.Place()
        defer { place.remove() }
        _ = try lastYear(place)
        var options = place.newInterview
        options.out = place.folder + "/2025-04-06.json"
        options.from = options.out
        let attempt = starter.start(options)
        #expect(attempt.failure?.message?.contains("est une évaluation terminée") == true)
        #expect(attempt.failure?.message?.contains("--from") == false)
    }

    @Test func fromIsIgnoredWithANoticeWhenTheFileIsAlreadyInProgressFromNothing() throws {
        let place = try InterviewStartTests.Place()
        defer { place.remove() }
        let earlier = try lastYear(place)
        _ = try starter.inProgress(place)
        var options = place.newInterview
        options.from = earlier
        let again = starter.start(options, answers: ["oui"])
        #expect(again.plan?.resuming == true)
        #expect(again.plan?.earlier == nil)
        #expect(again.output.contains("--from est ignoré : l’entretien en cours \(place.assessment) garde le point de départ qu’il avait.\n"))
    }
}
