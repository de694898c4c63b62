/// An estimated yearly reduction of one indicator: what a plan item saves, or the plan's total.
public struct IndicatorSaving: Sendable, Equatable {
    /// The indicator it reduces.
    public let indicatorID: String
    /// Above 0, at most the indicator's value.
    public let amount: Double

    /// Creates a saving.
    public init(indicatorID: String, amount: Double) {
        self.indicatorID = indicatorID
        self.amount = amount
    }
}
