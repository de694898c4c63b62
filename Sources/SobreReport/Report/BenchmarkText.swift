import SobreCore

/// The lines of a text report that place the site in a network benchmark.
enum BenchmarkText {
    /// A heading, then the overall score and each theme with the scope's median and the band;
    /// nothing without a benchmark.
    static func lines(_ model: ReportModel, bold: (String) -> String) -> [String] {
        guard let standing = model.benchmark else { return [] }
        let w = BenchmarkWords(language: model.language)
        let levels = model.questionnaire.levels
        let rows = [(w.overall, standing.overall)] + standing.themes.map { (TerminalText.neutralised($0.title), $0.mark) }
        let width = rows.map(\.0.count).max() ?? 10
        var out = ["", bold(TerminalText.neutralised(w.heading(standing)))]
        for (title, mark) in rows {
            let padded = title + String(repeating: " ", count: max(0, width - title.count))
            let score = AnswerText.score(mark.score, levels: levels)
            let median = AnswerText.score(mark.figures.p50, levels: [])
            out.append("  \(padded)  \(pad(score, 3))  \(w.median) \(pad(median, 3))  \(w.band(mark))")
        }
        // The months come from the benchmark file: neutralised, as every text from a file.
        out.append("  " + TerminalText.neutralised(w.legend(standing)))
        return out
    }

    private static func pad(_ s: String, _ n: Int) -> String {
        String(repeating: " ", count: max(0, n - s.count)) + s
    }
}
