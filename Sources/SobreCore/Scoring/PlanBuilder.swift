/// Orders triggered actions by effort, priority, gap and file order, then under `after` (SPEC §3.5).
enum PlanBuilder {
    static func plan(questionnaire: Questionnaire, environment: Scorecard.Environment) -> [PlanItem] {
        struct Candidate {
            let action: Action
            let fileIndex: Int
            let gap: Double
            let because: [PlanItem.Reason]
        }
        var candidates: [Candidate] = []
        for (fileIndex, action) in questionnaire.actions.enumerated() where action.when.isTrue(in: environment) {
            var gap = 0.0
            var because: [PlanItem.Reason] = []
            for id in action.when.questionReferences {
                let result = environment.result(id)
                if let result, result.counted, let s = result.score {
                    gap += result.question.weight * (1 - s)
                }
                because.append(PlanItem.Reason(questionID: id, value: result?.value, notApplicable: result?.notApplicable ?? false,
                                               relevant: result?.relevant ?? false))
            }
            candidates.append(Candidate(action: action, fileIndex: fileIndex, gap: gap, because: because))
        }
        let sorted = candidates.sorted { a, b in
            if a.action.effort != b.action.effort { return a.action.effort < b.action.effort }
            if a.action.priority != b.action.priority { return a.action.priority > b.action.priority }
            if a.gap != b.gap { return a.gap > b.gap }
            return a.fileIndex < b.fileIndex
        }
        let triggered = Set(sorted.map(\.action.id))
        var placed: Set<String> = []
        var remaining = sorted
        var ordered: [Candidate] = []
        while !remaining.isEmpty {
            // The first by the keys whose triggered prerequisites are all placed; a cycle
            // (refused by validation) cannot stall the loop: then the first remaining goes.
            let next = remaining.firstIndex { candidate in
                candidate.action.after.allSatisfy { !triggered.contains($0) || placed.contains($0) || $0 == candidate.action.id }
            } ?? 0
            let candidate = remaining.remove(at: next)
            placed.insert(candidate.action.id)
            ordered.append(candidate)
        }
        return ordered.enumerated().map { k, c in
            PlanItem(action: c.action, rank: k + 1, gap: c.gap, because: c.because)
        }
    }
}
