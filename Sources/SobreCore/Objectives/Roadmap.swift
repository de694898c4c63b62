/// The shortest walk of the plan that reaches the objectives, spread over the years up to
/// `by` (SPEC §9).
public struct Roadmap: Sendable {
    /// What an objective is about.
    public enum Scope: String, Sendable {
        case overall, theme, indicator
    }

    /// Where an objective stands.
    public enum Status: String, Sendable {
        /// Already reached now.
        case reached
        /// Reached once the roadmap is done.
        case planned
        /// The whole plan does not reach it.
        case short
    }

    /// One objective and where it stands.
    public struct Item: Sendable {
        public let scope: Scope
        /// The theme or indicator id; nil for the overall level.
        public let id: String?
        /// The level id aimed at, or for an indicator the change in percent.
        public let target: Double
        /// An indicator's value aimed at: base × (1 + percent / 100).
        public let targetValue: Double?
        /// The level id now, or the indicator's value now.
        public let now: Double?
        /// The level id, or the indicator's value, once the roadmap is done.
        public let projected: Double?
        /// The score now and once the roadmap is done (level objectives only).
        public let scoreNow: Double?
        public let scoreProjected: Double?
        public let status: Status
        /// When short: the points of score still missing to the target level's `min`, or the
        /// amount of the indicator still above its target value; nil when it cannot be told.
        public let shortBy: Double?
    }

    /// The actions of one year.
    public struct Year: Sendable {
        public let year: Int
        public let actions: [Action]
    }

    /// The year the objectives should be reached by.
    public let by: Int
    /// Every objective, overall first, then themes and indicators in file order.
    public let items: [Item]
    /// The chosen actions, in roadmap order.
    public let actions: [Action]
    /// The years that have actions, ascending.
    public let years: [Year]

    /// The roadmap of `card` towards `targets`, the assessment being of `year`. `base` holds the
    /// indicator values of the assessment that holds the targets, an indicator target's base
    /// (SPEC §9); nil when it is this one (`figures`).
    public init(_ card: Scorecard, targets: Targets, year: Int, figures: IndicatorFigures = .none, base: IndicatorFigures? = nil) {
        let questionnaire = card.questionnaire
        let plan = card.placements.map(\.action)
        let goals = Goals(targets, questionnaire: questionnaire, figures: figures, base: base ?? figures)
        var chosen: [Int] = []
        var projection = Projection(card, doing: [])
        for (step, candidate) in plan.enumerated() {
            if goals.allReached(projection, doing: chosen, in: questionnaire) { break }
            if chosen.contains(candidate) { continue }
            let trial = Projection(card, doing: chosen + [candidate])
            guard goals.joins(candidate, trial: trial, now: projection, chosen: chosen, in: questionnaire) else { continue }
            chosen += Self.prerequisites(of: candidate, plan: Array(plan[..<step]), chosen: chosen, in: questionnaire) + [candidate]
            projection = Projection(card, doing: chosen)
        }
        let now = Projection(card, doing: [])
        by = targets.by
        items = goals.items(now: now, projected: projection, doing: chosen, in: questionnaire)
        actions = chosen.map { questionnaire.actions[$0] }
        years = Self.years(actions, from: year, by: targets.by)
    }

    /// The roadmap of `card` towards `targets`, the assessment being dated `date` (`YYYY-MM-DD`;
    /// a date without a year counts as of `by`).
    public init(_ card: Scorecard, targets: Targets, date: String, figures: IndicatorFigures = .none, base: IndicatorFigures? = nil) {
        self.init(card, targets: targets, year: IsoDate.year(of: date) ?? targets.by, figures: figures, base: base)
    }

    /// The triggered `after` actions of `action`, transitively, not yet chosen, in plan order:
    /// they come just before it.
    static func prerequisites(of action: Int, plan: [Int], chosen: [Int], in questionnaire: Questionnaire) -> [Int] {
        var needed = Set<String>()
        var pending = questionnaire.actions[action].after
        while let id = pending.popLast() {
            guard needed.insert(id).inserted else { continue }
            if let position = plan.first(where: { questionnaire.actions[$0].id == id }) {
                pending += questionnaire.actions[position].after
            }
        }
        return plan.filter { needed.contains(questionnaire.actions[$0].id) && !chosen.contains($0) }
    }

    /// The years of SPEC §9: quick wins in the assessment's year Y, short-term actions in
    /// min(Y+1, B), the n structural ones spread from S = min(Y+2, B) to B; all in Y when B < Y.
    static func years(_ actions: [Action], from y: Int, by b: Int) -> [Year] {
        let structural = actions.filter { $0.horizon == .structural }.count
        let s = min(y + 2, b)
        var seenStructural = 0
        var byYear: [Int: [Action]] = [:]
        for action in actions {
            let year: Int
            if b < y {
                year = y
            } else {
                switch action.horizon {
                case .quickWin: year = y
                case .shortTerm: year = min(y + 1, b)
                case .structural:
                    year = s + (seenStructural * (b - s + 1)) / structural
                    seenStructural += 1
                }
            }
            byYear[year, default: []].append(action)
        }
        return byYear.keys.sorted().map { Year(year: $0, actions: byYear[$0] ?? []) }
    }
}

