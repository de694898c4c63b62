import SobreCore

/// What the HTML and Markdown templates see of a site's standing in a benchmark (`benchmark`).
enum BenchmarkContext {
    /// Nil without a benchmark; the strips only for HTML.
    static func value(_ model: ReportModel, format: TemplateReport.Format) -> [String: Any]? {
        guard let standing = model.benchmark else { return nil }
        let w = BenchmarkWords(language: model.language)
        let levels = model.questionnaire.levels
        let rows: [(title: String, mark: BenchmarkStanding.Mark)] = [(w.overall, standing.overall)] + standing.themes.map { ($0.title, $0.mark) }
        return [
            "heading": w.heading(standing), "legend": w.legend(standing), "stripLegend": w.strip,
            "words": ["score": w.score, "median": w.medianTitle, "position": w.position],
            "rows": rows.enumerated().map { k, row -> [String: Any] in
                [
                    "title": row.title, "score": AnswerText.score(row.mark.score, levels: levels),
                    "median": AnswerText.score(row.mark.figures.p50, levels: []), "band": w.band(row.mark),
                    "overall": k == 0,
                    "strip": format == .html ? BenchmarkStrip.svg(row.mark, title: row.title, id: String(k), words: w, levels: levels) : "",
                ]
            },
        ]
    }
}
