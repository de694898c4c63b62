import SobreCore
import SobreJSON

/// How answers and numbers read on screen.
enum Display {
    /// A number as people write it: `12,5` in French, `12.5` in English.
    static func number(_ x: Double, _ language: Language) -> String {
        let text = JSONWriter.number(x)
        return language == .fr ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// A stored answer in words: option labels, oui/non, the number with its unit, the text.
    static func answer(_ answer: Answer, for question: Question, _ l: Language) -> String {
        if answer.notApplicable { return l.pick(fr: "sans objet (N/A)", en: "not applicable (N/A)") }
        guard let value = answer.value else { return l.pick(fr: "pas de réponse", en: "no answer") }
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
            return b ? l.pick(fr: "oui", en: "yes") : l.pick(fr: "non", en: "no")
        case (.scale(_, _, let labels), .number(let n)):
            let text = number(n, l)
            // Int(n) traps beyond Int's range: a stored value far off the scale has no label.
            if n.rounded() == n, abs(n) < 1e15, let label = labels[Int(n)] { return "\(text) (\(label))" }
            return text
        case (.number(let rules), .number(let n)):
            return [number(n, l), rules.unit].compactMap { $0 }.joined(separator: " ")
        case (.text, .string(let s)):
            return "« \(TerminalText.neutralised(s)) »"
        default:
            break
        }
        // A value that does not fit the question (edited by hand): shown as stored.
        return TerminalText.neutralised(JSONWriter.string(value, pretty: false))
    }

    /// A whole-number score for people: `47`.
    static func score(_ x: Double) -> String {
        String(Int(x.rounded()))
    }
}

extension String {
    func replacingOccurrences(of target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
