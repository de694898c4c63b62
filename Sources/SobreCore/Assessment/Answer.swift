import SobreJSON

/// What was recorded for one question: a value or "not applicable", a note, when.
public struct Answer: Sendable, Equatable {
    /// The value as stored: option id, option ids, true/false, number or text.
    public var value: JSONValue?
    /// Marked not applicable.
    public var notApplicable: Bool
    /// The interviewer's note on this question.
    public var note: String?
    /// When it was answered (ISO 8601).
    public var at: String?
    /// Keys this version does not know, kept for rewriting.
    public var extra: JSONObject

    /// Creates an answer.
    public init(value: JSONValue? = nil, notApplicable: Bool = false, note: String? = nil, at: String? = nil, extra: JSONObject = JSONObject()) {
        self.value = value
        self.notApplicable = notApplicable
        self.note = note
        self.at = at
        self.extra = extra
    }

    /// Whether it holds an answer or an N/A (a note alone is not an answer).
    public var isGiven: Bool { notApplicable || (value != nil && value != .null) }
}
