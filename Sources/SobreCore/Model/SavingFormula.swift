/// What an action says it saves on one indicator (its `saves` entry): a number expression,
/// evaluated only when the action is triggered.
public struct SavingFormula: Sendable {
    /// The indicator it reduces.
    public var indicatorID: String
    /// The estimated yearly reduction.
    public var value: Expression

    /// Creates a saving formula.
    public init(indicatorID: String, value: Expression) {
        self.indicatorID = indicatorID
        self.value = value
    }
}
