/// The indicators and savings of one scored assessment (SPEC §8), kept by position: indicator
/// positions in file order, placements in plan order. Computed once, when the assessment is
/// scored, from the bound expressions of `EstimateLookup`.
struct Estimates: Sendable {
    /// One placement's saving on one indicator.
    struct Saving: Sendable {
        let indicator: Int
        let amount: Double
    }

    /// Each indicator's value, nil when not estimated.
    let values: [Double?]
    /// Each indicator's missing questions (full ids), empty when estimated.
    let missing: [[String]]
    /// For each placement of the plan, in plan order, its estimated savings in the order of its `saves`.
    private(set) var savings: [[Saving]] = []

    static let none = Estimates(values: [], missing: [])

    init(values: [Double?], missing: [[String]]) {
        self.values = values
        self.missing = missing
    }

    /// The indicators' values with `environment`'s answers, in file order: each sees those before it.
    init(lookup: QuestionnaireLookup, environment: Scorecard.Environment) {
        let nodes = lookup.estimates.indicatorValues
        var missing: [[String]] = []
        missing.reserveCapacity(nodes.count)
        // The values are appended to the environment's own list, which later indicators read:
        // appending to a list of ours and handing the environment a copy after each made the
        // next append copy the whole list again.
        var env = environment
        env.indicatorValues = []
        env.indicatorValues.reserveCapacity(nodes.count)
        for node in nodes {
            let (value, found) = Self.value(of: node, in: env, fullIDs: lookup.fullIDs, missing: missing)
            env.indicatorValues.append(value)
            missing.append(found)
        }
        values = env.indicatorValues
        self.missing = missing
    }

    /// An indicator's value in `environment`, or nil with the questions that leave it without one
    /// (each once). The evaluator, and the environment it holds, end here.
    private static func value(of node: ExpressionNode, in environment: Scorecard.Environment, fullIDs: [String],
                              missing: [[String]]) -> (Double?, [String]) {
        let evaluator = ExpressionEvaluator(environment: environment)
        let result = evaluator.evaluate(node)
        if case .number(let v) = result, v.isFinite { return (v, []) }
        var found: [String] = []
        if result == .null {
            evaluator.nullSources(node, fullIDs: fullIDs, indicatorMissing: missing, into: &found)
        }
        var seen: Set<String> = []
        return (nil, found.filter { seen.insert($0).inserted })
    }

    /// Adds the savings of the triggered actions, `placements` in plan order: a null, non-finite
    /// or non-positive result is no estimate, and so is any saving on an indicator not estimated
    /// or not above 0; a saving above the indicator's value is capped at it.
    mutating func addSavings(_ placements: [PlanBuilder.Placement], lookup: QuestionnaireLookup,
                             environment: Scorecard.Environment) {
        let evaluator = ExpressionEvaluator(environment: environment)
        savings = placements.map { placement in
            lookup.estimates.actionSavings[placement.action].compactMap { saving in
                guard saving.indicator < values.count, let current = values[saving.indicator], current > 0,
                      case .number(let amount) = evaluator.evaluate(saving.value), amount.isFinite, amount > 0 else { return nil }
                return Saving(indicator: saving.indicator, amount: Swift.min(amount, current))
            }
        }
    }

    /// The sum of the savings of the placements at `ranks` (0-based, all when nil), per indicator
    /// position, each capped at the indicator's value; nil for an indicator with no estimate.
    func totals(ranks: Set<Int>? = nil) -> [Double?] {
        var totals = [Double?](repeating: nil, count: values.count)
        for (rank, items) in savings.enumerated() where ranks?.contains(rank) ?? true {
            for saving in items { totals[saving.indicator] = (totals[saving.indicator] ?? 0) + saving.amount }
        }
        for k in totals.indices {
            if let total = totals[k], let value = values[k] { totals[k] = Swift.min(total, value) }
        }
        return totals
    }
}

extension ExpressionEvaluator {
    /// Appends the questions whose null propagated to `node`'s null (SPEC §8): directly, through
    /// arithmetic and `min`/`max`, through earlier indicators (`indicatorMissing`), and through
    /// `default(x, y)` only when both are null. Nothing for a node that is not null.
    func nullSources(_ node: ExpressionNode, fullIDs: [String], indicatorMissing: [[String]], into found: inout [String]) {
        guard evaluate(node) == .null else { return }
        switch node {
        case .reference(let id, _):
            found.append(id)
        case .boundReference(let position, _), .boundCall(_, let position, _):
            if position < fullIDs.count { found.append(fullIDs[position]) }
        case .call(let name, let argument, _, _):
            if let argument, ExpressionFunction(rawValue: name)?.takesQuestion == true { found.append(argument) }
        case .boundIndicator(let position, _):
            if position < indicatorMissing.count { found += indicatorMissing[position] }
        case .negate(let operand, _):
            nullSources(operand, fullIDs: fullIDs, indicatorMissing: indicatorMissing, into: &found)
        case .binary(_, let lhs, let rhs, _), .valueCall(_, let lhs, let rhs, _), .boundValueCall(_, let lhs, let rhs, _):
            // Each side adds only when it is null itself: the null side of `x * y`, both
            // sides of a null `default(x, y)`.
            nullSources(lhs, fullIDs: fullIDs, indicatorMissing: indicatorMissing, into: &found)
            nullSources(rhs, fullIDs: fullIDs, indicatorMissing: indicatorMissing, into: &found)
        case .number, .string, .bool, .not, .inList, .boundMaturityCall:
            break
        }
    }
}
