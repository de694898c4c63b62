/// Looks for answers that trigger an action, to warn about actions no answer can trigger.
///
/// It tries every combination of a few telling values per referenced question (each option,
/// each scale step, numbers around the constants of the condition, unanswered, N/A) and gives
/// up, assuming the action can trigger, when there are too many or when the condition uses the
/// maturity functions.
struct TriggerSearch {
    static let maximumCombinations = 20_000

    let questionnaire: Questionnaire

    func canNeverTrigger(_ action: Action) -> Bool {
        if action.when.root.usesMaturityFunctions || action.when.root.usesEstimates { return false }
        let ids = action.when.questionReferences
        var constants: [Double] = []
        var strings: [String] = []
        action.when.root.collectConstants(numbers: &constants, strings: &strings)
        var domains: [[Candidate]] = []
        var total = 1
        for id in ids {
            guard let question = questionnaire.question(id) else { return false }
            let domain = candidates(for: question, constants: constants, strings: strings)
            total *= domain.count
            if total > Self.maximumCombinations { return false }
            domains.append(domain)
        }
        var choice = Array(repeating: 0, count: ids.count)
        while true {
            var table: [String: Candidate] = [:]
            for (k, id) in ids.enumerated() { table[id] = domains[k][choice[k]] }
            if action.when.isTrue(in: FixedEnvironment(table: table)) { return false }
            var k = 0
            while k < choice.count {
                choice[k] += 1
                if choice[k] < domains[k].count { break }
                choice[k] = 0
                k += 1
            }
            if k == choice.count { return true }
        }
    }

    struct Candidate {
        var value: ExpressionValue
        var score: Double?
        var notApplicable = false
    }

    private func candidates(for question: Question, constants: [Double], strings: [String]) -> [Candidate] {
        var values: [ExpressionValue] = []
        switch question.kind {
        case .single(let options):
            values = options.map { .text($0.id) }
        case .multiple(let options):
            values = options.map { .set([$0.id]) }
            let open = options.filter { !$0.exclusive }.map(\.id)
            if open.count > 1 {
                for size in 2...open.count { values.append(.set(PickedOptions(open.prefix(size)))) }
            }
        case .boolean:
            values = [.bool(true), .bool(false)]
        case .scale(let min, let max, _):
            // Constants outside the scale are left out; `Int(exactly:)` too, since Double(Int.max)
            // is 2^63, which a constant can equal and Int(x) would trap on.
            let inside = constants.filter { $0 >= Double(min) && $0 <= Double(max) }.compactMap { Int(exactly: $0.rounded(.down)) }
            let steps = max - min <= 20 ? Array(min...max) : [min, max] + inside
            values = steps.map { .number(Double($0)) }
        case .number(let rules):
            var numbers: Set<Double> = [0]
            for c in constants { numbers.formUnion([c - 1, c - 0.5, c, c + 0.5, c + 1]) }
            for band in rules.bands ?? [] { if let u = band.upto { numbers.formUnion([u, u + 1]) } }
            if let lo = rules.min { numbers.insert(lo) }
            if let hi = rules.max { numbers.insert(hi) }
            values = numbers.sorted().map { .number($0) }
        case .text:
            values = [.text("x")] + strings.map { .text($0) }
        }
        var result = values.map { Candidate(value: $0, score: AnswerInterpreter.score($0, for: question)) }
        result.append(Candidate(value: .null, score: nil))
        if question.allowsNA { result.append(Candidate(value: .null, score: nil, notApplicable: true)) }
        return result
    }

    private struct FixedEnvironment: ExpressionEnvironment {
        let table: [String: Candidate]
        func value(of question: String) -> ExpressionValue { table[question]?.value ?? .null }
        func score(of question: String) -> Double? { table[question]?.score }
        func isNotApplicable(_ question: String) -> Bool { table[question]?.notApplicable ?? false }
        func themeScore(_ theme: String) -> Double? { nil }
        func themeLevel(_ theme: String) -> Int? { nil }
        func overallScore() -> Double? { nil }
        func overallLevel() -> Int? { nil }
    }
}

extension ExpressionNode {
    var usesMaturityFunctions: Bool {
        switch self {
        case .number, .string, .bool, .reference, .boundReference, .boundCall, .boundIndicator: false
        case .boundMaturityCall: true
        case .call(let name, _, _, _): ExpressionFunction(rawValue: name)?.isMaturity ?? false
        case .negate(let e, _), .not(let e, _): e.usesMaturityFunctions
        case .binary(_, let l, let r, _), .valueCall(_, let l, let r, _), .boundValueCall(_, let l, let r, _):
            l.usesMaturityFunctions || r.usesMaturityFunctions
        case .inList(let e, _, _): e.usesMaturityFunctions
        }
    }

    func collectConstants(numbers: inout [Double], strings: inout [String]) {
        switch self {
        case .number(let v, _): numbers.append(v)
        case .string(let s, _): strings.append(s)
        case .bool, .reference, .call, .boundReference, .boundCall, .boundIndicator, .boundMaturityCall: break
        case .negate(let e, _):
            // Each value once: `- - - … 1` would otherwise double the list at every minus (2^64 for 64).
            var inner: [Double] = []
            e.collectConstants(numbers: &inner, strings: &strings)
            var seen: Set<Double> = []
            numbers += (inner + inner.map { -$0 }).filter { seen.insert($0).inserted }
        case .not(let e, _): e.collectConstants(numbers: &numbers, strings: &strings)
        case .binary(_, let l, let r, _), .valueCall(_, let l, let r, _), .boundValueCall(_, let l, let r, _):
            l.collectConstants(numbers: &numbers, strings: &strings)
            r.collectConstants(numbers: &numbers, strings: &strings)
        case .inList(let e, let items, _):
            e.collectConstants(numbers: &numbers, strings: &strings)
            strings += items.map(\.value)
        }
    }
}
