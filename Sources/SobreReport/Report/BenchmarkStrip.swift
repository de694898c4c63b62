import SobreCore

/// An inline SVG strip of one score against a benchmark: the network's p10–p90 range (light),
/// its quartiles (dark), the median (a line) and the site's mark (a diamond). Shapes and greys
/// only, so it reads in greyscale; drawn 430 units wide, it scales down to a phone.
enum BenchmarkStrip {
    static let width = SVGChart.chartWidth
    static let height = 48.0
    static let margin = 12.0

    /// The strip of `mark`, titled `title` for screen readers.
    static func svg(_ mark: BenchmarkStanding.Mark, title: String, id: String, words: BenchmarkWords, levels: [Level]) -> String {
        func x(_ score: Double) -> Double { margin + min(100, max(0, score)) / 100 * (width - 2 * margin) }
        let d = mark.figures
        let f = SVGChart.f
        let titleID = "strip-\(id)"
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"strip\" viewBox=\"0 0 \(f(width)) \(f(height))\" width=\"\(f(width))\" height=\"\(f(height))\" role=\"img\" aria-labelledby=\"\(titleID)\">"
        let description = "\(title)" + Words(language: words.language).colon + "\(words.score.lowercased()) \(AnswerText.score(mark.score, levels: levels)), \(words.median) \(AnswerText.score(d.p50, levels: [])), \(words.band(mark))"
        s += "<title id=\"\(titleID)\">\(SVGChart.escape(description))</title>"
        s += "<line x1=\"\(f(x(0)))\" y1=\"18\" x2=\"\(f(x(100)))\" y2=\"18\" stroke=\"#9ca3af\" stroke-width=\"1\"/>"
        for tick in [0.0, 50, 100] {
            s += "<line x1=\"\(f(x(tick)))\" y1=\"14\" x2=\"\(f(x(tick)))\" y2=\"22\" stroke=\"#9ca3af\" stroke-width=\"1\"/>"
            s += "<text x=\"\(f(x(tick)))\" y=\"44\" text-anchor=\"middle\" font-size=\"\(f(SVGChart.labelSize))\" fill=\"#4b5563\">\(Int(tick))</text>"
        }
        s += "<rect x=\"\(f(x(d.p10)))\" y=\"11\" width=\"\(f(max(1, x(d.p90) - x(d.p10))))\" height=\"14\" fill=\"#d1d5db\"/>"
        s += "<rect x=\"\(f(x(d.p25)))\" y=\"11\" width=\"\(f(max(1, x(d.p75) - x(d.p25))))\" height=\"14\" fill=\"#6b7280\"/>"
        s += "<line x1=\"\(f(x(d.p50)))\" y1=\"6\" x2=\"\(f(x(d.p50)))\" y2=\"30\" stroke=\"#111827\" stroke-width=\"3\"/>"
        if let score = mark.score {
            let cx = x(score)
            s += "<polygon points=\"\(f(cx)),8 \(f(cx + 8)),18 \(f(cx)),28 \(f(cx - 8)),18\" fill=\"#ffffff\" stroke=\"#111827\" stroke-width=\"2.5\"/>"
        }
        s += "</svg>"
        return s
    }
}
