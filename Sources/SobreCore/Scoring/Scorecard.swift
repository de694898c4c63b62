import SobreJSON

/// The scores, levels and plan of one assessment, computed exactly as SPEC §3 says.
public struct Scorecard: Sendable {
    /// What became of one question.
    public struct QuestionResult: Sendable {
        /// The question.
        public var question: Question { list.questions[position] }
        /// The questionnaire's questions in interview order and the answers scored, one box per
        /// scorecard shared by its results: a copy of the question in each result (a dozen
        /// references) was a large part of the cost of scoring thousands of assessments, and
        /// holding the questionnaire's own array in each result made both cores of a comparison
        /// count references on it.
        private let list: QuestionList
        /// Its position in `questions`.
        let position: Int
        /// Its `when` holds (or it has none).
        public let relevant: Bool
        /// The stored answer, when relevant and usable.
        ///
        /// Read from the answers the scorecard keeps, where it is always the slot's own value: a
        /// copy of it in each result was made, then released, for each of a comparison's
        /// 500,000 answers, which never read it.
        public var value: JSONValue? {
            guard usable, position < list.slots.count else { return nil }
            return list.slots[position]?.value
        }
        /// Whether the slot's value is the answer (relevant, not N/A, read by its question).
        private let usable: Bool
        /// Marked not applicable (and relevant).
        public let notApplicable: Bool
        /// Its score in [0, 1], when scored and answered.
        public let score: Double?
        /// Enters its theme's score.
        public let counted: Bool
        /// The value as expressions see it.
        let expressionValue: ExpressionValue

        init(list: QuestionList, position: Int, relevant: Bool, usable: Bool, notApplicable: Bool,
             score: Double?, counted: Bool, expressionValue: ExpressionValue) {
            self.list = list
            self.position = position
            self.relevant = relevant
            self.usable = usable
            self.notApplicable = notApplicable
            self.score = score
            self.counted = counted
            self.expressionValue = expressionValue
        }
    }

    /// A questionnaire's questions and the answers scored against them, by position, held once
    /// by a scorecard for all its results.
    final class QuestionList: Sendable {
        let questions: [Question]
        let slots: [AnswerSlot?]

        init(_ questions: [Question], slots: [AnswerSlot?]) {
            self.questions = questions
            self.slots = slots
        }
    }

    /// A theme's score and level.
    public struct ThemeResult: Sendable {
        /// The theme.
        public var theme: Theme { lookup.themes[position] }
        /// The questionnaire's themes, shared by the scorecard's results: a copy of the theme in
        /// each (four references) was counted, then released, for every theme of each of a
        /// comparison's assessments.
        private let lookup: QuestionnaireLookup
        /// Its position in the questionnaire's themes.
        let position: Int
        /// 0–100, nil when not assessed.
        public let score: Double?
        public let level: Level?
        /// Questions that entered the score.
        public let counted: Int
        /// Relevant questions, scored or not.
        public let relevant: Int

        init(lookup: QuestionnaireLookup, position: Int, score: Double?, level: Level?, counted: Int, relevant: Int) {
            self.lookup = lookup
            self.position = position
            self.score = score
            self.level = level
            self.counted = counted
            self.relevant = relevant
        }
    }

