/// What must hold of scoring for any questionnaire that loads and any answers, checked by both
/// fuzzers: the seeded tests (`Tests/SobreFuzzTests`) and the libFuzzer harness (`Fuzz/`).
///
/// Question scores in [0, 1]; theme and overall scores in [0, 100], with a level exactly when
/// there is a score; no action twice in the plan; indicators and savings as SPEC §8 bounds them. Internal: the fuzzers reach it through
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
        failures += estimateFailures(of: card)
        return failures
    }

    /// SPEC §8: values finite or nil, `missing` only when nil; every saving above 0 and at most
    /// its indicator's value, and so is every total.
    static func estimateFailures(of card: Scorecard) -> [String] {
        var failures: [String] = []
        var values: [String: Double] = [:]
        for estimate in card.indicators {
            if let v = estimate.value {
                if !v.isFinite { failures.append("indicator \(estimate.indicator.id) is \(v)") }
                if !estimate.missing.isEmpty { failures.append("indicator \(estimate.indicator.id) estimated but missing \(estimate.missing)") }
                if values[estimate.indicator.id] == nil { values[estimate.indicator.id] = v }
            }
        }
        for saving in card.planSavings.joined() + card.savingsTotals {
            guard let value = values[saving.indicatorID] else {
                failures.append("a saving on \(saving.indicatorID), which is not estimated")
                continue
            }
            if !(saving.amount > 0 && saving.amount <= value) {
                failures.append("a saving of \(saving.amount) on \(saving.indicatorID) worth \(value)")
            }
        }
        return failures
    }
}
