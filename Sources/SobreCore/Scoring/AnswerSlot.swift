import SobreJSON

/// What scoring reads of a stored answer: its value and whether it is marked not applicable.
///
/// Notes, times and unknown keys play no part in a score; leaving them out lets a comparison
/// read thousands of files without building an `Answer` for each answer.
struct AnswerSlot: Sendable, Equatable {
    /// The value as stored; nil for none or JSON null.
    var value: JSONValue?
    var notApplicable: Bool
    /// The positions of the question's options, as bits, that the scan found the value's texts
    /// to be on their bytes: every text of the value, each a different option (0 when it did
    /// not, or could not, say). Scoring then reads those options' scores (`ChoiceTable`) rather
    /// than looking for each text among the options. How the value was read, not what it is:
    /// two slots are equal whatever their marks.
    var recognised: UInt64 = 0

    init(value: JSONValue?, notApplicable: Bool, recognised: UInt64 = 0) {
        self.value = value
        self.notApplicable = notApplicable
        self.recognised = recognised
    }

    init(_ answer: Answer) {
        self.init(value: answer.value, notApplicable: answer.notApplicable)
    }

    static func == (a: AnswerSlot, b: AnswerSlot) -> Bool {
        a.value == b.value && a.notApplicable == b.notApplicable
    }
}
