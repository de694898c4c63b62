/// What must hold of the expression language for any condition text, checked by both fuzzers:
/// the seeded tests (`Tests/SobreFuzzTests`) and the libFuzzer harness (`Fuzz/`).
///
/// Each function gives the properties that do not hold, in words (empty when all hold).
/// Internal: the fuzzers reach it through `@testable import`, the product never calls it.
enum ConditionProperties {
    /// A syntax error lies inside the text and says what is wrong.
    static func failures(of error: ExpressionSyntaxError, in text: String) -> [String] {
        let length = text.unicodeScalars.count
        guard error.offset < 0 || error.offset > length || error.message.isEmpty else { return [] }
        return ["a syntax error at \(error.offset) of \(length): \(error.message)"]
    }

    /// Every problem the checker found lies inside the text.
    static func failures(of problems: [ExpressionChecker.Problem], in text: String) -> [String] {
        let length = text.unicodeScalars.count
        return problems.filter { $0.offset < 0 || $0.offset > length }.map { "a problem at \($0.offset) of \(length): \($0.message)" }
    }

    /// Evaluated in `environment`, the condition gives a value, never NaN, and the same value
    /// once bound to the question positions `positions`, as scoring evaluates it.
    static func failures(evaluating expression: Expression, boundTo positions: [String: Int],
                         in environment: some ExpressionEnvironment) -> [String] {
        let evaluator = ExpressionEvaluator(environment: environment)
        let value = evaluator.evaluate(expression.root)
        var failures: [String] = []
        if case .number(let x) = value, x.isNaN { failures.append("evaluates to NaN") }
        if evaluator.evaluate(expression.bound(to: positions)) != value {
            failures.append("bound to positions, the condition evaluates otherwise")
        }
        return failures
    }
}
