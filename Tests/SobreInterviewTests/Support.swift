import SobreCore
@testable import SobreInterview
// Every file of this target sees the helpers all test targets share (ScriptedLineReader,
// FixtureQuestionnaire…), those written before they moved to SobreTestSupport included.
@_exported import SobreTestSupport
import Testing

struct SaveFailure: Error, CustomStringConvertible {
    var description: String { "disque plein" }
}

/// One run of a session against a script, with everything it said and saved.
struct Run {
    let outcome: InterviewSession.Outcome
    let output: String
    let saves: [Assessment]
    let final: Assessment
    let reader: ScriptedLineReader

    var lines: [String] { output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
}

/// Timestamps that advance one second at each call, from 2026-11-29T09:12:00Z.
final class TestClock {
    private var seconds = 0
    func next() -> String {
        defer { seconds += 1 }
        return "2026-11-29T09:12:\(seconds < 10 ? "0" : "")\(seconds)Z"
    }
}

func run(_ lines: [String], questionnaire: Questionnaire = Fixtures.questionnaire, assessment: Assessment? = nil,
         resuming: Bool = false, end: LineInput = .endOfInput, interactive: Bool = false,
         failSavesAfter: Int? = nil, earlier: EarlierAnswers? = nil) -> Run {
    let reader = ScriptedLineReader(lines, then: end)
    var output = ""
    var saves: [Assessment] = []
    let clock = TestClock()
    let session = InterviewSession(
        questionnaire: questionnaire, assessment: assessment ?? Fixtures.assessment(questionnaire), reader: reader,
        output: { output += $0 },
        save: { a in
            if let limit = failSavesAfter, saves.count >= limit { throw SaveFailure() }
            saves.append(a)
        },
        clock: { clock.next() }, filePath: "/tmp/évaluations/foyer.json", interactive: interactive, earlier: earlier)
    let outcome = session.run(resuming: resuming)
    return Run(outcome: outcome, output: output, saves: saves, final: session.assessment, reader: reader)
}

enum Fixtures {
    /// The interview's questionnaire (`Tests/SobreTestSupport/Questionnaires/interview.fr.yaml`).
    static let yaml = FixtureQuestionnaire.interview.text

    static let questionnaire: Questionnaire = load(yaml)

    static let english: Questionnaire = load(FixtureQuestionnaire.interviewEnglish.text)

    static func load(_ text: String) -> Questionnaire {
        let result = QuestionnaireLoader.load(bytes: Array(text.utf8), path: "test.yaml")
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
        guard let q = result.questionnaire else {
            return Questionnaire(id: "broken", version: "0", language: .fr, title: "", levels: [], themes: [], actions: [])
        }
        return q
    }

    static func assessment(_ q: Questionnaire, answers: AnswerSet = AnswerSet()) -> Assessment {
        Assessment(questionnaire: .init(id: q.id, version: q.version, sha256: q.sha256),
                   site: .init(id: "foyer", name: "Foyer Les Tilleuls"), date: "2026-11-29",
                   startedAt: "2026-11-29T09:00:00Z", updatedAt: "2026-11-29T09:00:00Z", answers: answers)
    }
}
