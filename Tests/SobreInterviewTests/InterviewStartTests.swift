import Foundation
import SobreCore
@testable import SobreInterview
import Testing

/// How an interview begins, decided from the options and the files, with a scripted reader.
@Suite struct InterviewStartTests {
    /// 2026-11-29T09:12:00Z.
    static let now = 1_795_943_520

    /// A temporary folder holding the fixture questionnaire as `q.yaml`.
    struct Place {
        let folder: String
        var questionnaire: String { folder + "/q.yaml" }
        var assessment: String { folder + "/foyer.json" }

        init() throws {
            folder = NSTemporaryDirectory() + "sobre-start-" + UUID().uuidString
            try FileIO.makeDirectories(folder)
            try FileIO.writeAtomically(Array(Fixtures.yaml.utf8), to: folder + "/q.yaml")
        }

        func remove() { try? FileManager.default.removeItem(atPath: folder) }

        var newInterview: InterviewStart.Options {
            InterviewStart.Options(questionnaire: questionnaire, site: "Foyer Les Tilleuls", out: assessment)
        }
    }

    struct Attempt {
        let result: Result<InterviewStart.Plan, InterviewStart.Failure>
        let output: String
        let reader: ScriptedLineReader

        var failure: InterviewStart.Failure? {
            if case .failure(let failure) = result { return failure }
            return nil
        }
        var plan: InterviewStart.Plan? { try? result.get() }
    }

    func start(_ options: InterviewStart.Options, answers: [String] = [], end: LineInput = .endOfInput,
               interactive: Bool = true) -> Attempt {
        let reader = ScriptedLineReader(answers, then: end)
        var output = ""
        let result = Result { () throws(InterviewStart.Failure) in
            try InterviewStart.plan(options, library: QuestionnaireLibrary(bundledDirectories: []), reader: reader,
                                    interactive: interactive, interfaceLanguage: .fr, now: Self.now, output: { output += $0 })
        }
        return Attempt(result: result, output: output, reader: reader)
    }

    /// An interview in progress at `place.assessment`, its lock released.
    func inProgress(_ place: Place) throws -> [UInt8] {
        let first = start(place.newInterview)
        #expect(first.plan?.resuming == false)
        return try FileIO.read(place.assessment)
    }

    @Test func aNewInterviewMakesTheFileAndTheCopyAndHoldsTheLock() throws {
        let place = try Place()
        defer { place.remove() }
        let attempt = start(place.newInterview)
        let plan = try #require(attempt.plan)
        #expect(plan.assessment.site.id == "foyer-les-tilleuls")
        #expect(plan.assessment.date == "2026-11-29")
        #expect(plan.assessment.startedAt == "2026-11-29T09:12:00Z")
        #expect(FileIO.exists(place.assessment))
        #expect(FileIO.exists(place.folder + "/.questionnaires/\(plan.questionnaire.sha256).yaml"))
        // While the plan holds the lock, a second interview of the same file is refused.
        let second = start(place.newInterview)
        #expect(second.failure?.message?.contains("est déjà ouvert par un autre entretien") == true)
        withExtendedLifetime(plan.lock) {}
    }

    @Test func aCompleteFileIsNeverOverwritten() throws {
        let place = try Place()
        defer { place.remove() }
        _ = try inProgress(place)
        var complete = try AssessmentCodec.decode(try FileIO.read(place.assessment), language: .fr)
        complete.status = .complete
        try FileIO.writeAtomically(AssessmentCodec.bytes(complete), to: place.assessment)
        let before = try FileIO.read(place.assessment)
        let attempt = start(place.newInterview, answers: ["oui"])
        #expect(attempt.failure?.message?.contains("est une évaluation terminée : elle n’est jamais remplacée") == true)
        #expect(attempt.failure?.exitCode == 1)
        #expect(attempt.reader.prompts.isEmpty)
        #expect(try FileIO.read(place.assessment) == before)
    }

    @Test func anInterviewInProgressIsOfferedAndResumedOnYes() throws {
        let place = try Place()
        defer { place.remove() }
        _ = try inProgress(place)
        let attempt = start(place.newInterview, answers: ["peut-être", " OUI "])
        #expect(attempt.plan?.resuming == true)
        #expect(attempt.output.contains("Un entretien est déjà en cours pour Foyer Les Tilleuls le 2026-11-29 (0 réponse)"))
        #expect(attempt.output.contains("Répondez oui ou non.\n"))
        #expect(attempt.reader.prompts == ["Le reprendre ? (oui/non) > ", "Le reprendre ? (oui/non) > "])
        #expect(attempt.reader.completions.first == ["oui", "non"])
    }

    @Test func noKeepsTheFileAsItIs() throws {
        let place = try Place()
        defer { place.remove() }
        let before = try inProgress(place)
        let attempt = start(place.newInterview, answers: ["non"])
        #expect(attempt.failure?.message?.hasPrefix("rien n’a été modifié") == true)
        #expect(try FileIO.read(place.assessment) == before)
    }

    @Test func ctrlCOrTheEndAtTheQuestionStopsWithoutAMessage() throws {
        let place = try Place()
        defer { place.remove() }
        _ = try inProgress(place)
        let interrupted = start(place.newInterview, end: .interrupted)
        #expect(interrupted.failure?.message == nil)
        #expect(interrupted.failure?.exitCode == 130)
        let ended = start(place.newInterview)
        #expect(ended.failure?.message == nil)
        #expect(ended.failure?.exitCode == 1)
    }

    @Test func fromAPipeAnInterviewInProgressIsResumed() throws {
        let place = try Place()
        defer { place.remove() }
        _ = try inProgress(place)
        let attempt = start(place.newInterview, interactive: false)
        #expect(attempt.plan?.resuming == true)
        #expect(attempt.output.hasPrefix("Un entretien est déjà en cours dans"))
        #expect(attempt.reader.prompts.isEmpty)
    }

    @Test func resumeTakesTheFileAsItIs() throws {
        let place = try Place()
        defer { place.remove() }
        _ = try inProgress(place)
        #expect(start(InterviewStart.Options(resume: place.assessment)).plan?.resuming == true)
        let withOthers = start(InterviewStart.Options(site: "Autre", date: "2026-01-01", resume: place.assessment))
        #expect(withOthers.failure?.message == "--resume reprend le fichier tel qu’il est : retirez --site, --date")
    }

    @Test func emptyPathsAreRefused() throws {
        let place = try Place()
        defer { place.remove() }
        var options = place.newInterview
        options.out = ""
        #expect(start(options).failure?.message == "--out est vide : donnez le fichier d’évaluation à écrire")
        #expect(start(InterviewStart.Options(resume: "")).failure?.message
                == "--resume est vide : donnez le fichier d’évaluation à reprendre")
        #expect(start(InterviewStart.Options(site: "  ")).failure?.message?.hasPrefix("indiquez l’établissement") == true)
        #expect(!FileIO.exists(place.assessment))
    }

    @Test func anInvalidQuestionnaireComesWithItsErrors() throws {
        let place = try Place()
        defer { place.remove() }
        try FileIO.writeAtomically(Array("format: 1\nid: x\n".utf8), to: place.questionnaire)
        let failure = try #require(start(place.newInterview).failure)
        #expect(failure.message == "le questionnaire \(place.questionnaire) n’est pas valide")
        #expect(!failure.diagnostics.isEmpty)
        #expect(failure.diagnostics.allSatisfy { $0.severity == .error })
    }
}
