import Yams

/// `when` conditions, parsed and checked against the questionnaire.
extension QuestionnaireBuilder {
    /// A condition, checked; `warned` when it got a warning (it is still usable).
    mutating func readCondition(
        _ node: Node, usage: ExpressionChecker.Usage, index: QuestionnaireIndex, key: String = "when"
    ) -> (expression: Expression?, warned: Bool) {
        guard let text = reader.text(node, key: key) else { return (nil, false) }
        let expression: Expression
        do {
            expression = try Expression.parse(text, language: language)
        } catch {
            // `fin-de-vie.deee` does not parse; the theme id is the error, already reported.
            if index.unreadableThemes.contains(where: { Self.mentions(text, $0) }) { return (nil, false) }
            reader.error(at: reader.location(inScalar: node, offset: error.offset),
                         usage.isNumber ? LoaderMessage.invalidFormula(error.message, in: language)
                             : LoaderMessage.invalidCondition(error.message, in: language))
            return (nil, false)
        }
        var checker = ExpressionChecker(questionnaire: index, usage: usage, language: language)
        checker.check(expression)
        for problem in checker.problems {
            let place = reader.location(inScalar: node, offset: problem.offset)
            if problem.isWarning {
                reader.warning(at: place, problem.message)
            } else {
                reader.error(at: place, problem.message)
            }
        }
        let failed = checker.problems.contains { !$0.isWarning }
        return (failed ? nil : expression, checker.problems.contains(where: \.isWarning))
    }

    /// Whether `text` names `word` as a whole: not inside a longer name.
    static func mentions(_ text: String, _ word: String) -> Bool {
        guard !word.isEmpty else { return false }
        let isName: (Character) -> Bool = { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
        var rest = text[...]
        while let range = rest.range(of: word) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            if !(before.map(isName) ?? false), !(after.map(isName) ?? false) { return true }
            rest = text[range.upperBound...]
        }
        return false
    }
}
