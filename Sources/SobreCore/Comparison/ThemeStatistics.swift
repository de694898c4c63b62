/// How the sites stand on one theme, over each site's latest assessment where the theme is assessed.
public struct ThemeStatistics: Sendable {
    public let theme: ComparedTheme
    /// Nil when no site has the theme assessed.
    public let statistics: ScoreStatistics?
    /// Ids of the sites with the highest score, sorted.
    public let bestSites: [String]
    /// The level of the best score (in the best site's questionnaire).
    public let bestLevel: Level?
    /// Ids of the sites at the lowest level reached on this theme, when that level is below the
    /// best site's: the ones a best site can help. Lowest score first, then by id.
    public let sitesToSupport: [String]

    /// The statistics of `theme` over the latest assessment of `sites`.
    public init(theme: ComparedTheme, sites: [SiteRecord]) {
        self.theme = theme
        var scored: [(id: String, score: Double, level: Level?)] = []
        // The theme's position looked up once per questionnaire met in a row (sites mostly share
        // one), its score and level read in place: a whole `ThemeScore` made for each site and
        // theme was most of the statistics' cost.
        var source: ObjectIdentifier?
        var position: Int?
        for record in sites {
            let latest = record.latest
            if latest.sourceIdentity != source {
                source = latest.sourceIdentity
                position = latest.themePosition(theme.id)
            }
            if let k = position, let score = latest.scoreOfTheme(at: k) {
                scored.append((record.id, score, latest.levelOfTheme(at: k)))
            }
        }
        let stats = ScoreStatistics(scored.map(\.score))
        statistics = stats
        guard let stats else {
            bestSites = []
            bestLevel = nil
            sitesToSupport = []
            return
        }
        let best = scored.filter { $0.score == stats.max }
        bestSites = best.map(\.id).sorted()
        bestLevel = best.compactMap(\.level).max { $0.id < $1.id }
        if let top = bestLevel?.id, let bottom = scored.compactMap(\.level?.id).min(), bottom < top {
            sitesToSupport = scored.filter { $0.level?.id == bottom }
                .sorted { $0.score != $1.score ? $0.score < $1.score : $0.id < $1.id }
                .map(\.id)
        } else {
            sitesToSupport = []
        }
    }
}
