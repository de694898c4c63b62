/// Progress towards the objectives between the assessment that set them (the baseline) and a
/// later one of the same site (SPEC §9).
public struct TargetProgress: Sendable {
    /// How an objective is going.
    public enum Status: String, Sendable, Comparable {
        case late
        case onTrack = "on_track"
        case reached

        private var rank: Int {
            switch self {
            case .late: 0
            case .onTrack: 1
            case .reached: 2
            }
        }

        public static func < (a: Status, b: Status) -> Bool { a.rank < b.rank }
    }

    /// One objective's progress.
    public struct Item: Sendable {
        public let scope: Roadmap.Scope
        /// The theme or indicator id; nil for the overall level.
        public let id: String?
        /// The level id aimed at, or the percent.
        public let target: Double
        /// In [0, 1]; nil when a score or value is null.
        public let progress: Double?
        /// The share of the time to `by` already gone, in [0, 1].
        public let expected: Double
        public let status: Status
    }

    public let by: Int
    /// The baseline's date.
    public let baseline: String
    /// The worst of the items' statuses (`reached` when there are none).
    public let status: Status
    public let items: [Item]

    /// The progress of `current` (dated `currentDate`) since `baseline` (dated `baselineDate`,
    /// holding `targets`). The figures are the indicators of each.
    public init<Scores: ProgressScores>(targets: Targets, baseline: Scores, baselineDate: String, current: Scores, currentDate: String,
                baselineFigures: IndicatorFigures = .none, currentFigures: IndicatorFigures = .none) {
        by = targets.by
        self.baseline = baselineDate
        let expected = Self.expected(from: baselineDate, to: currentDate, by: targets.by)
        let questionnaire = current.questionnaire
        var items: [Item] = []
        func levelItem(_ scope: Roadmap.Scope, _ id: String?, target: Int, base: Double?, now: Double?, levelNow: Level?) -> Item {
            let min = questionnaire.level(id: target)?.min
            let progress: Double?
            if (levelNow?.id ?? Int.min) >= target {
                progress = 1
            } else if let base, let now, let min {
                progress = min - base <= 0 ? 0 : Self.clamp((now - base) / (min - base))
            } else {
                progress = nil
            }
            return Item(scope: scope, id: id, target: Double(target), progress: progress, expected: expected,
                        status: Self.status(progress, reached: (levelNow?.id ?? Int.min) >= target, expected: expected))
        }
        if let overall = targets.overall {
            items.append(levelItem(.overall, nil, target: overall, base: baseline.overallScore, now: current.overallScore,
                                   levelNow: current.overallLevel))
        }
        for theme in questionnaire.themes {
            guard let target = targets.level(forTheme: theme.id) else { continue }
            let now = current.standing(ofTheme: theme.id)
            let base = baseline.standing(ofTheme: theme.id)
            items.append(levelItem(.theme, theme.id, target: target, base: base?.score, now: now?.score, levelNow: now?.level))
        }
        let order = baselineFigures.ids + targets.indicators.map(\.id).filter { !baselineFigures.ids.contains($0) }
        for id in order {
            guard let t = targets.indicators.first(where: { $0.id == id }) else { continue }
            let base = baselineFigures.value(id)
            let now = currentFigures.value(id)
            let goal = Goals.IndicatorGoal(id: id, percent: t.percent, value: base.map { $0 * (1 + t.percent / 100) })
            let reached = Goals.isReached(goal, value: now)
            var progress: Double?
            if reached {
                progress = 1
            } else if let base, let now, let value = goal.value {
                progress = base - value <= 0 ? 0 : Self.clamp((base - now) / (base - value))
            }
            items.append(Item(scope: .indicator, id: id, target: t.percent, progress: progress, expected: expected,
                              status: Self.status(progress, reached: reached, expected: expected)))
        }
        self.items = items
        status = items.map(\.status).min() ?? .reached
    }

    static func clamp(_ x: Double) -> Double { x.isNaN ? 0 : Swift.min(1, Swift.max(0, x)) }

    static func status(_ progress: Double?, reached: Bool, expected: Double) -> Status {
        if reached { return .reached }
        guard let progress else { return .late }
        return progress >= expected ? .onTrack : .late
    }

    /// Elapsed days from the baseline to now over the days from the baseline to 31 December of
    /// `by`, clamped to [0, 1]; 1 when that divisor is not above 0.
    static func expected(from baseline: String, to current: String, by: Int) -> Double {
        guard let start = day(baseline), let now = day(current), let end = day(Self.endOfYear(by)) else { return 1 }
        let span = end - start
        return span <= 0 ? 1 : clamp(Double(now - start) / Double(span))
    }

    static func endOfYear(_ year: Int) -> String {
        let digits = String(year)
        return String(repeating: "0", count: Swift.max(0, 4 - digits.count)) + digits + "-12-31"
    }

    /// Days since 1970-01-01 of a `YYYY-MM-DD` date.
    static func day(_ date: String) -> Int? {
        IsoDate.instant(date + "T00:00:00Z").map { Int(($0 / 86_400).rounded(.down)) }
    }
}
