/// Orders triggered actions by effort, priority, gap and file order, then under `after` (SPEC §3.5).
enum PlanBuilder {
    /// A triggered action placed in the plan: its position in `questionnaire.actions` and its gap.
    struct Placement: Sendable {
        let action: Int
        let gap: Double
    }

    /// The triggered actions in plan order. Only positions and numbers: the plan items, with
    /// their reasons, are made by `items` when a report asks for them.
    static func placements(questionnaire: Questionnaire, environment: Scorecard.Environment) -> [Placement] {
        let actions = questionnaire.actions
        let lookup = questionnaire.lookup
        let results = environment.results
        var candidates: [Placement] = []
        for fileIndex in actions.indices where lookup.actionConditions[fileIndex].isTrue(in: environment) {
            // Summed in interview order, whatever the order of the condition, so that two actions
            // naming the same questions get exactly the same gap (ties then go to file order).
            // Every question is computed by now, so the positions known once per questionnaire
            // are those the environment would find.
            var gap = 0.0
            for k in lookup.actionReferencePositions[fileIndex] where k < results.count && results[k].counted {
                gap += lookup.questions[k].weight * (1 - (results[k].score ?? 1))
            }
            candidates.append(Placement(action: fileIndex, gap: gap))
        }
        // The keys are copied out first: reaching them through `actions[k]` in the comparison
        // would copy a whole action (a dozen strings) twice per comparison.
        let keys = candidates.map { c in
            (effort: actions[c.action].effort, priority: actions[c.action].priority, gap: c.gap, action: c.action)
        }
        let sorted = keys.indices.sorted { i, j in
            let a = keys[i], b = keys[j]
            if a.effort != b.effort { return a.effort < b.effort }
            if a.priority != b.priority { return a.priority > b.priority }
            if a.gap != b.gap { return a.gap > b.gap }
            return a.action < b.action
        }
        // Triggered and placed by action id, through the position of the first action with it.
        var triggered = [Bool](repeating: false, count: actions.count)
        for c in candidates { triggered[lookup.actionKey[c.action]] = true }
        var placed = [Bool](repeating: false, count: actions.count)
        var remaining = sorted
        var ordered: [Placement] = []
        ordered.reserveCapacity(sorted.count)
        while !remaining.isEmpty {
            // The first by the keys whose triggered prerequisites are all placed; a cycle
            // (refused by validation) cannot stall the loop: then the first remaining goes.
            let next = remaining.firstIndex { k in
                lookup.actionAfter[candidates[k].action].allSatisfy { !triggered[$0] || placed[$0] }
            } ?? 0
            let k = remaining.remove(at: next)
            placed[lookup.actionKey[candidates[k].action]] = true
            ordered.append(candidates[k])
        }
        return ordered
    }

    /// The plan items of `placements`, each with the questions of the part of its condition that
    /// made it true and the answers given to them.
    static func items(_ placements: [Placement], questionnaire: Questionnaire, environment: Scorecard.Environment,
                      estimates: Estimates = .none) -> [PlanItem] {
        let actions = questionnaire.actions
        let results = environment.results
        return placements.enumerated().map { rank, placement in
            let action = actions[placement.action]
            // The condition as written (by id), evaluated once more: only reports ask for reasons,
            // so the bound conditions of `placements` stay free of this work.
            let because = action.when.reasons(in: environment).map { id in
                guard let k = environment.position(id) else {
                    return PlanItem.Reason(questionID: id, value: nil, notApplicable: false, relevant: false)
                }
                return PlanItem.Reason(questionID: id, value: results[k].value,
                                       notApplicable: results[k].notApplicable, relevant: results[k].relevant)
            }
            let saves = rank < estimates.savings.count ? estimates.savings[rank].map {
                IndicatorSaving(indicatorID: questionnaire.indicators[$0.indicator].id, amount: $0.amount)
            } : []
            return PlanItem(action: action, rank: rank + 1, gap: placement.gap, because: because, saves: saves)
        }
    }
}
