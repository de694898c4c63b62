import SobreJSON

/// The options of a questionnaire's choice questions in flat columns, by question position in
/// interview order, made once per questionnaire.
///
/// A scan that recognised an answer's options on their bytes (`AnswerSlot.recognised`) lets
/// scoring read their scores here: no copy of the question's kind for each answer and no
/// comparison of texts, which together were a quarter of scoring a comparison's assessments.
struct ChoiceTable: Sendable {
    /// Where each question's options start in the columns.
    private let start: [Int]
    /// How many options each question has here: 0 for a question that is not a choice, and for
    /// one whose options could not all be told apart by a bit of a word (more than 64, or two
    /// with equal ids, which no questionnaire that loads has). Those are scored as before.
    let count: [Int]
    /// Whether the question is a multiple choice.
    let multiple: [Bool]
    private let scores: [Double]
    private let exclusive: [Bool]

    init(_ questions: [Question]) {
        var start: [Int] = []
        var count: [Int] = []
        var multiple: [Bool] = []
        var scores: [Double] = []
        var exclusive: [Bool] = []
        for question in questions {
            start.append(scores.count)
            let options = question.options
            if case .multiple = question.kind { multiple.append(true) } else { multiple.append(false) }
            // Equal ids are compared as texts (`==`), as scoring compares them.
            let distinct = options.indices.allSatisfy { j in !options[..<j].contains { $0.id == options[j].id } }
            guard options.count <= 64, distinct else {
                count.append(0)
                continue
            }
            count.append(options.count)
            for option in options {
                scores.append(option.score)
                exclusive.append(option.exclusive)
            }
        }
        self.start = start
        self.count = count
        self.multiple = multiple
        self.scores = scores
        self.exclusive = exclusive
    }

    func score(_ question: Int, _ option: Int) -> Double { scores[start[question] + option] }
    func isExclusive(_ question: Int, _ option: Int) -> Bool { exclusive[start[question] + option] }

    /// What `AnswerInterpreter.read` gives for the answer `raw` to the question at `position`,
    /// whose options at the bits of `recognised` are those the scan found its texts to be, in
    /// order; nil when these columns cannot say (then `read` is asked). The same value and the
    /// same score to the last bit: one option's score for a single choice, the marked options'
    /// scores summed in option order for a multiple one.
    func read(_ raw: JSONValue, at position: Int, recognised: UInt64) -> (value: ExpressionValue, score: Double?)?? {
        guard recognised != 0, position < count.count else { return nil }
        let n = count[position]
        // Every bit set must name an option of this question.
        guard n > 0, n == 64 || recognised >> UInt64(n) == 0 else { return nil }
        if !multiple[position] {
            guard case .string(let text) = raw, recognised & (recognised &- 1) == 0 else { return nil }
            return .some((.text(text), score(position, recognised.trailingZeroBitCount)))
        }
        // Each text named once: a repeated one is left to `read`, which keeps each id once.
        guard case .array(let items) = raw, items.count == recognised.nonzeroBitCount,
              items.allSatisfy({ $0.stringValue != nil }) else { return nil }
        var sum = 0.0
        var bits = recognised
        var anyExclusive = false
        while bits != 0 {
            let j = bits.trailingZeroBitCount
            bits &= bits &- 1
            sum += score(position, j)
            if isExclusive(position, j) { anyExclusive = true }
        }
        // An exclusive option picked with others: the answer does not fit the question.
        if items.count > 1, anyExclusive { return .some(nil) }
        // The value's own array, which names each option once: no array of ids made for it.
        return .some((.set(PickedOptions(distinctTexts: items)), Swift.min(1, sum)))
    }
}
