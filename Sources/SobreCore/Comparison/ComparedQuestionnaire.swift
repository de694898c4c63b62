/// A questionnaire shared by every compared assessment taken with it, with what the comparison
/// derives from it once: one reference per assessment instead of a copy of the questionnaire.
/// The threads that score a comparison each read their own copy (`original` then names the
/// shared one).
final class ComparedQuestionnaire: Sendable {
    let questionnaire: Questionnaire
    /// For each theme, whether it is informational (see `ComparedAssessment.isInformational`).
    let informational: [Bool]
    /// Where a scanned file's answers land; nil when two questions share a full id (only a
    /// questionnaire that would not load), whose files the full reader places.
    let layout: AnswerLayout?

    /// The questionnaire this is one thread's own copy of (`SharedQuestionnaires`), nil for the
    /// first copy itself: what the assessments scored with this copy name.
    let original: ComparedQuestionnaire?

    convenience init(_ questionnaire: Questionnaire) {
        self.init(Derived(questionnaire), original: nil)
    }

    /// A copy of `original` (`SharedQuestionnaires`), of what was derived from the copy's own
    /// questionnaire.
    init(_ derived: Derived, original: ComparedQuestionnaire?) {
        questionnaire = derived.questionnaire
        informational = derived.informational
        layout = derived.layout
        self.original = original
    }

    /// What is derived from a questionnaire, made apart from the object (without a lock held)
    /// so that the object can be made at once once it is known whose copy it is.
    struct Derived: Sendable {
        let questionnaire: Questionnaire
        let informational: [Bool]
        let layout: AnswerLayout?

        init(_ questionnaire: Questionnaire) {
            self.questionnaire = questionnaire
            informational = questionnaire.themes.map(ComparedAssessment.isInformational)
            layout = AnswerLayout(questionnaire)
        }
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
