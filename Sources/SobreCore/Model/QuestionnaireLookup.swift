/// What a questionnaire's themes and actions give once for all: the questions in interview order,
/// their full ids, and positions by id, so that scoring thousands of assessments does not
/// flatten the themes, build full ids or search lists again for each of them.
///
/// Every lookup answers exactly as the linear search it replaces, duplicates included (only an
/// invalid questionnaire, never a loaded one, has duplicate ids). A class: every scorecard of a
/// comparison reads it on every core, and each copy of a struct of twenty arrays bounced their
/// reference counts between the cores.
final class QuestionnaireLookup: Sendable {
    /// The themes it was made from (`Questionnaire.themes`, whose changes make a new lookup).
    let themes: [Theme]
    /// Every question, theme by theme, in file order.
    let questions: [Question]
    /// `questions[k].fullID`.
    let fullIDs: [String]
    /// Whether `questions[k]` enters its theme's score once answered: scored, with a weight.
    let entersScore: [Bool]
    /// The choice questions' options in columns, for the answers a scan recognised.
    let choices: ChoiceTable
    /// Position in `questions` by full id; the last one for a duplicate, as a table filled in
    /// interview order keeps it.
    let positionByFullID: [String: Int]
    /// Whether two questions share a full id.
    let hasDuplicateFullIDs: Bool
    /// For each theme, the positions of the questions whose `themeID` is the theme's id.
    let themeMembers: [[Int]]
    /// Position in `themes` of the first theme with an id.
    let themeByID: [String: Int]
    /// Position in `actions` of the first action with an id.
    let actionByID: [String: Int]
    /// `question(_:)`: the first question with the id in the first theme with the theme id.
    let questionByFullID: [String: Question]
    /// For each action, the position of the first action with its id: actions are told apart
    /// by id, as the plan's `after` names them.
    let actionKey: [Int]
    /// For each action, the keys (as `actionKey`) of the actions its `after` names, leaving out
    /// the ids no action has and its own id, which can never hold it back.
    let actionAfter: [[Int]]
    /// For each action, the positions in `questions` of the questions its condition names, in
    /// interview order: where the plan's gap is summed.
    let actionReferencePositions: [[Int]]
    /// Each question's `when`, its question names bound to positions, nil for none.
    let questionConditions: [ExpressionNode?]
    /// Each action's `when`, bound the same way.
    let actionConditions: [ExpressionNode]
    /// Indicator values, savings and the positions they name (SPEC §8).
    let estimates: EstimateLookup

    init(themes: [Theme], actions: [Action], factors: [Factor] = [], indicators: [Indicator] = []) {
        self.themes = themes
        let questions = themes.flatMap(\.questions)
        self.questions = questions
        let fullIDs = questions.map(\.fullID)
        self.fullIDs = fullIDs
        entersScore = questions.map { $0.isScored && $0.weight > 0 }
        choices = ChoiceTable(questions)
        var positions: [String: Int] = [:]
        positions.reserveCapacity(questions.count)
        for (k, id) in fullIDs.enumerated() { positions[id] = k }
        positionByFullID = positions
        hasDuplicateFullIDs = positions.count != fullIDs.count

        var byTheme: [String: [Int]] = [:]
        for (k, question) in questions.enumerated() { byTheme[question.themeID, default: []].append(k) }
        themeMembers = themes.map { byTheme[$0.id] ?? [] }

        var themeByID: [String: Int] = [:]
        var questionByFullID: [String: Question] = [:]
        for (k, theme) in themes.enumerated() where themeByID[theme.id] == nil {
            themeByID[theme.id] = k
            // A full id splits at its first dot, so a theme id with a dot is never found.
            guard !theme.id.contains(".") else { continue }
            for question in theme.questions {
                let key = theme.id + "." + question.id
                if questionByFullID[key] == nil { questionByFullID[key] = question }
            }
        }
        self.themeByID = themeByID
        self.questionByFullID = questionByFullID

        var actionByID: [String: Int] = [:]
        for (k, action) in actions.enumerated() where actionByID[action.id] == nil { actionByID[action.id] = k }
        self.actionByID = actionByID
        actionKey = actions.map { actionByID[$0.id] ?? 0 }
        actionAfter = actions.map { action in
            action.after.compactMap { id in id == action.id ? nil : actionByID[id] }
        }
        // With two questions of one id, which one a name means depends on how far scoring has
        // gone (the last one computed): such conditions stay unbound, looked up by id.
        let estimates = EstimateLookup(actions: actions, factors: factors, indicators: indicators,
                                       questions: hasDuplicateFullIDs ? [:] : positions)
        self.estimates = estimates
        let binding = estimates.binding
        questionConditions = questions.map { $0.when?.root.bound(to: binding) }
        actionConditions = actions.map { $0.when.root.bound(to: binding) }
        actionReferencePositions = actions.map { action in
            action.when.questionReferences.compactMap { positions[$0] }.sorted()
        }
    }
}
