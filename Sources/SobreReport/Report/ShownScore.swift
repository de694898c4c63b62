import SobreCore

/// A 0–100 score rounded for people, so that it never reads beside a level it does not reach.
///
/// Rounding half-up alone shows 54.6 as "55" beside *Engagé* while the legend says *Structuré*
/// starts at 55. The rule (docs/reference/scoring.md, "Arrondi à l’affichage"): round half-up
/// to `decimals`, then
/// - a score below a level's `min` is shown below that `min` (54.6 → 54 when a level starts at 55);
/// - a score that reaches a level (`Level.isReached(by:)`, 54.99999999999999 reaches 55) is shown
///   at or above its `min` (a level starting at 55.3: 55.3 → 56).
/// When two levels start less than one shown step apart and the two bounds cross, the level above
/// wins: a score is never shown at or above the `min` of a level it does not reach.
enum ShownScore {
    /// `score` rounded to `decimals` places under the rule, as a number.
    static func value(_ score: Double, levels: [Level], decimals: Int = 0) -> Double {
        guard score.isFinite else { return score }
        var scale = 1.0
        for _ in 0..<max(decimals, 0) { scale *= 10 }
        // Units of the last shown place; a min that is a whole number of units (55, 55.0) stays one
        // despite 55 * 10 = 550.0000000000001: hence the slack below.
        let slack = 1e-6
        var units = (score * scale).rounded(.toNearestOrAwayFromZero)
        if let reached = levels.last(where: { $0.isReached(by: score) }) {
            units = max(units, (reached.min * scale - slack).rounded(.up))
        }
        if let next = levels.filter({ !$0.isReached(by: score) }).map(\.min).min() {
            units = min(units, (next * scale - slack).rounded(.up) - 1)
        }
        return units / scale
    }
}
