/// A questionnaire shared by every compared assessment taken with it, with what the comparison
/// derives from it once: one reference per assessment instead of a copy of the questionnaire.
final class ComparedQuestionnaire: Sendable {
    let questionnaire: Questionnaire
    /// For each theme, whether it is informational (see `ComparedAssessment.isInformational`).
    let informational: [Bool]

    init(_ questionnaire: Questionnaire) {
        self.questionnaire = questionnaire
        informational = questionnaire.themes.map(ComparedAssessment.isInformational)
    }
}
