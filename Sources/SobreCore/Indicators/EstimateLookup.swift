/// What a questionnaire's factors, indicators and savings give once for all (SPEC §8): the
/// indicators' values and the actions' `saves` bound to question positions, factor values and
/// indicator positions, so that scoring thousands of assessments looks up no name.
struct EstimateLookup: Sendable {
    /// One `saves` entry of an action, bound.
    struct BoundSaving: Sendable {
        /// Position of the indicator in file order.
        let indicator: Int
        let value: ExpressionNode
    }

    /// What `bound(to:)` replaces names with; conditions are bound with it too.
    let binding: ExpressionBinding
    /// Each indicator's value, bound, in file order.
    let indicatorValues: [ExpressionNode]
    /// For each action, its `saves` entries naming a known indicator, bound, in file order.
    let actionSavings: [[BoundSaving]]

    init(actions: [Action], factors: [Factor], indicators: [Indicator], questions: [String: Int]) {
        var factorValues: [String: Double] = [:]
        for factor in factors where factorValues[factor.id] == nil { factorValues[factor.id] = factor.value }
        var indicatorPositions: [String: Int] = [:]
        for (k, indicator) in indicators.enumerated() where indicatorPositions[indicator.id] == nil {
            indicatorPositions[indicator.id] = k
        }
        let binding = ExpressionBinding(questions: questions, factors: factorValues, indicators: indicatorPositions)
        self.binding = binding
        indicatorValues = indicators.map { $0.value.root.bound(to: binding) }
        actionSavings = actions.map { action in
            action.saves.compactMap { saving in
                indicatorPositions[saving.indicatorID].map { BoundSaving(indicator: $0, value: saving.value.root.bound(to: binding)) }
            }
        }
    }
}
