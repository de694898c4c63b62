import SobreJSON

/// What scoring reads of a stored answer: its value and whether it is marked not applicable.
///
/// Notes, times and unknown keys play no part in a score; leaving them out lets a comparison
/// read thousands of files without building an `Answer` for each answer.
struct AnswerSlot: Sendable, Equatable {
    /// The value as stored; nil for none or JSON null.
    var value: JSONValue?
    var notApplicable: Bool

    init(value: JSONValue?, notApplicable: Bool) {
        self.value = value
        self.notApplicable = notApplicable
    }

    init(_ answer: Answer) {
        self.init(value: answer.value, notApplicable: answer.notApplicable)
    }
}
