/// What `ExpressionNode.bound(to:)` replaces names with, known once per questionnaire: a
/// question's position in interview order, a factor's value, an indicator's position in file order.
struct ExpressionBinding: Sendable {
    var questions: [String: Int]
    var factors: [String: Double] = [:]
    var indicators: [String: Int] = [:]
}
