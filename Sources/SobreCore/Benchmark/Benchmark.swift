/// An anonymised network benchmark (SPEC §11): quantiles of the latest complete assessment of
/// each site, for the whole network and per category, with nothing that names a site.
public struct Benchmark: Sendable, Equatable {
    /// The figures of one category of establishment (`site.category`).
    public struct Category: Sendable, Equatable {
        public let name: String
        /// Its number of sites.
        public let n: Int
        public let figures: BenchmarkFigures

        /// Creates a category's figures.
        public init(name: String, n: Int, figures: BenchmarkFigures) {
            self.name = name
            self.n = n
            self.figures = figures
        }
    }

    /// The questionnaire id the scores come from.
    public let questionnaireID: String
    /// The versions of that questionnaire used, sorted.
    public let versions: [String]
    /// The smallest number of values behind any published figure.
    public let minSites: Int
    /// How many sites, and the months (`YYYY-MM`) of the earliest and latest dates used.
    public let sites: Int
    public let from: String
    public let to: String
    /// The figures of the whole network.
    public let figures: BenchmarkFigures
    /// Categories with at least `minSites` sites, sorted by name (Unicode scalars).
    public let categories: [Category]

    /// The default and smallest `--min-sites`.
    public static let defaultMinSites = 5
    public static let smallestMinSites = 3

    /// Creates a benchmark from its parts.
    public init(questionnaireID: String, versions: [String], minSites: Int, sites: Int, from: String, to: String,
                figures: BenchmarkFigures, categories: [Category]) {
        self.questionnaireID = questionnaireID
        self.versions = versions
        self.minSites = minSites
        self.sites = sites
        self.from = from
        self.to = to
        self.figures = figures
        self.categories = categories
    }

    /// The category with exactly this name (compared by Unicode scalars), nil when left out.
    public func category(_ name: String) -> Category? {
        categories.first { $0.name.unicodeScalars.elementsEqual(name.unicodeScalars) }
    }
}
