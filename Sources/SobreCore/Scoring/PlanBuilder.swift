/// Orders triggered actions by effort, priority, gap and file order, then under `after` (SPEC §3.5).
enum PlanBuilder {
    static func plan(questionnaire: Questionnaire, environment: Scorecard.Environment) -> [PlanItem] {
        // Actions are named by their position in the file, never copied until the plan is made.
        struct Candidate {
            let fileIndex: Int
            let gap: Double
            let because: [PlanItem.Reason]
        }
        let actions = questionnaire.actions
        let lookup = questionnaire.lookup
        var candidates: [Candidate] = []
        for fileIndex in actions.indices where actions[fileIndex].when.isTrue(in: environment) {
            let references = actions[fileIndex].when.questionReferences
            var counted: [Int] = []
            var because: [PlanItem.Reason] = []
            because.reserveCapacity(references.count)
            for id in references {
                guard let k = environment.position(id) else {
                    because.append(PlanItem.Reason(questionID: id, value: nil, notApplicable: false, relevant: false))
                    continue
                }
                // Fields read in place rather than through a copy of the whole result.
                if environment.results[k].counted { counted.append(k) }
                because.append(PlanItem.Reason(questionID: id, value: environment.results[k].value,
                                               notApplicable: environment.results[k].notApplicable,
                                               relevant: environment.results[k].relevant))
            }
            // Summed in interview order, whatever the order of the condition, so that two actions
            // naming the same questions get exactly the same gap (ties then go to file order).
            var gap = 0.0
            for k in counted.sorted() {
                gap += environment.results[k].question.weight * (1 - (environment.results[k].score ?? 1))
            }
            candidates.append(Candidate(fileIndex: fileIndex, gap: gap, because: because))
        }
        let keys = candidates.map { c in
            (effort: actions[c.fileIndex].effort, priority: actions[c.fileIndex].priority, gap: c.gap, fileIndex: c.fileIndex)
        }
        let sorted = keys.indices.sorted { i, j in
            let a = keys[i], b = keys[j]
            if a.effort != b.effort { return a.effort < b.effort }
            if a.priority != b.priority { return a.priority > b.priority }
            if a.gap != b.gap { return a.gap > b.gap }
            return a.fileIndex < b.fileIndex
        }
        // Triggered and placed by action id, through the position of the first action with it.
        var triggered = [Bool](repeating: false, count: actions.count)
        for c in candidates { triggered[lookup.actionKey[c.fileIndex]] = true }
        var placed = [Bool](repeating: false, count: actions.count)
        var remaining = sorted
        var ordered: [Int] = []
        ordered.reserveCapacity(sorted.count)
        while !remaining.isEmpty {
            // The first by the keys whose triggered prerequisites are all placed; a cycle
            // (refused by validation) cannot stall the loop: then the first remaining goes.
            let next = remaining.firstIndex { k in
                lookup.actionAfter[candidates[k].fileIndex].allSatisfy { !triggered[$0] || placed[$0] }
            } ?? 0
            let k = remaining.remove(at: next)
            placed[lookup.actionKey[candidates[k].fileIndex]] = true
            ordered.append(k)
        }
        return ordered.enumerated().map { rank, k in
            let c = candidates[k]
            return PlanItem(action: actions[c.fileIndex], rank: rank + 1, gap: c.gap, because: c.because)
        }
    }
}