    public let questionnaire: Questionnaire
    /// Every question, in interview order.
    public let questions: [QuestionResult]
    /// Every theme, in file order.
    public let themes: [ThemeResult]
    /// 0–100, nil when no theme is assessed.
    public let overallScore: Double?
    /// The level of the overall score alone.
    public let levelByScore: Level?
    /// The overall level after `weakest_link`.
    public let overallLevel: Level?
    /// Whether `weakest_link` lowered the level.
    public let capped: Bool
    /// When capped, the ids of the assessed themes at the lowest level, which hold the level down.
    public var cappedBy: [String] {
        capped ? Self.holdingPositions(themes.map { $0.level?.id }).map { themes[$0].theme.id } : []
    }
    /// Triggered actions in plan order, each with the answers that make it worth doing.
    ///
    /// Made when asked for: a comparison of thousands of assessments needs only the order.
    public var plan: [PlanItem] {
        PlanBuilder.items(placements, questionnaire: questionnaire,
                          environment: Environment(results: questions, index: resultIndex, themes: themes,
                                                   overall: (overallScore, overallLevel?.id),
                                                   indicatorValues: estimates.values, binding: questionnaire.lookup.estimates.binding),
                          estimates: estimates)
    }
    /// Triggered actions in plan order, as positions in `questionnaire.actions`, with their gap.
    private(set) var placements: [PlanBuilder.Placement] = []
    /// Relevant required questions with neither an answer nor N/A.
    public var missingRequired: [String] {
        questions.filter { $0.relevant && $0.question.required && !$0.notApplicable && $0.value == nil }.map(\.question.fullID)
    }
    /// The indicators' values and the plan's savings (SPEC §8), by position.
    private(set) var estimates = Estimates.none
    /// Whether the plan and the estimates are made (`withDetails`).
    private(set) var hasDetails = false

    private let resultIndex: [String: Int]

    /// Scores `answers` against `questionnaire`.
    public init(questionnaire: Questionnaire, answers: AnswerSet) {
        self.init(questionnaire: questionnaire,
                  slots: questionnaire.lookup.fullIDs.map { id in answers[id].map(AnswerSlot.init) })
    }

    /// Scores the answers given for each question, by position in interview order
    /// (`slots[k]` for `questionnaire.lookup.questions[k]`; missing positions are unanswered).
    init(questionnaire: Questionnaire, slots: [AnswerSlot?]) {
        self.init(scoresOf: questionnaire, slots: slots)
        makeDetails()
    }

    /// The scores and levels alone, without the plan and the estimates: a comparison scores every
    /// assessment of a site but needs those of its latest ones only (`withDetails`).
    init(scoresOf questionnaire: Questionnaire, slots: [AnswerSlot?]) {
        self.questionnaire = questionnaire
        let lookup = questionnaire.lookup
        var results: [QuestionResult] = []
        results.reserveCapacity(lookup.questions.count)
        // Expressions see the results computed so far. With unique full ids (every questionnaire
        // that loads) every position is known in advance and `Environment` hides those not yet
        // computed; otherwise the table is filled as questions come, the last duplicate winning.
        var index = lookup.hasDuplicateFullIDs ? [:] : lookup.positionByFullID
        let interviewOrder = lookup.questions
        let list = QuestionList(interviewOrder, slots: slots)
        let entersScore = lookup.entersScore
        let choices = lookup.choices
        for k in interviewOrder.indices {
            // The environment lives for this statement only, so `results` is not shared (and
            // copied) when the result is appended below.
            let relevant = lookup.questionConditions[k].map {
                $0.isTrue(in: Environment(results: results, index: index, themes: [], overall: nil))
            } ?? true
            // The slot's fields read in place: a copy of the whole slot, then its release, for
            // each of a comparison's 500,000 answers, was a tenth of scoring them.
            let present = k < slots.count
            // N/A only where the question offers it; elsewhere a stored N/A is an answer that does not fit.
            let na = relevant && present && interviewOrder[k].allowsNA && (slots[k]?.notApplicable ?? false)
            var usable = false
            var expressionValue = ExpressionValue.null
            var score: Double?
            // Options the scan recognised are read from the choice columns; any other answer
            // through the question's kind.
            if relevant, !na, present, let raw = slots[k]?.value,
               let reading = choices.read(raw, at: k, recognised: slots[k]?.recognised ?? 0)
                   ?? AnswerInterpreter.read(raw, kind: interviewOrder[k].kind) {
                usable = true
                expressionValue = reading.value
                score = reading.score
            }
            let counted = entersScore[k] && score != nil
            if lookup.hasDuplicateFullIDs { index[lookup.fullIDs[k]] = results.count }
            results.append(QuestionResult(list: list, position: k, relevant: relevant, usable: usable, notApplicable: na,
                                          score: score, counted: counted, expressionValue: expressionValue))
        }
        questions = results
        resultIndex = index

        var themeResults: [ThemeResult] = []
        themeResults.reserveCapacity(questionnaire.themes.count)
        var counted: [(weight: Double, value: Double)] = []
        // Room for any theme at once, not grown theme after theme.
        counted.reserveCapacity(lookup.questions.count)
        // The assessed themes' weights and scores, and their levels, for the overall score.
        var assessed: [(weight: Double, value: Double)] = []
        assessed.reserveCapacity(questionnaire.themes.count)
        var assessedLevels: [Int] = []
        assessedLevels.reserveCapacity(questionnaire.themes.count)
        // By position, the theme's weight read in place: no copy of each theme.
        for t in lookup.themes.indices {
            // The questions of the theme, in interview order, known once per questionnaire.
            var relevantCount = 0
            counted.removeAll(keepingCapacity: true)
            // Fields read in place: a copy of each result would copy its question too.
            for k in lookup.themeMembers[t] {
                if results[k].relevant { relevantCount += 1 }
                if results[k].counted { counted.append((lookup.questions[k].weight, results[k].score ?? 0)) }
            }
            let countedCount = counted.count
            let score = Self.weightedMean(counted, times: 100)
            let level = score.flatMap(questionnaire.level(for:))
            if let score {
                assessed.append((lookup.themes[t].weight, score))
                if let level { assessedLevels.append(level.id) }
            }
            themeResults.append(ThemeResult(lookup: lookup, position: t, score: score, level: level, counted: countedCount, relevant: relevantCount))
        }
        themes = themeResults

        let overall = Self.weightedMean(assessed, times: 1)
        overallScore = overall
        let byScore = overall.flatMap(questionnaire.level(for:))
        levelByScore = byScore
        let (level, wasCapped) = Self.cappedLevel(byScore, themeLevels: assessedLevels, questionnaire: questionnaire)
        overallLevel = level
        capped = wasCapped
    }

