import SobreJSON

/// A triggered action in the plan, with what makes it worth doing.
public struct PlanItem: Sendable {
    /// One reason: a question of the part of the action's condition that made it true, and the
    /// answer given.
    public struct Reason: Sendable {
        public let questionID: String
        /// The answer as stored, nil when unanswered, N/A or not relevant.
        public let value: JSONValue?
        public let notApplicable: Bool
        /// False when the question was not asked (its own `when` is false).
        public let relevant: Bool
    }

    public let action: Action
    /// 1-based position in the plan.
    public let rank: Int
    /// `Σ w(q)·(1 − s(q))` over the counted questions its condition refers to.
    public let gap: Double
    /// The questions of the part of its `when` that made it true (SPEC §3.5), each once.
    public let because: [Reason]
    /// What it is estimated to save per indicator (SPEC §8), in the order of its `saves`:
    /// estimated ones only, capped at the indicator's value.
    public let saves: [IndicatorSaving]
}
