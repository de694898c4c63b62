@testable import SobreCore
import Testing

/// The expression parser, checker, evaluator and trigger search on random token streams and on
/// random expressions of the grammar.
@Suite struct ExpressionFuzzTests {
    static let questionnaire = Corpus.loaded[0]
    static let index = QuestionnaireIndex(themes: questionnaire.themes)
    static let references = questionnaire.questions.map(\.fullID) + ["gouv.absente", "x.y", "gouv"]
    /// Every name above by its position, as scoring binds conditions.
    static let positions = Dictionary(references.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })

    @Test func randomTokenStreams() {
        run("expression-tokens", iterations: Fuzz.iterations(3_000)) { rng in
            let vocabulary = [
                "and", "or", "not", "in", "contains", "true", "false", "(", ")", "[", "]", ",", ".", "==", "!=", "<", "<=", ">",
                ">=", "+", "-", "*", "/", "=", "!", "'a'", "\"b\"", "'non'", "'", "\"", "\\", "0", "1", "0.5", "12345678901234567890",
                String(repeating: "9", count: 400), "score", "answered", "na", "count", "theme_score", "theme_level",
                "overall_score", "overall_level", "gouv", "usages", "sponsor", "impression", "é", "\u{0}", "\u{202E}", "\t", "\n",
            ] + Self.references
            var text = ""
            for _ in 0..<rng.int(0...40) {
                text += rng.pick(vocabulary)
                if rng.chance(0.7) { text += " " }
            }
            if rng.chance(0.02) { text = String(repeating: rng.pick(["(", "not ", "- ", "a and "]), count: rng.int(50...3_000)) + text }
            return text
        }
    }

    @Test func randomExpressionsOfTheGrammar() {
        var parsed = 0
        run("expression-grammar", iterations: Fuzz.iterations(3_000)) { rng in
            var depth = 0
            let text = expression(&rng, budget: rng.int(1...6), depth: &depth)
            return text
        } afterParse: { text, result in
            if result != nil { parsed += 1 }
        }
        #expect(parsed > 0)
    }

    /// Parses, checks (as a question's and as an action's condition), evaluates against random
    /// environments and runs the trigger search; records the input first for a crash.
    private func run(_ target: String, iterations: Int, make: (inout SplitMix64) -> String,
                     afterParse: (String, Expression?) -> Void = { _, _ in }) {
        let slot = CrashInput.slot(for: target)
        defer { CrashInput.clear(slot: slot) }
        for i in 0..<iterations {
            var rng = Fuzz.generator(target, i)
            let text = make(&rng)
            CrashInput.record(Array(text.utf8), slot: slot)
            let label = Fuzz.label(target, i)
            let expression: Expression
            do {
                expression = try Expression.parse(text, language: rng.chance(0.5) ? .fr : .en)
            } catch {
                for failure in ConditionProperties.failures(of: error, in: text) {
                    Issue.record("\(label): \(failure)\ninput: \(text.debugDescription)")
                }
                afterParse(text, nil)
                continue
            }
            afterParse(text, expression)
            var asAction = ExpressionChecker(questionnaire: Self.index, usage: .action, language: .fr)
            asAction.check(expression)
            var asQuestion = ExpressionChecker(questionnaire: Self.index, usage: .question(fullID: "usages.commentaire",
                                               earlier: Set(Self.questionnaire.questions.prefix(6).map(\.fullID))), language: .en)
            asQuestion.check(expression)
            for failure in ConditionProperties.failures(of: asAction.problems + asQuestion.problems, in: text) {
                Issue.record("\(label): \(failure)")
            }
            for _ in 0..<3 {
                let environment = RandomEnvironment(rng: &rng, references: Self.references)
                // Never NaN, and the same value bound to question positions, as scoring evaluates it.
                for failure in ConditionProperties.failures(evaluating: expression, boundTo: Self.positions, in: environment) {
                    Issue.record("\(label): \(failure)\ninput: \(text.debugDescription)")
                }
                _ = expression.isTrue(in: environment)
            }
            if asAction.problems.isEmpty {
                let action = Action(id: "a", title: "A", themeID: "gouv", priority: .high, effort: .low, when: expression)
                _ = TriggerSearch(questionnaire: Self.questionnaire).canNeverTrigger(action)
            }
        }
    }

    /// A random expression of the grammar of SPEC §2 over the corpus questionnaire.
    private func expression(_ rng: inout SplitMix64, budget: Int, depth: inout Int) -> String {
        if budget <= 0 || rng.chance(0.25) { return comparison(&rng) }
        depth += 1
        defer { depth -= 1 }
        switch rng.int(0...5) {
        case 0: return "\(expression(&rng, budget: budget - 1, depth: &depth)) and \(expression(&rng, budget: budget - 1, depth: &depth))"
        case 1: return "\(expression(&rng, budget: budget - 1, depth: &depth)) or \(expression(&rng, budget: budget - 1, depth: &depth))"
        case 2: return "not \(expression(&rng, budget: budget - 1, depth: &depth))"
        case 3: return "(\(expression(&rng, budget: budget - 1, depth: &depth)))"
        case 4: return String(repeating: "not ", count: rng.int(1...80)) + comparison(&rng)
        default: return comparison(&rng)
        }
    }

    private func comparison(_ rng: inout SplitMix64) -> String {
        var depth = 0
        switch rng.int(0...6) {
        case 0: return "\(sum(&rng, 3)) \(rng.pick(["==", "!=", "<", "<=", ">", ">="])) \(sum(&rng, 3))"
        case 1: return "\(rng.pick(Self.references)) in [\((0..<rng.int(1...4)).map { _ in string(&rng) }.joined(separator: ", "))]"
        case 2: return "\(rng.pick(Self.references)) contains \(string(&rng))"
        case 3: return rng.pick(["true", "false", "gouv.referent", "answered(gouv.heures)", "na(usages.extinction)"])
        case 4: return "default(\(expression(&rng, budget: 1, depth: &depth)), \(rng.pick(["true", "false", "gouv.referent"])))"
        default: return "\(sum(&rng, 3)) \(rng.pick(["<", ">="])) \(number(&rng))"
        }
    }

    private func sum(_ rng: inout SplitMix64, _ budget: Int) -> String {
        if budget <= 0 || rng.chance(0.4) { return primary(&rng) }
        switch rng.int(0...4) {
        case 0: return "\(sum(&rng, budget - 1)) \(rng.pick(["+", "-", "*", "/"])) \(sum(&rng, budget - 1))"
        case 1: return String(repeating: "- ", count: rng.int(1...70)) + primary(&rng)
        case 2: return "(\(sum(&rng, budget - 1)))"
        case 3: return "\(rng.pick(["default", "min", "max"]))(\(sum(&rng, budget - 1)), \(sum(&rng, budget - 1)))"
        default: return primary(&rng)
        }
    }

    private func primary(_ rng: inout SplitMix64) -> String {
        switch rng.int(0...5) {
        case 0: return number(&rng)
        case 1: return string(&rng)
        case 2: return rng.pick(Self.references)
        case 3: return "\(rng.pick(["score", "answered", "na", "count"]))(\(rng.pick(Self.references)))"
        case 4: return "\(rng.pick(["theme_score", "theme_level"]))(\(rng.pick(["gouv", "usages", "absent"])))"
        default: return rng.pick(["overall_score()", "overall_level()"])
        }
    }

    private func number(_ rng: inout SplitMix64) -> String {
        rng.pick(["0", "1", "4", "0.5", "100", "99999999999999999999", "9223372036854775808", "1" + String(repeating: "0", count: 300),
                  "123456789012345678901234567890.5", "0.000000000000000000001"])
    }

    private func string(_ rng: inout SplitMix64) -> String {
        let body = rng.pick(["non", "realise", "recto_verso", "aucune", "", "é\u{301}", "\\'", "a\\\\b", "\u{202E}x"])
        return rng.chance(0.5) ? "'\(body)'" : "\"\(body)\""
    }
}

