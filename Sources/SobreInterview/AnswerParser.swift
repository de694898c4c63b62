import SobreCore
import SobreJSON

/// Turns what was typed at a question into the value stored, or a one-line reason to refuse it.
public enum AnswerParser {
    /// The value to store, or why the text is not an answer to `question`.
    public enum Outcome: Sendable, Equatable {
        case value(JSONValue)
        /// Nothing to record (an empty line at a text question).
        case nothing
        case refused(String)
    }

    /// Parses `input` (already trimmed) as an answer to `question`.
    public static func parse(_ input: String, for question: Question, language: Language) -> Outcome {
        let l = language
        switch question.kind {
        case .single(let options):
            let tokens = words(input)
            guard !tokens.isEmpty else { return .refused(emptyReason(question, l)) }
            guard tokens.count == 1 else {
                return .refused(InterviewMessages.oneAnswerOnly(l))
            }
            switch option(tokens[0], in: options, language: l) {
            case .success(let option): return .value(.string(option.id))
            case .failure(let reason): return .refused(reason.text)
            }
        case .multiple(let options):
            let tokens = words(input)
            guard !tokens.isEmpty else { return .refused(emptyReason(question, l)) }
            var picked: [AnswerOption] = []
            for token in tokens {
                switch option(token, in: options, language: l) {
                case .success(let option):
                    if picked.contains(option) {
                        return .refused(InterviewMessages.givenTwice(option.label, l))
                    }
                    picked.append(option)
                case .failure(let reason):
                    return .refused(reason.text)
                }
            }
            if picked.count > 1, let lone = picked.first(where: \.exclusive) {
                return .refused(InterviewMessages.mustBeAlone(lone.label, l))
            }
            let ids = options.filter { picked.contains($0) }.map { JSONValue.string($0.id) }
            return .value(.array(ids))
        case .boolean:
            switch YesNo(input) {
            case .yes: return .value(.bool(true))
            case .no: return .value(.bool(false))
            case nil: return .refused(InterviewMessages.yesOrNoExpected(l))
            }
        case .scale(let min, let max, _):
            let range = InterviewMessages.scaleRange(min: min, max: max, l)
            guard let n = number(input), n.rounded() == n else {
                return .refused(InterviewMessages.doesNotFit(shown(input), range, l))
            }
            guard n >= Double(min), n <= Double(max) else {
                return .refused(InterviewMessages.offTheScale(shown(input), range, l))
            }
            return .value(.number(n))
        case .number(let rules):
            var text = input
            if let unit = rules.unit, !unit.isEmpty, text.lowercased().hasSuffix(unit.lowercased()) {
                text = String(text.dropLast(unit.count)).trimmingSpaces
            }
            guard let n = number(text) else {
                return .refused(InterviewMessages.notANumber(shown(input), l))
            }
            if rules.integer, n.rounded() != n {
                return .refused(InterviewMessages.wholeNumberExpected(l))
            }
            if let min = rules.min, n < min {
                return .refused(InterviewMessages.numberAtLeast(Display.number(min, l), l))
            }
            if let max = rules.max, n > max {
                return .refused(InterviewMessages.numberAtMost(Display.number(max, l), l))
            }
            return .value(.number(n))
        case .text:
            return input.isEmpty ? .nothing : .value(.string(input))
        }
    }

    /// An option by its number (1-based) or its id.
    static func option(_ token: String, in options: [AnswerOption], language l: Language) -> Result<AnswerOption, Reason> {
        if let k = Int(token) {
            guard k >= 1, k <= options.count else {
                return .failure(Reason(text: InterviewMessages.noSuchOption(k, count: options.count, l)))
            }
            return .success(options[k - 1])
        }
        let lower = token.lowercased()
        if let option = options.first(where: { $0.id == lower }) { return .success(option) }
        let ids = options.map(\.id).joined(separator: ", ")
        return .failure(Reason(text: InterviewMessages.notAnOption(shown(token), count: options.count, ids: ids, l)))
    }

    struct Reason: Error {
        let text: String
    }

    private static func emptyReason(_ question: Question, _ l: Language) -> String {
        InterviewMessages.typeAnAnswer(l)
    }

    /// What was typed, as a refusal quotes it: at most 40 characters shown, and control, line-break
    /// and direction-changing characters shown visibly (`\u{1B}`), so the reason stays one plain
    /// line (an escape sequence typed would otherwise move the cursor when it is echoed).
    static func shown(_ input: String) -> String {
        var out = ""
        var length = 0
        for scalar in input.unicodeScalars {
            // Counted as shown: `\u{202E}` is 8 characters of the 40.
            let piece = TerminalText.neutralised(String(scalar))
            length += piece.unicodeScalars.count
            if length > 40 { return out + "…" }
            out += piece
        }
        return out
    }

    /// Words separated by commas or blanks.
    static func words(_ input: String) -> [String] {
        input.split(whereSeparator: { $0 == "," || $0 == ";" || $0.isWhitespace }).map(String.init)
    }

    /// A decimal number written with a point or a comma (`12,5`), digits grouped by spaces allowed (`1 200`).
    static func number(_ input: String) -> Double? {
        var text = input.trimmingSpaces
        let groups = text.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" })
        if groups.count > 1 {
            // Only thousands groups: 1 200 000 or 1 200,5.
            guard !groups[0].contains(","), !groups[0].contains(".") else { return nil }
            for (k, group) in groups.enumerated() where k > 0 {
                let whole = group.prefix { $0 != "," && $0 != "." }
                guard whole.count == 3, whole.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
                if whole.count != group.count, k != groups.count - 1 { return nil }
            }
            text = groups.joined()
        }
        text = text.replacingComma
        var scalars = Substring(text)
        if scalars.first == "+" || scalars.first == "-" { scalars = scalars.dropFirst() }
        guard !scalars.isEmpty, scalars.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "." }),
              scalars.filter({ $0 == "." }).count <= 1, scalars.first != ".", scalars.last != "." else { return nil }
        guard let value = Double(text), value.isFinite else { return nil }
        return value
    }
}

extension String {
    /// The text without leading and trailing white space.
    public var trimmingSpaces: String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return String(s)
    }

    var replacingComma: String {
        String(map { $0 == "," ? "." : $0 })
    }
}
