import Foundation
import SobreCore

/// Inline SVG charts: no script, no external resource, text escaped, titled for screen readers.
public enum SVGChart {
    /// The background colour of a level (see `LevelPalette`).
    static func colour(for level: Level?, in questionnaire: Questionnaire) -> String {
        LevelPalette.swatch(for: level, in: questionnaire).background
    }

    /// Font size of chart labels, in viewBox units. The charts are drawn about 430 units wide and
    /// scale down with the page (`max-width: 100%`): at 430 units on a 420 px phone (about 400 px
    /// of column) a label is still 11.6 px, and on A4 with two charts side by side about 7.5 pt.
    static let labelSize = 12.5
    /// Width of the report's charts, in viewBox units (see `labelSize`).
    static let chartWidth = 430.0

    /// A radar of theme scores (0–100) with a ring at each level threshold; labels wrapped to the
    /// room left beside the radar, so that the chart stays narrow enough to be read on a phone.
    public static func radar(_ model: ReportModel) -> String {
        let w = Words(language: model.language)
        let themes = model.themes.filter { !$0.informational }
        let width = chartWidth, cx = width / 2, r = 95.0, lineHeight = labelSize * 1.15
        let n = max(themes.count, 3)
        func offset(_ i: Int, _ value: Double) -> (Double, Double) {
            let angle = -Double.pi / 2 + 2 * Double.pi * Double(i) / Double(n)
            return (r * value / 100 * cos(angle), r * value / 100 * sin(angle))
        }
        // Labels first (relative to the centre): their lines set the height of the chart.
        struct Label { let x: Double; let anchor: String; let lines: [(String, Double)] }
        var labels: [Label] = []
        var minY = -r, maxY = r
        for (i, t) in themes.enumerated() {
            let (dx, dy) = offset(i, 112)
            let anchor = abs(dx) < 8 ? "middle" : (dx < 0 ? "end" : "start")
            // A label straight above or below is wrapped to the gap between its neighbours' labels,
            // which start at their own x and grow outwards: wider, it runs into them (8 themes).
            let gap = 2 * (112 * sin(2 * Double.pi / Double(n)) - 14)
            let room = anchor == "middle" ? min(width - 8, gap) : cx - abs(dx) - 4
            let value = "(\(t.score == nil ? w.notAssessed : AnswerText.score(t.score, levels: model.questionnaire.levels)))"
            let lines = wrap("\(t.theme.title) \(value)", characters: max(8, Int(room / (labelSize * 0.6))))
            let count = Double(lines.count)
            let first: Double
            if dy < -r * 0.35 { first = dy - (count - 1) * lineHeight }          // above: grow upwards
            else if dy > r * 0.35 { first = dy + labelSize * 0.8 }               // below: grow downwards
            else { first = dy + labelSize * 0.35 - (count - 1) * lineHeight / 2 } // beside: centred
            let placed = lines.enumerated().map { ($0.element, first + Double($0.offset) * lineHeight) }
            minY = min(minY, first - labelSize)
            maxY = max(maxY, first + (count - 1) * lineHeight + labelSize * 0.3)
            labels.append(Label(x: cx + dx, anchor: anchor, lines: placed))
        }
        // The objectives' outline and last year's, each with a legend row under the chart.
        var outlines: [(values: [Double], dash: String, colour: String, name: String)] = []
        if let values = RadarOutlines.previous(model, themes: themes) {
            outlines.append((values, "2 3", "#6b7280", model.language.pick(fr: "Évaluation précédente", en: "Previous assessment")))
        }
        if let values = RadarOutlines.target(model, themes: themes) {
            outlines.append((values, "6 4", "#111827", model.language.pick(fr: "Objectifs", en: "Objectives")))
        }
        let legendTop = maxY - minY + 8
        let cy = -minY + 4, height = (legendTop + Double(outlines.count) * lineHeight * 1.3).rounded(.up)
        func point(_ i: Int, _ value: Double) -> (Double, Double) {
            let (dx, dy) = offset(i, value)
            return (cx + dx, cy + dy)
        }
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"radar\" viewBox=\"0 0 \(f(width)) \(f(height))\" width=\"\(f(width))\" height=\"\(f(height))\" role=\"img\" aria-labelledby=\"radar-title radar-desc\">"
        s += "<title id=\"radar-title\">\(escape(model.language.pick(fr: "Scores par thème", en: "Scores by theme")))</title>"
        let summary = themes.map { "\($0.theme.title) \(AnswerText.score($0.score, levels: model.questionnaire.levels))" }.joined(separator: ", ")
        s += "<desc id=\"radar-desc\">\(escape(summary))</desc>"
        for level in model.questionnaire.levels where level.min > 0 {
            let ring = (0..<n).map { point($0, level.min) }.map { "\(f($0.0)),\(f($0.1))" }.joined(separator: " ")
            s += "<polygon points=\"\(ring)\" fill=\"none\" stroke=\"#c7c7c7\" stroke-width=\"1\"/>"
        }
        let outer = (0..<n).map { point($0, 100) }.map { "\(f($0.0)),\(f($0.1))" }.joined(separator: " ")
        s += "<polygon points=\"\(outer)\" fill=\"none\" stroke=\"#8a8a8a\" stroke-width=\"1\"/>"
        for i in 0..<n {
            let (x, y) = point(i, 100)
            s += "<line x1=\"\(f(cx))\" y1=\"\(f(cy))\" x2=\"\(f(x))\" y2=\"\(f(y))\" stroke=\"#d4d4d4\"/>"
        }
        let shape = themes.enumerated().map { point($0.offset, $0.element.score ?? 0) }.map { "\(f($0.0)),\(f($0.1))" }.joined(separator: " ")
        if !themes.isEmpty {
            s += "<polygon points=\"\(shape)\" fill=\"#2a8045\" fill-opacity=\"0.25\" stroke=\"#08452f\" stroke-width=\"2\"/>"
        }
        for (k, outline) in outlines.enumerated() where !themes.isEmpty {
            let points = outline.values.enumerated().map { point($0.offset, $0.element) }.map { "\(f($0.0)),\(f($0.1))" }.joined(separator: " ")
            let style = "fill=\"none\" stroke=\"\(outline.colour)\" stroke-width=\"2\" stroke-dasharray=\"\(outline.dash)\""
            s += "<polygon class=\"outline\" points=\"\(points)\" \(style)/>"
            let y = legendTop + Double(k) * lineHeight * 1.3 + labelSize * 0.6
            s += "<line x1=\"4\" y1=\"\(f(y - labelSize * 0.35))\" x2=\"28\" y2=\"\(f(y - labelSize * 0.35))\" \(style)/>"
            s += "<text x=\"34\" y=\"\(f(y))\" font-size=\"\(f(labelSize))\" fill=\"#1f2937\">\(escape(outline.name))</text>"
        }
        // Each ring named by its level, on the first axis (straight up), just above the ring: over
        // the shapes, on a white halo, so that an outline crossing it does not hide it. As large as
        // the other labels: at 420 px wide they must stay at least 11 px.
        for level in model.questionnaire.levels where level.min > 0 {
            let (x, y) = point(0, level.min)
            s += "<text x=\"\(f(x + 3))\" y=\"\(f(y - 2))\" font-size=\"\(f(labelSize))\" fill=\"#4b5563\" stroke=\"#fff\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\">\(escape(level.name))</text>"
        }
        for label in labels {
            s += "<text font-size=\"\(f(labelSize))\" text-anchor=\"\(label.anchor)\" fill=\"#1f2937\">"
            for (line, y) in label.lines {
                s += "<tspan x=\"\(f(label.x))\" y=\"\(f(cy + y))\">\(escape(line))</tspan>"
            }
            s += "</text>"
        }
        s += "</svg>"
        return s
    }

