import SobreCore

/// An inline SVG strip of one score against a benchmark: the network's p10–p90 range (light),
/// its quartiles (dark), the median (a line) and the site's mark (a dark diamond above the bands,
/// pointing at its score). Shapes and greys
/// only, so it reads in greyscale; drawn 430 units wide, it scales down to a phone.
enum BenchmarkStrip {
    static let width = SVGChart.chartWidth
    static let height = 56.0
    static let margin = 12.0
    /// The bands' top edge and height, and the axis through their middle.
    static let bandTop = 20.0
    static let bandHeight = 14.0
    static let axis = bandTop + bandHeight / 2
    /// The narrowest each band is drawn, centred on its quantiles: with p25 = p75 (sites all alike)
    /// the dark band the legend promises would otherwise be a hairline under the median's line.
    static let lightLeast = 16.0
    static let darkLeast = 10.0

    /// A band from `start` to `end`, at least `least` wide around their middle.
    static func band(_ start: Double, _ end: Double, least: Double) -> (x: Double, width: Double) {
        let width = max(least, end - start)
        return ((start + end) / 2 - width / 2, width)
    }

    /// The strip of `mark`, titled `title` for screen readers.
    static func svg(_ mark: BenchmarkStanding.Mark, title: String, id: String, words: BenchmarkWords, levels: [Level]) -> String {
        func x(_ score: Double) -> Double { margin + min(100, max(0, score)) / 100 * (width - 2 * margin) }
        let d = mark.figures
        let f = SVGChart.f
        let titleID = "strip-\(id)"
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"strip\" viewBox=\"0 0 \(f(width)) \(f(height))\" width=\"\(f(width))\" height=\"\(f(height))\" role=\"img\" aria-labelledby=\"\(titleID)\">"
        let description = "\(title)" + Words(language: words.language).colon + "\(words.score.lowercased()) \(AnswerText.score(mark.score, levels: levels)), \(words.median) \(AnswerText.score(d.p50, levels: [])), \(words.band(mark))"
        s += "<title id=\"\(titleID)\">\(SVGChart.escape(description))</title>"
        // The site's diamond sits above the bands and points down at its score, so it never
        // hides the median line or a band's edge when the score equals a quantile.
        s += "<line x1=\"\(f(x(0)))\" y1=\"\(f(axis))\" x2=\"\(f(x(100)))\" y2=\"\(f(axis))\" stroke=\"#9ca3af\" stroke-width=\"1\"/>"
        for tick in [0.0, 50, 100] {
            s += "<line x1=\"\(f(x(tick)))\" y1=\"\(f(axis - 4))\" x2=\"\(f(x(tick)))\" y2=\"\(f(axis + 4))\" stroke=\"#9ca3af\" stroke-width=\"1\"/>"
            s += "<text x=\"\(f(x(tick)))\" y=\"\(f(height - 4))\" text-anchor=\"middle\" font-size=\"\(f(SVGChart.labelSize))\" fill=\"#4b5563\">\(Int(tick))</text>"
        }
        let light = band(x(d.p10), x(d.p90), least: lightLeast)
        var dark = band(x(d.p25), x(d.p75), least: darkLeast)
        // Widened, the dark band stays within the light one: it says nothing below p10 or above p90.
        dark.x = min(max(dark.x, light.x), light.x + light.width - dark.width)
        s += "<rect x=\"\(f(light.x))\" y=\"\(f(bandTop))\" width=\"\(f(light.width))\" height=\"\(f(bandHeight))\" fill=\"#d1d5db\"/>"
        s += "<rect x=\"\(f(dark.x))\" y=\"\(f(bandTop))\" width=\"\(f(dark.width))\" height=\"\(f(bandHeight))\" fill=\"#6b7280\"/>"
        s += "<line x1=\"\(f(x(d.p50)))\" y1=\"\(f(bandTop - 2))\" x2=\"\(f(x(d.p50)))\" y2=\"\(f(bandTop + bandHeight + 2))\" stroke=\"#111827\" stroke-width=\"3\"/>"
        if let score = mark.score {
            let cx = x(score)
            // Filled dark, the strongest mark of the strip, and 16 units wide; its tip clears the
            // median line (from bandTop - 2) by more than its thin stroke reaches.
            let tip = bandTop - 4
            s += "<polygon points=\"\(f(cx)),\(f(tip - 15)) \(f(cx + 8)),\(f(tip - 7.5)) \(f(cx)),\(f(tip)) \(f(cx - 8)),\(f(tip - 7.5))\" fill=\"#111827\" stroke=\"#111827\" stroke-width=\"1\"/>"
        }
        s += "</svg>"
        return s
    }
}
