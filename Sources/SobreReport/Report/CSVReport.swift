import SobreCore

/// The site report for a French spreadsheet: `;`, UTF-8 BOM, decimal comma, no formula injection.
///
/// One row per line of the report, told apart by the first column (`section`): the overall
/// level, each theme, each plan action (rank and horizon), each indicator (its value to 2
/// significant digits, like every human report), each answer. Scores are on 0–100,
/// rounded, as every human report shows them (the JSON report keeps them exact).
public enum CSVReport {
    /// The CSV text, BOM included.
    public static func render(_ model: ReportModel) -> String {
        let fr = model.language == .fr
        let w = Words(language: model.language)
        func pick(_ f: String, _ e: String) -> String { fr ? f : e }
        func score(_ x: Double?) -> Cell { x.map { .number(ShownScore.value($0, levels: model.questionnaire.levels)) } ?? .text("") }
        // A question's score: no level grades it.
        func questionScore(_ x: Double?) -> Cell { x.map { .number(ShownScore.value($0, levels: [])) } ?? .text("") }
        var rows: [[Cell]] = []
        rows.append((fr
            ? ["section", "site", "date", "thème", "id", "intitulé", "réponse", "score", "niveau", "rang", "horizon", "note"]
            : ["section", "site", "date", "theme", "id", "text", "answer", "score", "level", "rank", "horizon", "note"]).map { .text($0) })
        let a = model.assessment
        func row(_ section: String, theme: String, id: String, text: String, answer: Cell = .text(""), score: Cell = .text(""),
                 level: String = "", rank: Cell = .text(""), horizon: String = "", note: String = "") -> [Cell] {
            [.text(section), .text(a.site.id), .text(a.date), .text(theme), .text(id), .text(text), answer, score,
             .text(level), rank, .text(horizon), .text(note)]
        }
        rows.append(row(pick("global", "overall"), theme: "", id: "", text: w.overallLevel, score: score(model.overall.score),
                        level: w.cappedLevel(model.overall.level?.name ?? w.notAssessed, holding: model.cappedBy.map(\.title))))
        for t in model.themes {
            rows.append(row(pick("thème", "theme"), theme: t.theme.id, id: t.theme.id, text: t.theme.title, score: score(t.score),
                            level: t.level?.name ?? (t.informational ? w.informational : w.notAssessed)))
        }
        for item in model.plan {
            rows.append(row("plan", theme: item.action.themeID, id: item.action.id, text: item.action.title,
                            rank: .number(Double(item.rank)), horizon: w.horizon(item.action.horizon)))
        }
        for estimate in model.indicators {
            rows.append(CSVIndicatorRow.cells(estimate, language: model.language) { text, value, note in
                row(pick("indicateur", "indicator"), theme: "", id: estimate.indicator.id, text: text, answer: value, note: note)
            })
        }
        for result in model.scorecard.questions {
            let question = result.question
            let stored = a.answers[question.fullID]
            let display: Cell
            if let stored, stored.isGiven {
                let text = AnswerText.display(stored.value, notApplicable: stored.notApplicable, for: question, language: model.language)
                // A bare number stays a number for the spreadsheet; a labelled scale point reads as its label.
                if case .number(let n)? = stored.value, !stored.notApplicable, !AnswerText.isLabelled(n, for: question) {
                    display = .number(n)
                } else {
                    display = .text(text)
                }
            } else {
                display = .text("")
            }
            let text = question.text + (result.relevant ? "" : " " + w.notRelevant)
            rows.append(row(pick("réponse", "answer"), theme: question.themeID, id: question.fullID, text: text, answer: display,
                            score: result.counted ? questionScore(result.score.map { $0 * 100 }) : .text(""), note: stored?.note ?? ""))
        }
        return "\u{FEFF}" + rows.map { row in row.map { $0.rendered(decimalComma: fr) }.joined(separator: ";") }.joined(separator: "\r\n") + "\r\n"
    }

    /// A CSV cell: numbers stay numbers; text is quoted when needed and never read as a formula.
    public enum Cell: Sendable {
        case text(String)
        case number(Double)

        public func rendered(decimalComma: Bool) -> String {
            switch self {
            case .number(let x):
                var s = x.rounded() == x && abs(x) < 1e15 ? String(Int64(x)) : String(x)
                if decimalComma { s = s.replacing(".", with: ",") }
                return s
            case .text(var s):
                // A spreadsheet runs a cell starting with these as a formula: make it plain text.
                if let first = s.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
                    s = "'" + s
                }
                if s.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "," }) {
                    s = "\"" + s.replacing("\"", with: "\"\"") + "\""
                }
                return s
            }
        }
    }
}
