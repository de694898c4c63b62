import SobreCore

/// The answers of an earlier assessment of the site, as a re-assessment proposes them (SPEC §10):
/// for each question of the questionnaire now, the earlier answer that fits it, or why there is none.
///
/// Matched by full question id, whatever the earlier questionnaire's version. Nothing here is
/// copied into the new assessment: the session records an earlier answer only when it is confirmed.
public struct EarlierAnswers: Sendable {
    /// The earlier assessment and the questionnaire it was taken with.
    public let assessment: Assessment
    public let questionnaire: Questionnaire
    /// What the new file records in `based_on`.
    public let reference: BasedOn

    /// Earlier answers over `assessment`, taken with `questionnaire`, recorded as `reference`.
    public init(assessment: Assessment, questionnaire: Questionnaire, reference: BasedOn) {
        (self.assessment, self.questionnaire, self.reference) = (assessment, questionnaire, reference)
    }

    /// Why an earlier answer is not proposed.
    public enum Unusable: Sendable, Equatable {
        /// The earlier questionnaire had no question with this full id.
        case newQuestion
        /// The question was there, but not answered.
        case notAnswered
        /// An option it picked is no longer offered.
        case optionRemoved
        /// The question is of another type now (or the stored value is not of its type).
        case typeChanged
        /// The number is outside the bounds or the steps the question now accepts.
        case outOfBounds
        /// It was "not applicable", which the question no longer offers.
        case notApplicableNoLongerOffered
        /// Any other reason it does not fit now (an exclusive option now picked with others…).
        case noLongerFits
        /// It was the head office's answer, copied then: only the head office's current
        /// assessment gives it now (SPEC §12), never last year's copy.
        case headOfficeCopy
    }

    /// What the earlier assessment gives for one question.
    public enum Proposal: Sendable, Equatable {
        /// An answer to confirm with Enter: its value or N/A, the earlier note shown beside it.
        case usable(Answer)
        case unusable(Unusable)
    }

    /// The date of the earlier assessment.
    public var date: String { assessment.date }

    /// What the earlier assessment gives for `question` as it is now.
    public func proposal(for question: Question) -> Proposal {
        let id = question.fullID
        // An answer to an id the earlier questionnaire did not have was kept, never asked: not proposed.
        guard let before = questionnaire.question(id) else { return .unusable(.newQuestion) }
        guard let earlier = assessment.answers[id], earlier.isGiven else { return .unusable(.notAnswered) }
        if earlier.inherited { return .unusable(.headOfficeCopy) }
        if before.kind.name != question.kind.name { return .unusable(.typeChanged) }
        if earlier.notApplicable {
            return question.allowsNA ? .usable(Answer(notApplicable: true, note: earlier.note)) : .unusable(.notApplicableNoLongerOffered)
        }
        guard let value = earlier.value else { return .unusable(.notAnswered) }
        if AnswerInterpreter.fits(value, question) { return .usable(Answer(value: value, note: earlier.note)) }
        switch (question.kind, value) {
        case (.single(let options), .string(let picked)):
            return .unusable(options.contains { $0.id == picked } ? .noLongerFits : .optionRemoved)
        case (.multiple(let options), .array(let items)):
            let ids = items.compactMap(\.stringValue)
            guard ids.count == items.count else { return .unusable(.typeChanged) }
            return .unusable(ids.allSatisfy { id in options.contains { $0.id == id } } ? .noLongerFits : .optionRemoved)
        case (.scale, .number), (.number, .number):
            return .unusable(.outOfBounds)
        default:
            return .unusable(.typeChanged)
        }
    }

    /// Full ids of the earlier answers whose question `now` no longer has: they cannot be
    /// proposed anywhere, so the interview names them once rather than drop them in silence.
    public func removedQuestions(now: Questionnaire) -> [String] {
        assessment.answers.filter { $0.answer.isGiven && questionnaire.question($0.id) != nil && now.question($0.id) == nil }.map(\.id)
    }

    /// The earlier answer `proposal` gives, nil when none is usable.
    public func usable(for question: Question) -> Answer? {
        if case .usable(let answer) = proposal(for: question) { return answer }
        return nil
    }

    /// How the current answers stand against the earlier ones: kept as they were, or changed
    /// (an earlier answer that was given, answered otherwise now). Questions not yet answered count in neither.
    public func tally(_ answers: AnswerSet, among ids: [String]) -> (confirmed: Int, changed: Int) {
        var confirmed = 0, changed = 0
        for id in ids {
            guard let now = answers[id], now.isGiven, let earlier = assessment.answers[id], earlier.isGiven else { continue }
            if Self.same(now, earlier) { confirmed += 1 } else { changed += 1 }
        }
        return (confirmed, changed)
    }

    /// Whether two answers say the same thing (value or N/A; notes and times aside).
    public static func same(_ a: Answer, _ b: Answer) -> Bool {
        a.notApplicable == b.notApplicable && (a.notApplicable || a.value == b.value)
    }
}
