/// What the checker needs to know of the questionnaire.
struct QuestionnaireIndex {
    private let questions: [String: Question]
    let questionIDs: [String]
    let themeIDs: Set<String>
    /// The level ids, in file order.
    var levelIDs: [Int] = []
    /// Questions whose definition is already an error (unknown type or option set…): known by
    /// name, so that a condition naming them does not add an error of its own.
    var unreadableQuestions: Set<String> = []
    /// Theme ids that are already an error (`fin-de-vie`), as written.
    var unreadableThemes: Set<String> = []
    /// The factors' names, in file order (SPEC §8).
    var factorIDs: [String] = []
    /// The indicators' ids, in file order, those whose value is an error included.
    var indicatorIDs: [String] = []

    init(themes: [Theme]) {
        var table: [String: Question] = [:]
        var ids: [String] = []
        for question in themes.flatMap(\.questions) where table[question.fullID] == nil {
            table[question.fullID] = question
            ids.append(question.fullID)
        }
        questions = table
        questionIDs = ids
        themeIDs = Set(themes.map(\.id))
    }

    func question(_ id: String) -> Question? { questions[id] }

    /// Whether `id` names a question or theme whose definition is already an error.
    func isUnreadable(_ id: String) -> Bool {
        if unreadableQuestions.contains(id) { return true }
        return unreadableThemes.contains(String(id.prefix { $0 != "." }))
    }
}
