/// The figures of a benchmark for one scope (the whole network or one category): overall,
/// per theme and per indicator, each with at least `min_sites` values.
public struct BenchmarkFigures: Sendable, Equatable {
    /// The overall scores' figures and how many sites reached each overall level.
    public struct Overall: Sendable, Equatable {
        public let distribution: Distribution
        /// Every level id of the questionnaires used, ascending, with its count (zeros included).
        public let levels: [OverallStatistics.LevelCount]

        /// Creates overall figures.
        public init(distribution: Distribution, levels: [OverallStatistics.LevelCount]) {
            self.distribution = distribution
            self.levels = levels
        }
    }

    /// One theme's figures, matched by id across questionnaire versions.
    public struct ThemeFigures: Sendable, Equatable {
        public let id: String
        public let title: String
        public let distribution: Distribution

        /// Creates a theme's figures.
        public init(id: String, title: String, distribution: Distribution) {
            self.id = id
            self.title = title
            self.distribution = distribution
        }
    }

    /// One indicator's figures (SPEC §8).
    public struct IndicatorFigures: Sendable, Equatable {
        public let indicator: BenchmarkIndicator
        public let distribution: Distribution

        /// Creates an indicator's figures.
        public init(indicator: BenchmarkIndicator, distribution: Distribution) {
            self.indicator = indicator
            self.distribution = distribution
        }
    }

    public let overall: Overall
    /// In the questionnaire's theme order.
    public let themes: [ThemeFigures]
    /// In the order the indicators were given.
    public let indicators: [IndicatorFigures]

    /// Creates the figures of one scope.
    public init(overall: Overall, themes: [ThemeFigures], indicators: [IndicatorFigures]) {
        self.overall = overall
        self.themes = themes
        self.indicators = indicators
    }

    /// The figures of the theme with this id, nil when it was left out.
    public func theme(_ id: String) -> ThemeFigures? {
        themes.first { $0.id == id }
    }
}

/// An indicator as a benchmark names it: its id, label and unit (SPEC §8).
public struct BenchmarkIndicator: Sendable, Equatable {
    public let id: String
    public let label: String
    public let unit: String

    /// Creates an indicator's description.
    public init(id: String, label: String, unit: String) {
        self.id = id
        self.label = label
        self.unit = unit
    }
}
