import SobreCore

/// Where an interview stands among its questions: which are relevant, in what order, where one
/// sits, which comes next. A value with no I/O: the session asks it, the screen reads it.
struct InterviewNavigator {
    let questionnaire: Questionnaire
    private(set) var card: Scorecard
    private(set) var answers: AnswerSet
    /// Questions passed with `>` (or an empty text) in this run; not asked again until the end.
    private(set) var skipped: Set<String> = []
    /// After "go back over the missing required questions": only those are asked.
    private(set) var requiredOnly = false
    /// The association's interview asks the questions of scope `association` only (SPEC §12).
    let only: QuestionScope?

    /// Where a question sits: in its theme and among all relevant questions (1-based, 0 when not relevant).
    struct Position {
        var theme: Theme?
        var inTheme: Int
        var themeCount: Int
        var overall: Int
        var total: Int
    }

    init(questionnaire: Questionnaire, answers: AnswerSet, only: QuestionScope? = nil) {
        self.questionnaire = questionnaire
        self.only = only
        self.answers = answers
        self.card = Scorecard(questionnaire: questionnaire, answers: answers)
    }

    /// Takes the answers as they now stand; relevance follows them.
    mutating func update(_ answers: AnswerSet) {
        self.answers = answers
        card = Scorecard(questionnaire: questionnaire, answers: answers)
    }

    /// Leaves `id` for the end of this run.
    mutating func skip(_ id: String) {
        skipped.insert(id)
    }

    /// From now on, only the missing required questions are asked, skipped ones included.
    mutating func goBackOverMissingRequired() {
        skipped.removeAll()
        requiredOnly = true
    }

    /// Full ids of the relevant questions, in interview order.
    var relevantIDs: [String] {
        card.questions.filter(isAsked).map(\.question.fullID)
    }

    /// Relevant, and of the interview's scope.
    private func isAsked(_ slot: Scorecard.QuestionResult) -> Bool {
        slot.relevant && (only == nil || slot.question.scope == only)
    }

    /// Full ids of the relevant questions of a theme.
    func relevantIDs(inTheme themeID: String) -> [String] {
        card.questions.filter { isAsked($0) && $0.question.themeID == themeID }.map(\.question.fullID)
    }

    /// Required relevant questions with no answer, in order.
    var missingRequired: [String] {
        guard let only else { return card.missingRequired }
        return card.missingRequired.filter { questionnaire.question($0)?.scope == only }
    }

    func isGiven(_ id: String) -> Bool {
        answers[id]?.isGiven ?? false
    }

    /// The first relevant question after `id` (from the start when nil) still to be asked in this run.
    func firstOpen(after id: String?) -> String? {
        let order = questionnaire.questions.map(\.fullID)
        let start = id.flatMap { order.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
        let relevant = Set(relevantIDs)
        let missing = Set(missingRequired)
        for candidate in order[start...] where relevant.contains(candidate) && !skipped.contains(candidate) && !isGiven(candidate) {
            if requiredOnly, !missing.contains(candidate) { continue }
            return candidate
        }
        return nil
    }

    /// The relevant question before `id`, nil at the first.
    func previous(_ id: String) -> String? {
        let relevant = relevantIDs
        guard let k = relevant.firstIndex(of: id), k > 0 else { return nil }
        return relevant[k - 1]
    }

    /// The relevant question numbered `n` (1-based, as `aller N` and the screen number them).
    func question(number n: Int) -> String? {
        let relevant = relevantIDs
        return n >= 1 && n <= relevant.count ? relevant[n - 1] : nil
    }

    /// The number of `id` among the relevant questions, 0 when it is not one.
    func number(of id: String) -> Int {
        (relevantIDs.firstIndex(of: id) ?? -1) + 1
    }

    func position(of id: String) -> Position {
        let relevant = card.questions.filter(isAsked).map(\.question)
        let themeID = questionnaire.question(id)?.themeID
        let inTheme = relevant.filter { $0.themeID == themeID }
        return Position(
            theme: themeID.flatMap(questionnaire.theme), inTheme: (inTheme.firstIndex { $0.fullID == id } ?? -1) + 1,
            themeCount: inTheme.count, overall: (relevant.firstIndex { $0.fullID == id } ?? -1) + 1, total: relevant.count)
    }
}
