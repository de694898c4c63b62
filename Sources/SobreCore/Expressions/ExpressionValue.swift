/// A value during evaluation; `null` stands for unanswered, not applicable or not relevant.
public enum ExpressionValue: Sendable, Equatable {
    case null
    case number(Double)
    case text(String)
    case bool(Bool)
    case set(PickedOptions)

    /// A multiple choice's ids in the order picked, nil for any other value: what equality, which
    /// takes the picked options as a set, does not compare.
    var pickedInOrder: [String]? {
        if case .set(let picked) = self { return picked.ids }
        return nil
    }
}
