/// `factor(f)` and `indicator(i)` (SPEC §8): names of the questionnaire's factors and indicators.
extension ExpressionChecker {
    /// Both give a number; `indicator(i)` only where the usage allows it.
    mutating func inferEstimateCall(_ function: ExpressionFunction, _ argument: String?, _ offset: Int, _ argumentOffset: Int) -> ValueType {
        let functionName = function.rawValue
        guard let argument, !argument.contains(".") else {
            report(argumentOffset, ExpressionMessage.expectsEstimateName(functionName, in: language))
            return .unknown
        }
        if function == .factor {
            if !questionnaire.factorIDs.contains(argument) {
                let hint = Suggestion.hint(for: argument, among: questionnaire.factorIDs, language: language)
                report(argumentOffset, ExpressionMessage.unknownFactor(argument, hint: hint, in: language))
            }
            return .number
        }
        switch usage {
        case .question:
            report(offset, ExpressionMessage.indicatorInQuestion(in: language))
            return .unknown
        case .indicator(let own, let earlier):
            if argument == own {
                report(argumentOffset, ExpressionMessage.indicatorOnItself(argument, in: language))
            } else if !earlier.contains(argument), questionnaire.indicatorIDs.contains(argument) {
                report(argumentOffset, ExpressionMessage.indicatorOnLater(argument, own: own, in: language))
            } else if !earlier.contains(argument) {
                reportUnknownIndicator(argument, at: argumentOffset)
            }
        case .action, .saving:
            if !questionnaire.indicatorIDs.contains(argument) { reportUnknownIndicator(argument, at: argumentOffset) }
        }
        return .number
    }

    private mutating func reportUnknownIndicator(_ id: String, at offset: Int) {
        let hint = Suggestion.hint(for: id, among: questionnaire.indicatorIDs, language: language)
        report(offset, ExpressionMessage.unknownIndicator(id, hint: hint, in: language))
    }
}
