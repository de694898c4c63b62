extension Benchmark {
    /// The benchmark of a comparison's sites (SPEC §11): over the latest complete assessment of
    /// each site, figures with fewer than `minSites` values left out.
    ///
    /// `indicators` names the indicators to publish, in order (by default the comparison's
    /// headline indicators: the per-device details are the method, not what a network compares);
    /// `values` gives an assessment's indicator values by id (nil or absent: not known for that
    /// site; by default its own estimates).
    public init(comparison: Comparison, minSites: Int = Benchmark.defaultMinSites, indicators: [BenchmarkIndicator]? = nil,
                values: ((ComparedAssessment) -> [String: Double?])? = nil) throws(BenchmarkProblem) {
        let indicators = indicators ?? comparison.summary.indicators.filter(\.headline)
            .map { BenchmarkIndicator(id: $0.id, label: $0.label, unit: $0.unit) }
        let values = values ?? { assessment in
            Dictionary(indicators.map { ($0.id, assessment.indicatorValue($0.id)) }, uniquingKeysWith: { a, _ in a })
        }
        guard minSites >= Benchmark.smallestMinSites else { throw .minSitesTooSmall(minSites) }
        // In progress assessments are left out: a site counts by its latest finished one.
        let used = comparison.sites.compactMap(\.latestComplete)
        let ids = Set(used.map(\.questionnaire.id))
        guard ids.count <= 1 else {
            throw .severalQuestionnaires(ids.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) })
        }
        let scored = used.filter { $0.overallScore != nil }
        guard scored.count >= minSites, let questionnaireID = ids.first else {
            throw .tooFewSites(found: scored.count, minSites: minSites)
        }
        let entries = used.map { Entry(assessment: $0, values: values($0)) }
        let levelIDs = Set(used.flatMap { $0.questionnaire.levels.map(\.id) }).sorted()
        let builder = FiguresBuilder(themes: comparison.scoredThemes, indicators: indicators, levelIDs: levelIDs, minSites: minSites)
        guard let figures = builder.figures(of: entries) else { throw .tooFewSites(found: scored.count, minSites: minSites) }

        let categories = SiteGrouping.category.members(entries) { $0.assessment.site }.named.compactMap { group -> Category? in
            guard group.items.count >= minSites, let figures = builder.figures(of: group.items) else { return nil }
            return Category(name: group.name, n: group.items.count, figures: figures)
        }
        let months = used.map { String($0.date.prefix(7)) }
        self.init(questionnaireID: questionnaireID, versions: Set(used.map(\.questionnaire.version)).sorted(),
                  minSites: minSites, sites: used.count, from: months.min() ?? "", to: months.max() ?? "",
                  figures: figures, categories: categories)
    }

    /// A site's assessment used and its indicator values.
    private struct Entry {
        let assessment: ComparedAssessment
        let values: [String: Double?]
    }

    /// Makes the figures of a set of sites, leaving out what has fewer than `minSites` values.
    private struct FiguresBuilder {
        let themes: [ComparedTheme]
        let indicators: [BenchmarkIndicator]
        let levelIDs: [Int]
        let minSites: Int

        /// Nil when fewer than `minSites` sites have an overall score.
        func figures(of entries: [Entry]) -> BenchmarkFigures? {
            guard let overall = distribution(entries.compactMap(\.assessment.overallScore)) else { return nil }
            var counts: [Int: Int] = [:]
            for entry in entries {
                if let level = entry.assessment.overallLevel { counts[level.id, default: 0] += 1 }
            }
            let themeFigures = themes.compactMap { theme in
                distribution(entries.compactMap { $0.assessment.theme(theme.id)?.score }).map {
                    BenchmarkFigures.ThemeFigures(id: theme.id, title: theme.title, distribution: $0)
                }
            }
            let indicatorFigures = indicators.compactMap { indicator in
                distribution(entries.compactMap { $0.values[indicator.id] ?? nil }).map {
                    BenchmarkFigures.IndicatorFigures(indicator: indicator, distribution: $0)
                }
            }
            return BenchmarkFigures(
                overall: .init(distribution: overall, levels: levelIDs.map { .init(id: $0, sites: counts[$0] ?? 0) }),
                themes: themeFigures, indicators: indicatorFigures)
        }

        private func distribution(_ values: [Double]) -> Distribution? {
            // Non-finite values cannot be published as JSON numbers; they are not values.
            let finite = values.filter(\.isFinite)
            return finite.count >= minSites ? Distribution(finite) : nil
        }
    }
}
