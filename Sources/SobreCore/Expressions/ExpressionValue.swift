/// A value during evaluation; `null` stands for unanswered, not applicable or not relevant.
public enum ExpressionValue: Sendable, Equatable {
    case null
    case number(Double)
    case text(String)
    case bool(Bool)
    case set(PickedOptions)
}
