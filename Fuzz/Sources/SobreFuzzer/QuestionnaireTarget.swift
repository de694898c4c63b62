@testable import SobreCore

/// The questionnaire loader: every diagnostic has a place and a message; errors exactly when no
/// questionnaire comes out; what loads scores a realistic assessment within bounds, the same
/// through the quick path of comparisons.
enum QuestionnaireTarget {
    static func run(_ bytes: [UInt8]) {
        let result = QuestionnaireLoader.load(bytes: bytes, path: "fuzz.yaml")
        for diagnostic in result.diagnostics {
            if diagnostic.message.isEmpty { FuzzTarget.finding("a diagnostic without a message") }
            if let place = diagnostic.location, place.line < 1 || place.column < 1 {
                FuzzTarget.finding("a diagnostic at \(place)")
            }
        }
        if result.diagnostics.hasErrors != (result.questionnaire == nil) {
            FuzzTarget.finding("errors and a questionnaire do not go together")
        }
        guard let questionnaire = result.questionnaire else { return }
        let answers = Corpus.answers(for: questionnaire, seed: UInt64(bytes.count))
        let card = Scorecard(questionnaire: questionnaire, answers: answers)
        if let s = card.overallScore, !(0...100).contains(s) { FuzzTarget.finding("an overall score of \(s)") }
        for theme in card.themes {
            if let s = theme.score, !(0...100).contains(s) { FuzzTarget.finding("a theme score of \(s)") }
            if (theme.score == nil) != (theme.level == nil) && !questionnaire.levels.isEmpty {
                FuzzTarget.finding("a theme level without a score, or the reverse")
            }
        }
        if Set(card.plan.map(\.action.id)).count != card.plan.count { FuzzTarget.finding("an action twice in the plan") }
    }
}
