@testable import SobreCore

/// The expression language, with the properties the seeded fuzz tests check too
/// (`ConditionProperties`): parsing places its errors inside the text; the checker places its
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
        let expression: Expression
        do {
            expression = try Expression.parse(text)
        } catch {
            FuzzTarget.check(ConditionProperties.failures(of: error, in: text))
            return
        }
        if let index {
            var asAction = ExpressionChecker(questionnaire: index, usage: .action, language: .fr)
            asAction.check(expression)
            var asQuestion = ExpressionChecker(questionnaire: index, usage: .question(fullID: names[min(20, names.count - 1)],
                                               earlier: Set(names.prefix(20))), language: .en)
            asQuestion.check(expression)
            FuzzTarget.check(ConditionProperties.failures(of: asAction.problems + asQuestion.problems, in: text))
        }
        for environment in environments {
            FuzzTarget.check(ConditionProperties.failures(evaluating: expression, boundTo: positions, in: environment))
        }
    }
}
