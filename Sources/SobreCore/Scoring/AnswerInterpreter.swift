import SobreJSON

/// Turns a stored answer into the value expressions see, and scores it (SPEC §3.1).
///
/// An answer that does not fit its question (an unknown option, a number out of the scale,
/// a hand-edited type) is treated as no answer rather than guessed at.
public enum AnswerInterpreter {
    /// The value expressions see and the score, in one reading of the answer; nil when it
    /// does not fit the question. `interpret` and `score` give the same, separately.
    ///
    /// It takes the question's kind alone: passing a whole question would copy it (a dozen
    /// references) for every answer scored.
    static func read(_ raw: JSONValue, kind: Question.Kind) -> (value: ExpressionValue, score: Double?)? {
        switch kind {
        case .single(let options):
            // The score of the first option with the id, as `score` finds it (by position: the
            // option itself is not copied for each answer).
            guard case .string(let id) = raw, let k = options.firstIndex(where: { $0.id == id }) else { return nil }
            return (.text(id), options[k].score)
        case .multiple(let options):
            guard case .array(let items) = raw else { return nil }
            // Every option whose id is picked, marked once however often it is named; summed in
            // option order, as `score` sums them, so the two agree to the last bit.
            if items.isEmpty { return nil }
            var marked = OptionMarks(count: options.count)
            // The picked ids as the file spells them, each once, told apart as texts (`==`, canonical
            // equivalence), as the `Set<String>` this used to be told them apart.
            var picked: [String] = []
            picked.reserveCapacity(items.count)
            for item in items {
                guard case .string(let id) = item else { return nil }
                var known = false
                for j in options.indices where options[j].id == id {
                    marked.mark(j)
                    known = true
                }
                guard known else { return nil }
                if !picked.contains(id) { picked.append(id) }
            }
            if picked.count > 1, options.indices.contains(where: { marked[$0] && options[$0].exclusive }) { return nil }
            var sum = 0.0
            for j in options.indices where marked[j] { sum += options[j].score }
            return (.set(PickedOptions(distinct: picked)), Swift.min(1, sum))
        default:
            guard let value = interpret(raw, kind: kind) else { return nil }
            return (value, score(value, kind: kind))
        }
    }

    static func interpret(_ raw: JSONValue, for question: Question) -> ExpressionValue? {
        interpret(raw, kind: question.kind)
    }

    // On the kind first, then on the value: a switch on the pair made a copy of the kind (its
    // options and their texts) for each of the hundreds of thousands of answers a comparison reads.
    private static func interpret(_ raw: JSONValue, kind: Question.Kind) -> ExpressionValue? {
        switch kind {
        case .single(let options):
            guard case .string(let id) = raw else { return nil }
            return options.contains { $0.id == id } ? .text(id) : nil
        case .multiple(let options):
            guard case .array(let items) = raw else { return nil }
            var ids: [String] = []
            for item in items {
                guard case .string(let id) = item, options.contains(where: { $0.id == id }) else { return nil }
                ids.append(id)
            }
            let picked = PickedOptions(ids)
            if picked.count == 0 { return nil }
            if picked.count > 1, options.contains(where: { $0.exclusive && picked.contains($0.id) }) { return nil }
            return .set(picked)
        case .boolean:
            guard case .bool(let b) = raw else { return nil }
            return .bool(b)
        case .scale(let min, let max, _):
            // A scale answer is one of its steps.
            guard case .number(let v) = raw else { return nil }
            return v >= Double(min) && v <= Double(max) && v.rounded() == v ? .number(v) : nil
        case .number(let rules):
            guard case .number(let v) = raw else { return nil }
            if let lo = rules.min, v < lo { return nil }
            if let hi = rules.max, v > hi { return nil }
            if rules.integer, v.rounded() != v { return nil }
            return .number(v)
        case .text:
            guard case .string(let s) = raw else { return nil }
            return s.isEmpty ? nil : .text(s)
        }
    }

    static func score(_ value: ExpressionValue, for question: Question) -> Double? {
        score(value, kind: question.kind)
    }

    private static func score(_ value: ExpressionValue, kind: Question.Kind) -> Double? {
        switch kind {
        case .single(let options):
            guard case .text(let id) = value else { return nil }
            return options.first { $0.id == id }?.score
        case .multiple(let options):
            guard case .set(let picked) = value else { return nil }
            return Swift.min(1, options.filter { picked.contains($0.id) }.reduce(0.0) { $0 + $1.score })
        case .boolean(let yes, let no):
            guard case .bool(let b) = value else { return nil }
            return b ? yes : no
        case .scale(let min, let max, _):
            guard case .number(let v) = value else { return nil }
            return (v - Double(min)) / Double(max - min)
        case .number(let rules):
            guard case .number(let v) = value, let bands = rules.bands else { return nil }
            return (bands.first { band in band.upto.map { v <= $0 } ?? true } ?? bands.last)?.score
        case .text:
            return nil
        }
    }

    /// The score a stored answer would get, nil when unscored or unusable.
    public static func score(of raw: JSONValue, for question: Question) -> Double? {
        interpret(raw, for: question).flatMap { score($0, for: question) }
    }

    /// Whether a stored value fits the question.
    public static func fits(_ raw: JSONValue, _ question: Question) -> Bool {
        interpret(raw, for: question) != nil
    }
}

/// Which options of a multiple choice an answer names, by position: in one word up to 64
/// options (every questionnaire so far), so that no array is made for each answer.
private struct OptionMarks {
    private var bits: UInt64 = 0
    private var beyond: [Bool]

    init(count: Int) {
        beyond = count > 64 ? [Bool](repeating: false, count: count - 64) : []
    }

    mutating func mark(_ j: Int) {
        if j < 64 { bits |= 1 << UInt64(j) } else { beyond[j - 64] = true }
    }

    subscript(_ j: Int) -> Bool {
        j < 64 ? bits & (1 << UInt64(j)) != 0 : beyond[j - 64]
    }
}
