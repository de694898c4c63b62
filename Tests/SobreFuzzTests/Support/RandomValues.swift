import SobreCore
import SobreJSON

/// Random answers, JSON values and hostile text.
enum RandomValues {
    /// Answers to a random subset of the questions: mostly values that fit, some N/A, some of
    /// the wrong type or out of range, some with notes and unknown keys.
    static func answers(for questionnaire: Questionnaire, rng: inout SplitMix64) -> AnswerSet {
        var answers = AnswerSet()
        for question in questionnaire.questions where rng.chance(0.75) {
            var answer = Answer()
            switch rng.int(0...9) {
            case 0: answer.notApplicable = true
            case 1: answer.value = json(depth: 2, rng: &rng)
            case 2: answer.value = rng.chance(0.5) ? fitting(question, rng: &rng) : nil
                answer.notApplicable = rng.chance(0.5)
            default: answer.value = fitting(question, rng: &rng)
            }
            if rng.chance(0.1) { answer.note = text(rng: &rng) }
            if rng.chance(0.05) { answer.extra["futur"] = json(depth: 1, rng: &rng) }
            answers[question.fullID] = answer
        }
        if rng.chance(0.1) { answers["inconnu.question"] = Answer(value: .string("x")) }
        return answers
    }

    /// A value of the question's type, usually inside its rules.
    static func fitting(_ question: Question, rng: inout SplitMix64) -> JSONValue {
        switch question.kind {
        case .single(let options):
            return .string(options.isEmpty || rng.chance(0.05) ? "absente" : rng.pick(options).id)
        case .multiple(let options):
            guard !options.isEmpty else { return .array([]) }
            let picked = options.filter { _ in rng.chance(0.4) }
            return .array((picked.isEmpty ? [rng.pick(options)] : picked).map { .string($0.id) })
        case .boolean:
            return .bool(rng.chance(0.5))
        case .scale(let min, let max, _):
            return .number(Double(min) + Double(rng.int(0...Swift.min(1_000, Swift.max(0, max - min)))) + (rng.chance(0.05) ? 0.5 : 0))
        case .number(let rules):
            let lo = rules.min ?? -1_000
            let hi = rules.max ?? 1_000
            if rng.chance(0.1) { return .number(rng.pick([1e308, -1e308, Double.leastNonzeroMagnitude, 0, -0.0, 1e15 + 0.5])) }
            let x = lo + (hi - lo) * rng.unit()
            return .number(rules.integer || rng.chance(0.3) ? x.rounded() : x)
        case .text:
            return .string(text(rng: &rng))
        }
    }

    /// Any JSON value, nested up to `depth`.
    static func json(depth: Int, rng: inout SplitMix64) -> JSONValue {
        switch rng.int(0...(depth > 0 ? 7 : 4)) {
        case 0: return .null
        case 1: return .bool(rng.chance(0.5))
        case 2: return .number(number(rng: &rng))
        case 3, 4: return .string(text(rng: &rng))
        case 5: return .array((0..<rng.int(0...4)).map { _ in json(depth: depth - 1, rng: &rng) })
        default:
            var object = JSONObject()
            for _ in 0..<rng.int(0...4) { object[text(rng: &rng, short: true)] = json(depth: depth - 1, rng: &rng) }
            return .object(object)
        }
    }

    static func number(rng: inout SplitMix64) -> Double {
        switch rng.int(0...5) {
        case 0: return Double(rng.int(-3...3))
        case 1: return rng.uniform(-1e6, 1e6)
        case 2: return rng.pick([1e308, -1e308, Double.leastNonzeroMagnitude, -Double.leastNonzeroMagnitude, 1e16, 9007199254740992, 0.1, -0.0, 1e15 + 0.5])
        default:
            let any = Double(bitPattern: rng.next())
            return any.isFinite ? any : 1
        }
    }

    /// Text that trips naive handling: controls, marks, RTL, emoji, quotes, very long runs.
    static func text(rng: inout SplitMix64, short: Bool = false) -> String {
        let pieces = [
            "a", "é", "e\u{301}", "Foyer Les Tilleuls", " ", "\t", "\n", "\r", "\r\n", "\u{0}", "\u{7}", "\u{1B}[31m", "\u{7F}",
            "\u{85}", "\u{200F}", "\u{202E}", "\u{2067}", "\u{2028}", "\u{FEFF}", "\u{FFFD}", "👩‍👩‍👧", "🇫🇷", "\"", "'", "\\",
            "<script>", "&amp;", "{{x}}", "|", ",", ";", "1 200,5", "-0", "٣", "١٢", "na", "q", "?", "<", ">", "aller 3",
        ]
        var out = ""
        for _ in 0..<rng.int(0...(short ? 3 : 8)) { out += rng.pick(pieces) }
        if !short, rng.chance(0.02) { out += String(repeating: rng.pick(pieces), count: rng.int(1_000...20_000)) }
        if rng.chance(0.1) { out += String(decoding: rng.bytes(rng.int(1...12)), as: UTF8.self) }
        return out
    }
}
