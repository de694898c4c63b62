import SobreCore
import SobreJSON
import SobreReport

/// How answers and numbers read on the interview's screen: options with the number to type
/// for them, text between quotes, the rest (numbers, scores and their labels) as every report
/// writes them (`AnswerText`).
enum Display {
    /// A number as people write it: `12,5` in French, `12.5` in English, to the hundredth.
    static func number(_ x: Double, _ language: Language) -> String {
        AnswerText.number(x, language: language)
    }

    /// A stored answer in words: option labels, oui/non, the number with its unit, the text.
    static func answer(_ answer: Answer, for question: Question, _ l: Language) -> String {
        if answer.notApplicable { return InterviewMessages.notApplicableAnswer(l) }
        guard let value = answer.value else { return InterviewMessages.noAnswer(l) }
        return self.value(value, for: question, l)
    }

    static func value(_ value: JSONValue, for question: Question, _ l: Language) -> String {
        switch (question.kind, value) {
        case (.single(let options), .string(let id)):
            if let k = options.firstIndex(where: { $0.id == id }) { return "\(k + 1). \(options[k].label)" }
        case (.multiple(let options), .array(let items)):
            let ids = items.compactMap(\.stringValue)
            if ids.count == items.count, ids.allSatisfy({ id in options.contains { $0.id == id } }) {
                return ids.compactMap { id in options.firstIndex { $0.id == id }.map { "\($0 + 1). \(options[$0].label)" } }
                    .joined(separator: " ; ")
            }
        case (.boolean, .bool(let b)):
            return InterviewMessages.yesOrNo(b, l)
        case (.scale, .number), (.number, .number):
            // A score with its label, a number with its unit: as the reports write them.
            return AnswerText.display(value, notApplicable: false, for: question, language: l)
        case (.text, .string(let s)):
            return "« \(TerminalText.neutralised(s)) »"
        default:
            break
        }
        // A value that does not fit the question (edited by hand): shown as stored.
        return TerminalText.neutralised(JSONWriter.string(value, pretty: false))
    }
}
