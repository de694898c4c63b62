import SobreCore

/// The small inline SVG charts of the comparison page: no script, no external resource, text
/// escaped, titled for screen readers.
enum CompareChart {
    /// A sparkline of a site's overall score over its assessments (0–100, oldest left), with
    /// faint lines at the level thresholds, the last point coloured by its level, and the years
    /// of the first and last points under them (a printed page has no tooltip).
    static func sparkline(_ record: SiteRecord, layout: CompareLayout) -> String {
        let width = 96.0, height = 26.0, pad = 3.0, years = 12.0
        let points = record.history.compactMap { a in a.overallScore.map { (a, $0) } }
        let summary = record.history.map { "\($0.date.prefix(4)) : \(AnswerText.score($0.overallScore, levels: layout.levels))" }.joined(separator: ", ")
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"spark\" viewBox=\"0 0 \(f(width)) \(f(height + years))\" width=\"\(f(width))\" height=\"\(f(height + years))\" role=\"img\" aria-label=\"\(SVGChart.escape(summary))\">"
        s += "<title>\(SVGChart.escape(summary))</title>"
        func y(_ score: Double) -> Double { height - pad - (height - 2 * pad) * score / 100 }
        for level in layout.levels where level.min > 0 {
            s += "<line x1=\"0\" y1=\"\(f(y(level.min)))\" x2=\"\(f(width))\" y2=\"\(f(y(level.min)))\" stroke=\"#e5e7eb\" stroke-width=\"1\"/>"
        }
        let step = points.count > 1 ? (width - 2 * pad) / Double(points.count - 1) : 0
        let xy = points.enumerated().map { (k, p) in (points.count > 1 ? pad + step * Double(k) : width / 2, y(p.1)) }
        if xy.count > 1 {
            s += "<polyline points=\"\(xy.map { "\(f($0.0)),\(f($0.1))" }.joined(separator: " "))\" fill=\"none\" stroke=\"#374151\" stroke-width=\"1.5\"/>"
        }
        for (k, point) in xy.enumerated() {
            let last = k == xy.count - 1
            let fill = last ? layout.colour(points[k].0.overallLevel) : "#374151"
            s += "<circle cx=\"\(f(point.0))\" cy=\"\(f(point.1))\" r=\"\(last ? "3" : "1.8")\" fill=\"\(fill)\"\(last ? " stroke=\"#374151\" stroke-width=\"0.75\"" : "")/>"
        }
        // The first year at the left end, the last at the right (one year alone in the middle).
        let labels: [(x: Double, anchor: String, date: String)] = points.count > 1
            ? [(0, "start", points[0].0.date), (width, "end", points[points.count - 1].0.date)]
            : zip(xy, points).map { ($0.0, "middle", $1.0.date) }
        for label in labels {
            s += "<text x=\"\(f(label.x))\" y=\"\(f(height + years - 2))\" font-size=\"11\" text-anchor=\"\(label.anchor)\" fill=\"#4b5563\">\(SVGChart.escape(String(label.date.prefix(4))))</text>"
        }
        s += "</svg>"
        return s
    }

    /// Horizontal bars: how many sites reached each overall level.
    static func distribution(_ layout: CompareLayout) -> String {
        let overall = layout.comparison.summary.overall
        let levels = layout.levels
        // About 430 units wide with labels of `SVGChart.labelSize`: still 11 px on a phone.
        let size = SVGChart.labelSize, labelWidth = 100.0, barWidth = 240.0, rowHeight = 24.0
        let height = rowHeight * Double(levels.count) + 6
        let width = labelWidth + barWidth + 90
        let top = max(levels.map { overall.sites(atLevel: $0.id) }.max() ?? 0, 1)
        let summary = levels.map { "\($0.name) \(overall.sites(atLevel: $0.id))" }.joined(separator: ", ")
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(f(width)) \(f(height))\" width=\"\(f(width))\" height=\"\(f(height))\" role=\"img\" aria-labelledby=\"dist-title dist-desc\">"
        s += "<title id=\"dist-title\">\(SVGChart.escape(layout.words.distribution))</title>"
        s += "<desc id=\"dist-desc\">\(SVGChart.escape(summary))</desc>"
        for (i, level) in levels.enumerated() {
            let n = overall.sites(atLevel: level.id)
            let y = rowHeight * Double(i) + 3
            s += "<text x=\"\(f(labelWidth - 6))\" y=\"\(f(y + 14))\" font-size=\"\(f(size))\" text-anchor=\"end\" fill=\"#111827\">\(SVGChart.escape(level.name))</text>"
            s += "<rect x=\"\(f(labelWidth))\" y=\"\(f(y + 3))\" width=\"\(f(barWidth))\" height=\"14\" fill=\"#f3f4f6\"/>"
            if n > 0 {
                s += "<rect x=\"\(f(labelWidth))\" y=\"\(f(y + 3))\" width=\"\(f(barWidth * Double(n) / Double(top)))\" height=\"14\" fill=\"\(layout.colour(level))\" stroke=\"#374151\" stroke-width=\"0.75\"/>"
            }
            s += "<text x=\"\(f(labelWidth + barWidth + 6))\" y=\"\(f(y + 14))\" font-size=\"\(f(size))\" fill=\"#111827\">\(SVGChart.escape(layout.words.sites(n)))</text>"
        }
        s += "</svg>"
        return s
    }

    private static func f(_ x: Double) -> String { SVGChart.f(x) }
}