    /// This scorecard with its plan and estimates made, as `init(questionnaire:slots:)` makes them.
    func withDetails() -> Scorecard {
        var card = self
        card.makeDetails()
        return card
    }

    /// This scorecard with its indicators' values made (as `withDetails` makes them), without the
    /// plan and its savings: what a comparison keeps of a baseline that is no site's latest, whose
    /// progress reads the values only. Its details stay to be made.
    func withIndicatorValues() -> Scorecard {
        var card = self
        guard !hasDetails, !questionnaire.indicators.isEmpty else { return card }
        card.estimates = Estimates(lookup: questionnaire.lookup, environment: scoredEnvironment)
        return card
    }

    /// What expressions see once every question and theme is scored: the answers, the themes'
    /// and the overall scores and levels (the indicators are added as they are made).
    private var scoredEnvironment: Environment {
        Environment(results: questions, index: resultIndex, themes: themes, overall: (overallScore, overallLevel?.id))
    }

    private mutating func makeDetails() {
        guard !hasDetails else { return }
        hasDetails = true
        var environment = scoredEnvironment
        // Indicators see the answers as conditions do; actions' conditions and savings see the
        // indicators. A questionnaire without any pays nothing.
        let lookup = questionnaire.lookup
        if !questionnaire.indicators.isEmpty {
            estimates = Estimates(lookup: lookup, environment: environment)
            environment.indicatorValues = estimates.values
        }
        placements = PlanBuilder.placements(questionnaire: questionnaire, environment: environment)
        if !questionnaire.indicators.isEmpty {
            estimates.addSavings(placements, lookup: lookup, environment: environment)
        }
    }

    /// The overall level after `weakest_link` (SPEC §3.4) from the level of the score alone and
    /// the levels of the assessed themes, and whether the cap lowered it. A projection (SPEC §9)
    /// caps its levels here too.
    package static func cappedLevel(_ byScore: Level?, themeLevels: [Int], questionnaire: Questionnaire) -> (level: Level?, capped: Bool) {
        guard let k = questionnaire.weakestLink, let current = byScore, let lowest = themeLevels.min() else { return (byScore, false) }
        // A cap beyond Int's range caps nothing (weakest_link: 9223372036854775807).
        let (cap, overflow) = lowest.addingReportingOverflow(k)
        guard !overflow, current.id > cap else { return (byScore, false) }
        // The cap is a level id; with gaps in the ids, the highest level not above it.
        let level = questionnaire.levels.filter { $0.id <= cap }.max { $0.id < $1.id } ?? current
        return (level, level.id != current.id)
    }

