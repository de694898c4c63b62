@testable import SobreCore

/// The questionnaire loader, with the properties the seeded fuzz tests check too: every
/// diagnostic has a place within the file and a message, errors exactly when no questionnaire
/// comes out (`LoadingProperties`); what loads scores a realistic assessment within bounds,
/// a level exactly with a score, no action twice in the plan (`ScorecardProperties`).
enum QuestionnaireTarget {
    static func run(_ bytes: [UInt8]) {
        let result = QuestionnaireLoader.load(bytes: bytes, path: "fuzz.yaml")
        FuzzTarget.check(LoadingProperties.failures(of: result, input: bytes))
        guard let questionnaire = result.questionnaire else { return }
        let answers = Corpus.answers(for: questionnaire, seed: UInt64(bytes.count))
        FuzzTarget.check(ScorecardProperties.failures(of: Scorecard(questionnaire: questionnaire, answers: answers)))
    }
}
