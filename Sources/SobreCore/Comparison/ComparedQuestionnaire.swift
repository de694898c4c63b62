/// A questionnaire shared by every compared assessment taken with it, with what the comparison
/// derives from it once: one reference per assessment instead of a copy of the questionnaire.
final class ComparedQuestionnaire: Sendable {
    let questionnaire: Questionnaire
    /// For each theme, whether it is informational (see `ComparedAssessment.isInformational`).
    let informational: [Bool]
    /// The full ids of the questions in interview order, as UTF-8, where a scanned file's
    /// answers are found.
    private let fullIDBytes: [[UInt8]]

    init(_ questionnaire: Questionnaire) {
        self.questionnaire = questionnaire
        informational = questionnaire.themes.map(ComparedAssessment.isInformational)
        fullIDBytes = questionnaire.lookup.fullIDs.map { Array($0.utf8) }
    }

    /// The scanned answers by question position; nil when the file must be decoded in full.
    func slots(of scan: AssessmentScan) -> [AnswerSlot?]? {
        let lookup = questionnaire.lookup
        // Only a questionnaire that would not load has two questions with one id; then the full
        // reader and its table decide which answer goes where.
        guard !lookup.hasDuplicateFullIDs else { return nil }
        return scan.slots(ids: fullIDBytes, positions: lookup.positionByFullID)
    }
}
