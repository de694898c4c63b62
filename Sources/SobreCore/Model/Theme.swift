/// A group of questions with its own score and level.
public struct Theme: Sendable, Identifiable {
    /// `[a-z][a-z0-9_]*`, unique in the questionnaire.
    public var id: String
    public var title: String
    public var description: String?
    /// Weight of the theme in the overall score, > 0.
    public var weight: Double
    public var questions: [Question]

    /// Creates a theme.
    public init(id: String, title: String, description: String? = nil, weight: Double = 1, questions: [Question]) {
        self.id = id
        self.title = title
        self.description = description
        self.weight = weight
        self.questions = questions
    }

    /// Whether some question counts in its score (scored, weight above 0); a theme that has none
    /// is informational (an inventory): never assessed, no level, no objective.
    public var isScored: Bool { questions.contains { $0.isScored && $0.weight > 0 } }
}