/// Answers and scores drawn at random for every name an expression may use.
struct RandomEnvironment: ExpressionEnvironment {
    var values: [String: ExpressionValue] = [:]
    var scores: [String: Double] = [:]
    var notApplicable: Set<String> = []
    var themes: [String: (Double, Int)] = [:]
    var overall: (Double, Int)?
    /// The names by position, for conditions bound to positions.
    let references: [String]

    init(rng: inout SplitMix64, references: [String]) {
        self.references = references
        for id in references {
            switch rng.int(0...6) {
            case 0: values[id] = .null
            case 1: values[id] = .number(RandomValues.number(rng: &rng))
            case 2: values[id] = .text(rng.pick(["non", "realise", "", "x"]))
            case 3: values[id] = .bool(rng.chance(0.5))
            case 4: values[id] = .set(PickedOptions(["recto_verso", "badge", "aucune"].filter { _ in rng.chance(0.5) }))
            default: notApplicable.insert(id)
            }
            if rng.chance(0.7) { scores[id] = rng.unit() }
        }
        for theme in ["gouv", "usages"] where rng.chance(0.7) { themes[theme] = (rng.uniform(0, 100), rng.int(1...4)) }
        if rng.chance(0.7) { overall = (rng.uniform(0, 100), rng.int(-3...4)) }
    }

    func value(of question: String) -> ExpressionValue { values[question] ?? .null }
    func score(of question: String) -> Double? { scores[question] }
    func isNotApplicable(_ question: String) -> Bool { notApplicable.contains(question) }
    func themeScore(_ theme: String) -> Double? { themes[theme]?.0 }
    func themeLevel(_ theme: String) -> Int? { themes[theme]?.1 }
    func overallScore() -> Double? { overall?.0 }
    func overallLevel() -> Int? { overall?.1 }
    func value(at position: Int) -> ExpressionValue { value(of: references[position]) }
    func score(at position: Int) -> Double? { score(of: references[position]) }
    func isNotApplicable(at position: Int) -> Bool { isNotApplicable(references[position]) }
}
