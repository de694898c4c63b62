/// The scores and levels an assessment would have once some plan actions are done (SPEC §9):
/// every counted question the `when` of a done action refers to scores 1.
package struct Projection: Sendable {
    /// Theme scores, by theme position in file order (nil: not assessed).
    package let themeScores: [Double?]
    /// Theme levels, by theme position.
    package let themeLevels: [Level?]
    package let overallScore: Double?
    /// The overall level after `weakest_link`.
    package let overallLevel: Level?

    /// The projection of `card` with the actions at `actions` (positions in the questionnaire's
    /// actions) taken as done; with none, the scorecard's own scores.
    package init(_ card: Scorecard, doing actions: [Int]) {
        let questionnaire = card.questionnaire
        let lookup = questionnaire.lookup
        var raised = Set<Int>()
        for a in actions where a < lookup.actionReferencePositions.count {
            raised.formUnion(lookup.actionReferencePositions[a])
        }
        var scores: [Double?] = []
        var levels: [Level?] = []
        for t in questionnaire.themes.indices {
            let counted = lookup.themeMembers[t].filter { card.questions[$0].counted }.map { k in
                (weight: lookup.questions[k].weight, value: raised.contains(k) ? 1 : card.questions[k].score ?? 0)
            }
            let score = Scorecard.weightedMean(counted, times: 100)
            scores.append(score)
            levels.append(score.flatMap(questionnaire.level(for:)))
        }
        themeScores = scores
        themeLevels = levels
        let assessed = questionnaire.themes.indices.compactMap { t in scores[t].map { (weight: questionnaire.themes[t].weight, value: $0) } }
        let overall = Scorecard.weightedMean(assessed, times: 1)
        overallScore = overall
        overallLevel = Scorecard.cappedLevel(overall.flatMap(questionnaire.level(for:)),
                                             themeLevels: levels.compactMap { $0?.id }, questionnaire: questionnaire).level
    }
}
