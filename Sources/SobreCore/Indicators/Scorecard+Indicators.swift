/// The footprint of a scored assessment and what its plan would save (SPEC §8).
extension Scorecard {
    /// Every indicator, in file order, with its value and the questions it misses.
    public var indicators: [IndicatorEstimate] {
        questionnaire.indicators.enumerated().map { k, indicator in
            IndicatorEstimate(indicator: indicator, value: k < estimates.values.count ? estimates.values[k] : nil,
                              missing: k < estimates.missing.count ? estimates.missing[k] : [])
        }
    }

    /// The indicators' values in file order, nil when not estimated.
    public var indicatorValues: [Double?] { estimates.values }

    /// The plan's total saving per indicator: the sum over the plan, capped at the indicator's
    /// value; indicators with at least one estimate, in file order. An order of magnitude: the
    /// effects of several actions can overlap.
    public var savingsTotals: [IndicatorSaving] {
        Self.savings(estimates.totals(), of: questionnaire)
    }

    /// Each plan item's estimated savings, in plan order (what `plan` gives each item, without
    /// making the items).
    public var planSavings: [[IndicatorSaving]] {
        estimates.savings.map { items in
            items.map { IndicatorSaving(indicatorID: questionnaire.indicators[$0.indicator].id, amount: $0.amount) }
        }
    }

    /// The indicators' values, in file order, once the plan's actions with these ids are done:
    /// each value less the sum of those actions' savings on it, that sum capped at the value
    /// (so never below 0). Ids not in the plan save nothing; nil stays nil.
    public func indicatorValues(afterSavingsOf actionIDs: Set<String>) -> [Double?] {
        let ranks = Set(placements.indices.filter { actionIDs.contains(questionnaire.actions[placements[$0].action].id) })
        let totals = estimates.totals(ranks: ranks)
        return estimates.values.indices.map { k in
            estimates.values[k].map { $0 - (totals[k] ?? 0) }
        }
    }

    /// The totals that have an estimate, named by indicator.
    private static func savings(_ totals: [Double?], of questionnaire: Questionnaire) -> [IndicatorSaving] {
        totals.indices.compactMap { k in
            totals[k].map { IndicatorSaving(indicatorID: questionnaire.indicators[k].id, amount: $0) }
        }
    }
}
