@testable import SobreCore

/// The expression language: parsing places its errors inside the text; the checker places its
/// problems there too; evaluation always gives a value, never NaN, and the same value whether
/// the condition names questions by id or is bound to their positions (as scoring evaluates it).
enum ExpressionTarget {
    static let questionnaire = Corpus.bundled
    static let index = questionnaire.map { QuestionnaireIndex(themes: $0.themes) }
    static let names: [String] = (questionnaire?.questions.map(\.fullID) ?? []) + ["gouvernance.absente", "x.y"]
    static let positions = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    static let environments = (1...3).map { FixedAnswers(names: names, seed: UInt64($0)) }

    static func run(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        let length = text.unicodeScalars.count
        let expression: Expression
        do {
            expression = try Expression.parse(text)
        } catch {
            if error.offset < 0 || error.offset > length || error.message.isEmpty {
                FuzzTarget.finding("a syntax error at \(error.offset) of \(length): \(error.message)")
            }
            return
        }
        if let index {
            var asAction = ExpressionChecker(questionnaire: index, usage: .action, language: .fr)
            asAction.check(expression)
            var asQuestion = ExpressionChecker(questionnaire: index, usage: .question(fullID: names[min(20, names.count - 1)],
                                               earlier: Set(names.prefix(20))), language: .en)
            asQuestion.check(expression)
            for problem in asAction.problems + asQuestion.problems where problem.offset < 0 || problem.offset > length {
                FuzzTarget.finding("a problem at \(problem.offset) of \(length): \(problem.message)")
            }
        }
        let bound = expression.bound(to: positions)
        for environment in environments {
            let value = ExpressionEvaluator(environment: environment).evaluate(expression.root)
            if case .number(let x) = value, x.isNaN { FuzzTarget.finding("evaluates to NaN") }
            if ExpressionEvaluator(environment: environment).evaluate(bound) != value {
                FuzzTarget.finding("bound to positions, the condition evaluates otherwise")
            }
        }
    }
}
