import SobreCore
import SobreJSON

/// Answers and numbers in words, as a director reads them.
public enum AnswerText {
    /// The stored answer of `question` in plain words.
    public static func display(_ value: JSONValue?, notApplicable: Bool, for question: Question, language: Language) -> String {
        if notApplicable { return language.pick(fr: "Non applicable", en: "Not applicable") }
        guard let value, value != .null else { return language.pick(fr: "sans réponse", en: "no answer") }
        switch (question.kind, value) {
        case (.single(let options), .string(let id)):
            return options.first { $0.id == id }?.label ?? id
        case (.multiple(let options), .array(let ids)):
            return ids.compactMap(\.stringValue).map { id in options.first { $0.id == id }?.label ?? id }.joined(separator: " ; ")
        case (.boolean, .bool(let b)):
            return b ? language.pick(fr: "Oui", en: "Yes") : language.pick(fr: "Non", en: "No")
        case (.scale(_, _, let labels), .number(let n)):
            let text = number(n, language: language)
            if let label = label(n, labels) { return "\(text) — \(label)" }
            return text
        case (.number(let rules), .number(let n)):
            // A no-break space: a narrow page never leaves the number at a line's end without its unit.
            return rules.unit.map { "\(number(n, language: language))\u{A0}\(Plural.unit($0, for: n, language: language))" }
                ?? number(n, language: language)
        case (.text, .string(let s)):
            return s
        default:
            return JSONWriter.string(value, pretty: false)
        }
    }

    /// Whether `n` is a point of `question`'s scale that has a label.
    static func isLabelled(_ n: Double, for question: Question) -> Bool {
        guard case .scale(_, _, let labels) = question.kind else { return false }
        return label(n, labels) != nil
    }

    private static func label(_ n: Double, _ labels: [Int: String]) -> String? {
        // Int(n) traps beyond Int's range: a stored value far off the scale has no label.
        guard n.rounded() == n, abs(n) < 1e15 else { return nil }
        return labels[Int(n)]
    }

    /// A number without useless decimals, with a decimal comma in French.
    public static func number(_ x: Double, language: Language) -> String {
        var text: String
        if x.rounded() == x, abs(x) < 1e15 {
            text = String(Int64(x))
        } else if abs(x) >= 1e13 || !x.isFinite {
            // Rounding to hundredths would overflow; such numbers are shown as they are.
            text = String(x)
        } else {
            text = String((x * 100).rounded() / 100)
        }
        if language == .fr { text = text.replacing(".", with: ",") }
        return text
    }

    /// A 0–100 score rounded to a whole number, "—" when there is none, never shown at or above
    /// the `min` of one of `levels` it does not reach, nor below the `min` of the one it reaches
    /// (`ShownScore`). Pass the questionnaire's levels for a theme's or the overall score (or a
    /// mean, a median) and `[]` for a score no level grades (a question's).
    public static func score(_ x: Double?, levels: [Level]) -> String {
        guard let x else { return "—" }
        let shown = ShownScore.value(x, levels: levels)
        guard shown.isFinite, abs(shown) < 1e15 else { return String(shown) }
        return String(Int64(shown))
    }
}