/// The objectives of a `Targets` resolved against a questionnaire, as the roadmap tests them.
struct Goals {
    /// A level to reach: the overall level (theme nil) or a theme's.
    struct LevelGoal {
        let theme: Int?
        let target: Int
    }

    struct IndicatorGoal {
        let id: String
        let percent: Double
        /// base × (1 + percent / 100), nil when the indicator is not estimated.
        let value: Double?
    }

    let levels: [LevelGoal]
    let indicators: [IndicatorGoal]
    let figures: IndicatorFigures

    /// `base`: the indicator values of the assessment that holds the targets.
    init(_ targets: Targets, questionnaire: Questionnaire, figures: IndicatorFigures, base: IndicatorFigures) {
        var levels: [LevelGoal] = targets.overall.map { [LevelGoal(theme: nil, target: $0)] } ?? []
        for (t, theme) in questionnaire.themes.enumerated() {
            if let level = targets.level(forTheme: theme.id) { levels.append(LevelGoal(theme: t, target: level)) }
        }
        self.levels = levels
        let order = figures.ids + targets.indicators.map(\.id).filter { !figures.ids.contains($0) }
        indicators = order.compactMap { id in
            guard let t = targets.indicators.first(where: { $0.id == id }) else { return nil }
            return IndicatorGoal(id: id, percent: t.percent, value: base.value(id).map { $0 * (1 + t.percent / 100) })
        }
        self.figures = figures
    }

    static let tolerance = 1e-9

    func level(_ goal: LevelGoal, in p: Projection) -> Level? {
        goal.theme.map { p.themeLevels[$0] } ?? p.overallLevel
    }

    func score(_ goal: LevelGoal, in p: Projection) -> Double? {
        goal.theme.map { p.themeScores[$0] } ?? p.overallScore
    }

    func isReached(_ goal: LevelGoal, in p: Projection) -> Bool {
        (level(goal, in: p)?.id ?? Int.min) >= goal.target
    }

    /// At most the target value, within a relative tolerance of 1e-9; never for an indicator not estimated.
    func isReached(_ goal: IndicatorGoal, value: Double?) -> Bool { Self.isReached(goal, value: value) }

    static func isReached(_ goal: IndicatorGoal, value: Double?) -> Bool {
        guard let target = goal.value, let value else { return false }
        return value <= target + Self.tolerance * max(abs(target), abs(value))
    }

    func allReached(_ p: Projection, doing chosen: [Int], in questionnaire: Questionnaire) -> Bool {
        let ids = chosen.map { questionnaire.actions[$0].id }
        return levels.allSatisfy { isReached($0, in: p) }
            && indicators.allSatisfy { isReached($0, value: figures.projected($0.id, doing: ids)) }
    }

    /// Whether `candidate` raises a score whose level is not yet reached, or saves on an
    /// indicator whose target is not yet reached.
    func joins(_ candidate: Int, trial: Projection, now: Projection, chosen: [Int], in questionnaire: Questionnaire) -> Bool {
        for goal in levels where !isReached(goal, in: now) {
            if let after = score(goal, in: trial), after > (score(goal, in: now) ?? -Double.infinity) + Self.tolerance { return true }
        }
        let ids = chosen.map { questionnaire.actions[$0].id }
        let id = questionnaire.actions[candidate].id
        for goal in indicators where goal.value != nil && !isReached(goal, value: figures.projected(goal.id, doing: ids)) {
            if figures.saving(id, on: goal.id) != nil { return true }
        }
        return false
    }

    func items(now: Projection, projected: Projection, doing chosen: [Int], in questionnaire: Questionnaire) -> [Roadmap.Item] {
        let ids = chosen.map { questionnaire.actions[$0].id }
        let levelItems = levels.map { goal -> Roadmap.Item in
            let status: Roadmap.Status = isReached(goal, in: now) ? .reached : isReached(goal, in: projected) ? .planned : .short
            var shortBy: Double?
            if status == .short, let score = score(goal, in: projected) {
                let min = questionnaire.level(id: goal.target)?.min
                shortBy = min.map { Swift.max(0, $0 - score) }
            }
            return Roadmap.Item(
                scope: goal.theme == nil ? .overall : .theme, id: goal.theme.map { questionnaire.themes[$0].id },
                target: Double(goal.target), targetValue: nil,
                now: level(goal, in: now).map { Double($0.id) }, projected: level(goal, in: projected).map { Double($0.id) },
                scoreNow: score(goal, in: now), scoreProjected: score(goal, in: projected), status: status, shortBy: shortBy)
        }
        let indicatorItems = indicators.map { goal -> Roadmap.Item in
            let now = figures.value(goal.id)
            let after = figures.projected(goal.id, doing: ids)
            let status: Roadmap.Status = isReached(goal, value: now) ? .reached : isReached(goal, value: after) ? .planned : .short
            var shortBy: Double?
            if status == .short, let after, let target = goal.value { shortBy = Swift.max(0, after - target) }
            return Roadmap.Item(scope: .indicator, id: goal.id, target: goal.percent, targetValue: goal.value,
                                now: now, projected: after, scoreNow: nil, scoreProjected: nil, status: status, shortBy: shortBy)
        }
        return levelItems + indicatorItems
    }
}