    /// Positions of the assessed themes (a level id) at the lowest level id: those a
    /// `weakest_link` cap comes from.
    package static func holdingPositions(_ levelIDs: [Int?]) -> [Int] {
        guard let lowest = levelIDs.compactMap({ $0 }).min() else { return [] }
        return levelIDs.indices.filter { levelIDs[$0] == lowest }
    }

    /// `times × Σ w·x / Σ w`, nil when the weights sum to 0. Weights near the largest double
    /// make the sums infinite and the quotient NaN; then they are first divided by the largest.
    static func weightedMean(_ items: [(weight: Double, value: Double)], times: Double) -> Double? {
        let total = items.reduce(0.0) { $0 + $1.weight }
        guard !items.isEmpty, total > 0 else { return nil }
        let plain = times * items.reduce(0.0) { $0 + $1.weight * $1.value } / total
        if plain.isFinite { return plain }
        let largest = items.map(\.weight).max() ?? 1
        let scaled = items.map { (weight: $0.weight / largest, value: $0.value) }
        return times * scaled.reduce(0.0) { $0 + $1.weight * $1.value } / scaled.reduce(0.0) { $0 + $1.weight }
    }

    /// The result for a question by full id.
    public func result(for fullID: String) -> QuestionResult? {
        resultIndex[fullID].map { questions[$0] }
    }

    /// The actions triggered by these answers, by id.
    public var triggeredActionIDs: Set<String> { Set(plan.map(\.action.id)) }

    /// The first five quick wins.
    public var quickWins: [PlanItem] { Array(plan.filter { $0.action.horizon == .quickWin }.prefix(5)) }

    /// What expressions see: the results computed so far.
    struct Environment: ExpressionEnvironment {
        let results: [QuestionResult]
        let index: [String: Int]
        let themes: [ThemeResult]
        let overall: (score: Double?, level: Int?)?
        /// The indicators computed so far, in file order.
        var indicatorValues: [Double?] = []
        /// Factor values and indicator positions by name, for expressions evaluated as written
        /// (the reasons of a plan item); bound ones carry them.
        var binding: ExpressionBinding?

        /// The position in `results` of a question already computed.
        func position(_ id: String) -> Int? {
            guard let i = index[id], i < results.count else { return nil }
            return i
        }

        func result(_ id: String) -> QuestionResult? { position(id).map { results[$0] } }

        // Each reads one field in place: copying a whole result (its question and all its
        // strings) for every reference was most of the cost of evaluating conditions.
        func value(of question: String) -> ExpressionValue { position(question).map { results[$0].expressionValue } ?? .null }
        func score(of question: String) -> Double? { position(question).flatMap { results[$0].score } }
        func isNotApplicable(_ question: String) -> Bool { position(question).map { results[$0].notApplicable } ?? false }
        func themeScore(_ theme: String) -> Double? { themes.first { $0.theme.id == theme }?.score }
        func themeLevel(_ theme: String) -> Int? { themes.first { $0.theme.id == theme }?.level?.id }
        func overallScore() -> Double? { overall?.score }
        func overallLevel() -> Int? { overall?.level }
        func value(at position: Int) -> ExpressionValue { position < results.count ? results[position].expressionValue : .null }
        func score(at position: Int) -> Double? { position < results.count ? results[position].score : nil }
        func isNotApplicable(at position: Int) -> Bool { position < results.count && results[position].notApplicable }
        func factor(_ name: String) -> Double? { binding?.factors[name] }
        func indicator(_ id: String) -> Double? { binding?.indicators[id].flatMap(indicator(at:)) }
        func indicator(at position: Int) -> Double? { position < indicatorValues.count ? indicatorValues[position] : nil }
    }
}
