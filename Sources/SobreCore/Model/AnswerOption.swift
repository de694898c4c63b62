/// One of the options of a `single` or `multiple` question.
public struct AnswerOption: Sendable, Hashable {
    /// `[a-z0-9_]+`, unique in its question; what answers store.
    public var id: String
    public var label: String
    /// In [0, 1].
    public var score: Double
    /// In a `multiple`, an option that cannot be picked with others ("none of these").
    public var exclusive: Bool

    /// Creates an option.
    public init(id: String, label: String, score: Double, exclusive: Bool = false) {
        self.id = id
        self.label = label
        self.score = score
        self.exclusive = exclusive
    }
}
