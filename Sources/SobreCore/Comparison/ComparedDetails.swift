/// What a comparison keeps of an assessment's plan and estimates, as numbers and positions.
///
/// Reports show the plan and the indicators of a site's latest assessment, the indicators of its
/// latest complete one (progress, benchmark) and of its baseline (progress), never of the others:
/// a comparison reading files scores every assessment but makes these for those only.
final class ComparedDetails: Sendable {
    /// Triggered actions in plan order, as positions in `questionnaire.actions`. Actions are told
    /// apart by id: the comparison keeps the first action with each id.
    let planPositions: [Int]
    /// Each indicator's value, in the questionnaire's order (empty when it has none).
    let indicatorValues: [Double?]
    /// Each plan item's savings, in plan order (empty when the questionnaire has no indicator).
    let planSavings: [[Estimates.Saving]]

    /// The details of the assessment `card` scored; `card` must have its details made.
    init(_ card: Scorecard) {
        let lookup = card.questionnaire.lookup
        planPositions = card.placements.map { lookup.actionKey[$0.action] }
        indicatorValues = card.estimates.values
        planSavings = card.estimates.savings
    }

    /// The indicator values alone of a baseline that is no site's latest (`withIndicatorValues`):
    /// no plan, no savings.
    init(indicatorValuesOf card: Scorecard) {
        planPositions = []
        indicatorValues = card.estimates.values
        planSavings = []
    }
}
