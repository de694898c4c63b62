/// A questionnaire shared by every compared assessment taken with it, with what the comparison
/// derives from it once: one reference per assessment instead of a copy of the questionnaire.
final class ComparedQuestionnaire: Sendable {
    let questionnaire: Questionnaire
    /// For each theme, whether it is informational (see `ComparedAssessment.isInformational`).
    let informational: [Bool]
    /// Where a scanned file's answers land; nil when two questions share a full id (only a
    /// questionnaire that would not load), whose files the full reader places.
    let layout: AnswerLayout?

    init(_ questionnaire: Questionnaire) {
        self.questionnaire = questionnaire
        informational = questionnaire.themes.map(ComparedAssessment.isInformational)
        layout = AnswerLayout(questionnaire)
    }

    /// The scanned answers by question position; nil when the file must be decoded in full.
    func slots(of scan: AssessmentScan) -> [AnswerSlot?]? {
        guard let layout else { return nil }
        // Placed as the file was read: with this questionnaire's layout, those places; with
        // another's, the answers were not kept by id, and only the full reader can say.
        if let placed = scan.placed { return scan.placedWith === self ? placed : nil }
        return scan.slots(ids: layout.ids, positions: layout.positions)
    }
}
