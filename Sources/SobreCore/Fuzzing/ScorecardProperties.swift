/// What must hold of scoring for any questionnaire that loads and any answers, checked by both
/// fuzzers: the seeded tests (`Tests/SobreFuzzTests`) and the libFuzzer harness (`Fuzz/`).
///
/// Question scores in [0, 1]; theme and overall scores in [0, 100], with a level exactly when
/// there is a score; no action twice in the plan. Internal: the fuzzers reach it through
/// `@testable import`, the product never calls it.
enum ScorecardProperties {
    /// The properties `card` breaks, in words; empty when all hold.
    static func failures(of card: Scorecard) -> [String] {
        var failures: [String] = []
        for result in card.questions {
            if let s = result.score, !(0...1).contains(s) { failures.append("question \(result.question.fullID) scores \(s)") }
        }
        for theme in card.themes {
            if let s = theme.score, !(0...100).contains(s) { failures.append("theme \(theme.theme.id) scores \(s)") }
            if (theme.score == nil) != (theme.level == nil) {
                failures.append("theme \(theme.theme.id) score \(String(describing: theme.score)) level \(String(describing: theme.level))")
            }
        }
        if let s = card.overallScore, !(0...100).contains(s) { failures.append("overall score \(s)") }
        if (card.overallScore == nil) != (card.overallLevel == nil) {
            failures.append("overall score \(String(describing: card.overallScore)) level \(String(describing: card.overallLevel))")
        }
        if Set(card.plan.map(\.action.id)).count != card.plan.count { failures.append("an action twice in the plan") }
        return failures
    }
}
