import SobreCore

/// One row per question, for a French spreadsheet: `;`, UTF-8 BOM, decimal comma, no formula injection.
public enum CSVReport {
    /// The CSV text, BOM included.
    public static func render(_ model: ReportModel) -> String {
        let fr = model.language == .fr
        var rows: [[Cell]] = []
        rows.append((fr
            ? ["site", "date", "thème", "question", "intitulé", "réponse", "score", "note"]
            : ["site", "date", "theme", "question", "text", "answer", "score", "note"]).map { .text($0) })
        let a = model.assessment
        for result in model.scorecard.questions {
            let question = result.question
            let stored = a.answers[question.fullID]
            let display: Cell
            if let stored, stored.isGiven {
                if case .number(let n)? = stored.value, !stored.notApplicable {
                    display = .number(n)
                } else {
                    display = .text(AnswerText.display(stored.value, notApplicable: stored.notApplicable, for: question, language: model.language))
                }
            } else {
                display = .text("")
            }
            rows.append([
                .text(a.site.id), .text(a.date), .text(question.themeID), .text(question.fullID), .text(question.text),
                display, result.score.map { .number($0) } ?? .text(""), .text(stored?.note ?? ""),
            ])
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
