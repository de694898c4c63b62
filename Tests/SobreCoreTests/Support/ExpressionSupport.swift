@testable import SobreCore

/// The tree of a parsed expression as a compact prefix form, e.g. `(and (== t.q 'a') (not t.b))`.
func render(_ node: ExpressionNode) -> String {
    switch node {
    case .number(let v, _):
        return v.rounded() == v && abs(v) < 1e15 ? String(Int(v)) : String(v)
    case .string(let s, _):
        return "'\(s)'"
    case .bool(let b, _):
        return b ? "true" : "false"
    case .reference(let id, _):
        return id
    case .call(let name, let argument, _, _):
        return "\(name)(\(argument ?? ""))"
    case .valueCall(let name, let x, let y, _):
        return "(\(name) \(render(x)) \(render(y)))"
    case .negate(let e, _):
        return "(neg \(render(e)))"
    case .not(let e, _):
        return "(not \(render(e)))"
    case .binary(let op, let l, let r, _):
        return "(\(op.rawValue) \(render(l)) \(render(r)))"
    case .inList(let e, let items, _):
        return "(in \(render(e)) [\(items.map { "'\($0.value)'" }.joined(separator: " "))])"
    case .boundReference(let position, _):
        return "#\(position)"
    case .boundCall(let function, let position, _):
        return "\(function.rawValue)(#\(position))"
    case .boundIndicator(let position, _):
        return "indicator(#\(position))"
    // Bound functions read as written: only what they name changes.
    case .boundValueCall(let function, let x, let y, _):
        return "(\(function.rawValue) \(render(x)) \(render(y)))"
    case .boundMaturityCall(let function, let argument, _):
        return "\(function.rawValue)(\(argument ?? ""))"
    }
}

/// Parses, or gives the syntax error as `offset: message`.
func parseResult(_ text: String, language: Language = .fr) -> String {
    do {
        return render(try Expression.parse(text, language: language).root)
    } catch {
        return "\(error.offset): \(error.message)"
    }
}

/// A hand-filled environment for the evaluator, independent of scoring.
struct FakeEnvironment: ExpressionEnvironment {
    var values: [String: ExpressionValue] = [:]
    var scores: [String: Double] = [:]
    var notApplicable: Set<String> = []
    var themeScores: [String: Double] = [:]
    var themeLevels: [String: Int] = [:]
    var overall: Double?
    var level: Int?

    func value(of question: String) -> ExpressionValue { values[question] ?? .null }
    func score(of question: String) -> Double? { scores[question] }
    func isNotApplicable(_ question: String) -> Bool { notApplicable.contains(question) }
    func themeScore(_ theme: String) -> Double? { themeScores[theme] }
    func themeLevel(_ theme: String) -> Int? { themeLevels[theme] }
    func overallScore() -> Double? { overall }
    func overallLevel() -> Int? { level }
}

/// Evaluates `text`, which must parse.
func evaluate(_ text: String, in environment: some ExpressionEnvironment = FakeEnvironment()) throws -> ExpressionValue {
    let expression = try Expression.parse(text)
    return ExpressionEvaluator(environment: environment).evaluate(expression.root)
}

/// Whether `text`, which must parse, holds as a condition.
func holds(_ text: String, in environment: some ExpressionEnvironment = FakeEnvironment()) throws -> Bool {
    try Expression.parse(text).isTrue(in: environment)
}

/// What expressions see of a scorecard: its own environment, rebuilt from its results.
func environment(of card: Scorecard) -> Scorecard.Environment {
    var index: [String: Int] = [:]
    for (i, result) in card.questions.enumerated() { index[result.question.fullID] = i }
    return Scorecard.Environment(results: card.questions, index: index, themes: card.themes,
                                 overall: (card.overallScore, card.overallLevel?.id))
}

/// `FakeEnvironment`'s questions named by position in `ids` too, as scoring names them once
/// conditions are bound.
struct PositionalEnvironment: ExpressionEnvironment {
    var inner: FakeEnvironment
    var ids: [String]

    func value(of question: String) -> ExpressionValue { inner.value(of: question) }
    func score(of question: String) -> Double? { inner.score(of: question) }
    func isNotApplicable(_ question: String) -> Bool { inner.isNotApplicable(question) }
    func themeScore(_ theme: String) -> Double? { inner.themeScore(theme) }
    func themeLevel(_ theme: String) -> Int? { inner.themeLevel(theme) }
    func overallScore() -> Double? { inner.overallScore() }
    func overallLevel() -> Int? { inner.overallLevel() }
    func value(at position: Int) -> ExpressionValue { inner.value(of: ids[position]) }
    func score(at position: Int) -> Double? { inner.score(of: ids[position]) }
    func isNotApplicable(at position: Int) -> Bool { inner.isNotApplicable(ids[position]) }
}