    /// Words of `text` in lines of at most `characters` (a longer word stands alone).
    static func wrap(_ text: String, characters: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if line.isEmpty { line = String(word) }
            else if line.count + 1 + word.count <= characters { line += " " + word }
            else { lines.append(line); line = String(word) }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// Horizontal bars of theme scores, each under its title, with dashed lines at the level
    /// thresholds; titles above the bars keep the chart narrow (see `labelSize`).
    public static func bars(_ model: ReportModel) -> String {
        let themes = model.themes.filter { !$0.informational }
        let width = chartWidth, rowHeight = 36.0, top = 22.0, barHeight = 12.0
        let height = top + rowHeight * Double(themes.count) + 4
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bars\" viewBox=\"0 0 \(f(width)) \(f(height))\" width=\"\(f(width))\" height=\"\(f(height))\" role=\"img\" aria-labelledby=\"bars-title bars-desc\">"
        s += "<title id=\"bars-title\">\(escape(model.language.pick(fr: "Score et niveau de chaque thème", en: "Score and level of each theme")))</title>"
        let thresholds = model.questionnaire.levels.map { "\($0.name) ≥ \(AnswerText.number($0.min, language: model.language))" }.joined(separator: ", ")
        s += "<desc id=\"bars-desc\">\(escape(model.language.pick(fr: "Seuils des niveaux : ", en: "Level thresholds: ") + thresholds))</desc>"
        for (i, t) in themes.enumerated() {
            let y = top + rowHeight * Double(i)
            s += "<text x=\"0\" y=\"\(f(y + labelSize))\" font-size=\"\(f(labelSize))\" fill=\"#111827\">\(escape(t.theme.title))</text>"
            let value = t.score == nil ? Words(language: model.language).notAssessed : AnswerText.score(t.score, levels: model.questionnaire.levels)
            s += "<text x=\"\(f(width))\" y=\"\(f(y + labelSize))\" font-size=\"\(f(labelSize))\" font-weight=\"700\" text-anchor=\"end\" fill=\"#111827\">\(escape(value))</text>"
            s += "<rect x=\"0\" y=\"\(f(y + 17))\" width=\"\(f(width))\" height=\"\(f(barHeight))\" fill=\"#f3f4f6\"/>"
            if let score = t.score {
                s += "<rect x=\"0\" y=\"\(f(y + 17))\" width=\"\(f(width * score / 100))\" height=\"\(f(barHeight))\" fill=\"\(colour(for: t.level, in: model.questionnaire))\" stroke=\"#374151\" stroke-width=\"0.75\"/>"
            }
            for level in model.questionnaire.levels where level.min > 0 {
                let x = width * level.min / 100
                s += "<line x1=\"\(f(x))\" y1=\"\(f(y + 15))\" x2=\"\(f(x))\" y2=\"\(f(y + 31))\" stroke=\"#4b5563\" stroke-dasharray=\"2 2\"/>"
            }
        }
        for level in model.questionnaire.levels where level.min > 0 {
            let x = width * level.min / 100
            let fits = x + 2 + Double(level.name.count) * labelSize * 0.6 <= width
            s += "<text x=\"\(f(fits ? x + 2 : x - 2))\" y=\"\(f(top - 7))\" font-size=\"\(f(labelSize))\"\(fits ? "" : " text-anchor=\"end\"") fill=\"#374151\">\(escape(level.name))</text>"
        }
        s += "</svg>"
        return s
    }

    /// Escapes text for SVG/HTML content and attributes.
    public static func escape(_ s: String) -> String {
        // Most texts have none of the five characters: no Character can then be one of them.
        if !s.utf8.contains(where: { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0x22 || $0 == 0x27 }) { return s }
        var out = ""
        out.reserveCapacity(s.count)
        for ch in s {
            switch ch {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }

    /// Coordinates with one decimal, enough on screen and stable in golden files.
    static func f(_ x: Double) -> String {
        let r = (x * 10).rounded() / 10
        return r.rounded() == r ? String(Int(r)) : String(r)
    }
}
