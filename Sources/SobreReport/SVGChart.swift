import Foundation
import SobreCore

/// Inline SVG charts: no script, no external resource, text escaped, titled for screen readers.
public enum SVGChart {
    /// Colours by level position, dark enough for white text and readable in grey print.
    static let palette = ["#9b1c1c", "#b45309", "#7c6f00", "#2f6f3e", "#1e5631"]

    static func colour(for level: Level?, in questionnaire: Questionnaire) -> String {
        guard let level, let i = questionnaire.levels.firstIndex(where: { $0.id == level.id }) else { return "#6b7280" }
        let n = questionnaire.levels.count
        let k = n <= 1 ? 0 : Int((Double(i) / Double(n - 1) * Double(palette.count - 1)).rounded())
        return palette[min(k, palette.count - 1)]
    }

    /// A radar of theme scores (0–100) with a ring at each level threshold.
    public static func radar(_ model: ReportModel) -> String {
        let w = Words(language: model.language)
        let themes = model.themes.filter { !$0.informational }
        let width = 640.0, height = 340.0, cx = width / 2, cy = height / 2, r = 120.0
        let n = max(themes.count, 3)
        func point(_ i: Int, _ value: Double) -> (Double, Double) {
            let angle = -Double.pi / 2 + 2 * Double.pi * Double(i) / Double(n)
            return (cx + r * value / 100 * cos(angle), cy + r * value / 100 * sin(angle))
        }
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(f(width)) \(f(height))\" width=\"\(f(width))\" height=\"\(f(height))\" role=\"img\" aria-labelledby=\"radar-title radar-desc\">"
        s += "<title id=\"radar-title\">\(escape(model.language.pick(fr: "Scores par thème", en: "Scores by theme")))</title>"
        let summary = themes.map { "\($0.theme.title) \(AnswerText.score($0.score))" }.joined(separator: ", ")
        s += "<desc id=\"radar-desc\">\(escape(summary))</desc>"
        for level in model.questionnaire.levels where level.min > 0 {
            let ring = (0..<n).map { point($0, level.min) }.map { "\(f($0.0)),\(f($0.1))" }.joined(separator: " ")
            s += "<polygon points=\"\(ring)\" fill=\"none\" stroke=\"#c7c7c7\" stroke-width=\"1\"/>"
            // Each ring named by its level, on the first axis (straight up), just above the ring.
            let (x, y) = point(0, level.min)
            s += "<text x=\"\(f(x + 3))\" y=\"\(f(y - 2))\" font-size=\"8\" fill=\"#6b7280\">\(escape(level.name))</text>"
        }
        let outer = (0..<n).map { point($0, 100) }.map { "\(f($0.0)),\(f($0.1))" }.joined(separator: " ")
        s += "<polygon points=\"\(outer)\" fill=\"none\" stroke=\"#8a8a8a\" stroke-width=\"1\"/>"
        for i in 0..<n {
            let (x, y) = point(i, 100)
            s += "<line x1=\"\(f(cx))\" y1=\"\(f(cy))\" x2=\"\(f(x))\" y2=\"\(f(y))\" stroke=\"#d4d4d4\"/>"
        }
        let shape = themes.enumerated().map { point($0.offset, $0.element.score ?? 0) }.map { "\(f($0.0)),\(f($0.1))" }.joined(separator: " ")
        if !themes.isEmpty {
            s += "<polygon points=\"\(shape)\" fill=\"#2f6f3e\" fill-opacity=\"0.25\" stroke=\"#1e5631\" stroke-width=\"2\"/>"
        }
        for (i, t) in themes.enumerated() {
            let (x, y) = point(i, 118)
            let anchor = abs(x - cx) < 8 ? "middle" : (x < cx ? "end" : "start")
            let label = "\(t.theme.title) (\(t.score == nil ? w.notAssessed : AnswerText.score(t.score)))"
            s += "<text x=\"\(f(x))\" y=\"\(f(y + 4))\" font-size=\"10\" text-anchor=\"\(anchor)\" fill=\"#1f2937\">\(escape(label))</text>"
        }
        s += "</svg>"
        return s
    }

    /// Horizontal bars of theme scores with dashed lines at the level thresholds.
    public static func bars(_ model: ReportModel) -> String {
        let themes = model.themes.filter { !$0.informational }
        let labelWidth = 230.0, barWidth = 340.0, rowHeight = 24.0, top = 22.0
        let height = top + rowHeight * Double(themes.count) + 8
        let width = labelWidth + barWidth + 50
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(f(width)) \(f(height))\" width=\"\(f(width))\" height=\"\(f(height))\" role=\"img\" aria-labelledby=\"bars-title bars-desc\">"
        s += "<title id=\"bars-title\">\(escape(model.language.pick(fr: "Score et niveau de chaque thème", en: "Score and level of each theme")))</title>"
        let thresholds = model.questionnaire.levels.map { "\($0.name) ≥ \(AnswerText.number($0.min, language: model.language))" }.joined(separator: ", ")
        s += "<desc id=\"bars-desc\">\(escape(model.language.pick(fr: "Seuils des niveaux : ", en: "Level thresholds: ") + thresholds))</desc>"
        for level in model.questionnaire.levels where level.min > 0 {
            let x = labelWidth + barWidth * level.min / 100
            s += "<line x1=\"\(f(x))\" y1=\"\(f(top - 6))\" x2=\"\(f(x))\" y2=\"\(f(height - 4))\" stroke=\"#6b7280\" stroke-dasharray=\"3 3\"/>"
            s += "<text x=\"\(f(x + 2))\" y=\"\(f(top - 9))\" font-size=\"9\" fill=\"#374151\">\(escape(level.name))</text>"
        }
        for (i, t) in themes.enumerated() {
            let y = top + rowHeight * Double(i)
            s += "<text x=\"\(f(labelWidth - 6))\" y=\"\(f(y + 15))\" font-size=\"11\" text-anchor=\"end\" fill=\"#111827\">\(escape(t.theme.title))</text>"
            s += "<rect x=\"\(f(labelWidth))\" y=\"\(f(y + 4))\" width=\"\(f(barWidth))\" height=\"14\" fill=\"#f3f4f6\"/>"
            if let score = t.score {
                s += "<rect x=\"\(f(labelWidth))\" y=\"\(f(y + 4))\" width=\"\(f(barWidth * score / 100))\" height=\"14\" fill=\"\(colour(for: t.level, in: model.questionnaire))\"/>"
            }
            let value = t.score == nil ? Words(language: model.language).notAssessed : AnswerText.score(t.score)
            s += "<text x=\"\(f(labelWidth + barWidth + 6))\" y=\"\(f(y + 15))\" font-size=\"11\" fill=\"#111827\">\(escape(value))</text>"
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
