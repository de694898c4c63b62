/// How the sites stand overall, over each site's latest assessment with an overall score.
public struct OverallStatistics: Sendable {
    /// How many sites reached one overall level.
    public struct LevelCount: Sendable, Equatable {
        /// The level id (levels are compared by id across questionnaire versions).
        public let id: Int
        public let sites: Int

        /// Creates a count.
        public init(id: Int, sites: Int) {
            self.id = id
            self.sites = sites
        }
    }

    /// Nil when no site has an overall score.
    public let statistics: ScoreStatistics?
    /// Sites per overall level id, ascending by id, levels reached only.
    public let levels: [LevelCount]

    /// The statistics over the latest assessment of `sites`.
    public init(sites: [SiteRecord]) {
        statistics = ScoreStatistics(sites.compactMap(\.latest.overallScore))
        var counts: [Int: Int] = [:]
        for record in sites {
            if let level = record.latest.overallLevel { counts[level.id, default: 0] += 1 }
        }
        levels = counts.keys.sorted().map { LevelCount(id: $0, sites: counts[$0] ?? 0) }
    }

    /// How many sites reached the level with this id.
    public func sites(atLevel id: Int) -> Int {
        levels.first { $0.id == id }?.sites ?? 0
    }
}
