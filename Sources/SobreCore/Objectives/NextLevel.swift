/// The path to the next level when no objective is in force (SPEC §9): the roadmap for the
/// single objective "overall = the level after the current one", without years.
public struct NextLevel: Sendable {
    /// A theme whose low level holds the overall level below the next one (`weakest_link`),
    /// and the points of score it lacks.
    public struct Holding: Sendable {
        public let theme: Theme
        public let points: Double
    }

    /// The level aimed at.
    public let level: Level
    public let status: Roadmap.Status
    /// The points of overall score still missing once every chosen action is done, when short.
    public let shortBy: Double?
    /// The chosen actions, in roadmap order.
    public let actions: [Action]
    /// The points missing to the next level's `min` now, overall.
    public let points: Double
    /// The themes the `weakest_link` rule would still hold back at the next level, lowest first.
    public let holding: [Holding]

    /// The path to the next level of `card`; nil when its overall level is null or the highest.
    public init?(_ card: Scorecard, figures: IndicatorFigures = .none) {
        let levels = card.questionnaire.levels
        guard let current = card.overallLevel, let k = levels.firstIndex(where: { $0.id == current.id }),
              k + 1 < levels.count, let score = card.overallScore else { return nil }
        let next = levels[k + 1]
        level = next
        let roadmap = Roadmap(card, targets: Targets(by: 0, overall: next.id), year: 0, figures: figures)
        let item = roadmap.items.first
        status = item?.status ?? .short
        shortBy = item?.shortBy
        actions = roadmap.actions
        points = max(0, next.min - score)
        holding = Self.holding(card, target: next.id)
    }

    /// The assessed themes that keep the overall level below `target` under `weakest_link`: those
    /// below level `target − k`, with the points they lack to reach it, lowest score first.
    public static func holding(_ card: Scorecard, target: Int) -> [Holding] {
        let questionnaire = card.questionnaire
        guard let k = questionnaire.weakestLink else { return [] }
        let (floor, overflow) = target.subtractingReportingOverflow(k)
        guard !overflow, let needed = questionnaire.levels.filter({ $0.id >= floor }).min(by: { $0.id < $1.id }) else { return [] }
        return card.themes.compactMap { t -> Holding? in
            guard let score = t.score, let id = t.level?.id, id < floor else { return nil }
            return Holding(theme: t.theme, points: max(0, needed.min - score))
        }.sorted { $0.points > $1.points }
    }
}
