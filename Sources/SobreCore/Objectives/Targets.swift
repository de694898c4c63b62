import SobreJSON

/// The objectives set for a site (SPEC §9): levels to reach by a year, overall and per theme,
/// and changes of indicators in percent.
public struct Targets: Sendable, Equatable {
    /// A level id to reach for one theme.
    public struct ThemeTarget: Sendable, Equatable {
        public var id: String
        public var level: Int

        /// Creates a theme target.
        public init(id: String, level: Int) {
            self.id = id
            self.level = level
        }
    }

    /// A change in percent of one indicator (−20: a fifth less).
    public struct IndicatorTarget: Sendable, Equatable {
        public var id: String
        public var percent: Double

        /// Creates an indicator target.
        public init(id: String, percent: Double) {
            self.id = id
            self.percent = percent
        }
    }

    /// The year by which the objectives should be reached.
    public var by: Int
    /// The overall level id to reach.
    public var overall: Int?
    /// Theme targets, in the order they were written.
    public var themes: [ThemeTarget]
    /// Indicator targets, in the order they were written.
    public var indicators: [IndicatorTarget]
    /// Keys of `targets` this version does not know, kept for rewriting.
    public var extra: JSONObject

    /// Creates targets.
    public init(by: Int, overall: Int? = nil, themes: [ThemeTarget] = [], indicators: [IndicatorTarget] = [],
                extra: JSONObject = JSONObject()) {
        self.by = by
        self.overall = overall
        self.themes = themes
        self.indicators = indicators
        self.extra = extra
    }

    /// Whether no level or indicator is aimed at (only a year).
    public var isEmpty: Bool { overall == nil && themes.isEmpty && indicators.isEmpty }

    /// The level id aimed at for a theme.
    public func level(forTheme id: String) -> Int? { themes.first { $0.id == id }?.level }
}
