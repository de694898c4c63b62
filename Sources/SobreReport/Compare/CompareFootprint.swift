import SobreCore

/// The association's estimated footprint in words (SPEC §8), for the text, Markdown and HTML
/// comparisons: the headline indicators of each site's latest assessment, the association's
/// total, mean and median, and what each shared project would save across its sites. Values are
/// rounded and written as in the site reports (`EstimateText`).
struct CompareFootprint {
    /// One headline indicator, a column.
    struct Column {
        let id: String
        let label: String
        let short: String
        let unit: String
    }

    /// A site's or the association's line.
    struct Line: Sendable {
        let label: String
        /// One per column, "—" when not estimated.
        let cells: [String]

        /// The line as an HTML table row, its label the row's head.
        func htmlRow(strong: Bool, rowClass: String? = nil) -> String {
            "<tr\(rowClass.map { " class=\"\($0)\"" } ?? "")><th scope=\"row\">\(SVGChart.escape(label))</th>\(htmlCells(strong: strong))</tr>\n"
        }

        /// The cells as HTML, each escaped in its `<td>`: for 10,000 sites, a template loop per
        /// cell cost more than the rest of the comparison's rendering.
        func htmlCells(strong: Bool) -> String {
            cells.map { strong ? "<td class=\"num\"><strong>\(SVGChart.escape($0))</strong></td>" : "<td class=\"num\">\(SVGChart.escape($0))</td>" }
                .joined()
        }
    }

    let columns: [Column]
    /// The sites, in the comparison's ranking.
    let sites: [Line]
    /// Total, mean, median.
    let association: [Line]

    /// The sites' rows as HTML, written on every core: one template value for the whole table
    /// body, as 10,000 rows rendered one by one by the template weighed on one core.
    var siteRowsHTML: String {
        ParallelMap.map(Array(stride(from: 0, to: sites.count, by: 256))) { [sites] start in
            sites[start..<min(start + 256, sites.count)].map { $0.htmlRow(strong: false) }.joined()
        }.joined()
    }
    /// "8 sites estimés sur 12".
    let coverage: String
    /// Indicator units by id, for the shared projects' savings.
    let units: [String: String]
    let language: Language

    /// Nil when no headline indicator is declared (no section).
    init?(_ layout: CompareLayout) {
        let comparison = layout.comparison
        let statistics = comparison.summary.indicators.filter(\.headline)
        guard !statistics.isEmpty else { return nil }
        let language = layout.language
        self.language = language
        // The questionnaire's own short names first; the others abbreviated from their labels.
        let abbreviated = CompareLayout.abbreviate(statistics.map(\.label))
        let shorts = zip(statistics, abbreviated).map { $0.short ?? $1 }
        columns = zip(statistics, shorts).map { Column(id: $0.id, label: $0.label, short: $1, unit: $0.unit) }
        units = Dictionary(comparison.summary.indicators.map { ($0.id, $0.unit) }) { first, _ in first }
        @Sendable func text(_ x: Double?, _ unit: String) -> String {
            x.map { EstimateText.estimate($0, unit: unit, language: language) } ?? "—"
        }
        // On every core: a figure written per site and headline indicator.
        sites = ParallelMap.map(layout.ranking) { record in
            Line(label: record.name, cells: statistics.map { text(record.latest.indicatorValue($0.id), $0.unit) })
        }
        let w = FootprintWords(language: language)
        association = [
            // A ratio ("kWh/an par utilisateur") does not add up: its total is not shown.
            Line(label: w.associationTotal, cells: statistics.map {
                text($0.statistics == nil || Self.isRatio($0.unit) ? nil : $0.total, $0.unit)
            }),
            Line(label: layout.words.mean, cells: statistics.map { text($0.statistics?.mean, $0.unit) }),
            Line(label: layout.words.median, cells: statistics.map { text($0.statistics?.median, $0.unit) }),
        ]
        let estimated = comparison.sites.filter { record in statistics.contains { record.latest.indicatorValue($0.id) != nil } }.count
        coverage = w.coverage(estimated, of: comparison.sites.count)
    }

    /// Whether a unit is per something ("kWh/an par utilisateur", "kWh/yr per user"): summing
    /// such values over sites means nothing.
    static func isRatio(_ unit: String) -> Bool {
        unit.contains(" par ") || unit.contains(" per ")
    }

    /// What a shared project would save over its sites: "12 sites : environ 48 000 kWh/an, …";
    /// nil when none of its sites has an estimate.
    func savings(_ action: CommonAction, words: CompareWords) -> String? {
        FootprintView.savings(action.saves, units: units, language: language).map { words.sites(action.sites.count) + " : " + $0 }
    }
}
