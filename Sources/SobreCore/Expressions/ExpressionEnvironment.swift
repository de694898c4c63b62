/// What evaluating an expression may ask about an assessment.
protocol ExpressionEnvironment {
    /// The question's value, `null` when unanswered, N/A or not relevant.
    func value(of question: String) -> ExpressionValue
    /// The question's score, nil as above.
    func score(of question: String) -> Double?
    /// Whether the question is relevant and marked not applicable.
    func isNotApplicable(_ question: String) -> Bool
    func themeScore(_ theme: String) -> Double?
    func themeLevel(_ theme: String) -> Int?
    func overallScore() -> Double?
    func overallLevel() -> Int?
    /// The same three, for a question named by its position in interview order (bound conditions).
    func value(at position: Int) -> ExpressionValue
    func score(at position: Int) -> Double?
    func isNotApplicable(at position: Int) -> Bool
    /// A factor's value (SPEC §8), nil for a name the questionnaire does not declare.
    func factor(_ name: String) -> Double?
    /// An indicator's value, nil when not estimated (or not yet computed).
    func indicator(_ id: String) -> Double?
    /// The same, for an indicator named by its position in file order (bound expressions).
    func indicator(at position: Int) -> Double?
}

extension ExpressionEnvironment {
    // Only scoring binds conditions to positions (`Expression.bound(to:)`); environments that
    // evaluate conditions as written never meet a position.
    func value(at position: Int) -> ExpressionValue { .null }
    func score(at position: Int) -> Double? { nil }
    func isNotApplicable(at position: Int) -> Bool { false }
    // Only a questionnaire's scoring knows factors and indicators.
    func factor(_ name: String) -> Double? { nil }
    func indicator(_ id: String) -> Double? { nil }
    func indicator(at position: Int) -> Double? { nil }
}
