/// Where one assessment stands in a benchmark (SPEC §11): against the figures of its category
/// when the benchmark has it, else of the whole network, chosen once for the whole report.
public struct BenchmarkStanding: Sendable, Equatable {
    /// A score against its scope's figures.
    public struct Mark: Sendable, Equatable {
        /// The site's score, nil when not assessed.
        public let score: Double?
        public let figures: Distribution
        /// Nil when the site's score is nil.
        public let band: BenchmarkBand?
    }

    /// A theme's mark, with the theme's id and title.
    public struct ThemeMark: Sendable, Equatable {
        public let id: String
        public let title: String
        public let mark: Mark
    }

    /// The category compared with, nil for the whole network.
    public let category: String?
    /// The scope's number of sites.
    public let n: Int
    public let minSites: Int
    /// The months of the earliest and latest assessments the benchmark was made from (`YYYY-MM`).
    public let from: String
    public let to: String
    public let overall: Mark
    /// The site's themes that have figures in the scope, in the site's order.
    public let themes: [ThemeMark]

    /// The standing of scores (`themes` in the site's questionnaire order) of a site of `category`.
    public init(benchmark: Benchmark, category: String?, overall: Double?, themes: [(id: String, title: String, score: Double?)]) {
        let chosen = category.flatMap(benchmark.category)
        self.category = chosen?.name
        n = chosen?.n ?? benchmark.sites
        minSites = benchmark.minSites
        from = benchmark.from
        to = benchmark.to
        let figures = chosen?.figures ?? benchmark.figures
        func mark(_ score: Double?, _ d: Distribution) -> Mark {
            Mark(score: score, figures: d, band: score.map { BenchmarkBand(score: $0, among: d) })
        }
        self.overall = mark(overall, figures.overall.distribution)
        self.themes = themes.compactMap { t in
            figures.theme(t.id).map { ThemeMark(id: t.id, title: t.title, mark: mark(t.score, $0.distribution)) }
        }
    }
}
