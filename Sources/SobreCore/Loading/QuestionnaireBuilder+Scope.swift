import Yams

/// `scope: association | site` on a theme (its questions' default) or a question.
extension QuestionnaireBuilder {
    mutating func readScope(_ node: Node) -> QuestionScope? {
        guard let value = reader.text(node, key: "scope") else { return nil }
        if let scope = QuestionScope(rawValue: value) { return scope }
        let hint = Suggestion.hint(for: value, among: QuestionScope.allCases.map(\.rawValue), language: language)
        reader.error(node, LoaderMessage.unknownScope(value, hint: hint, in: language))
        return nil
    }
}
