/// The scores, levels and plan of one assessment, computed exactly as SPEC §3 says.
public struct Scorecard: Sendable {
    /// What became of one question.
    public struct QuestionResult: Sendable {
        public let question: Question
        /// Its `when` holds (or it has none).
        public let relevant: Bool
        /// The stored answer, when relevant and usable.
        public let value: JSONValue?
        /// Marked not applicable (and relevant).
        public let notApplicable: Bool
        /// Its score in [0, 1], when scored and answered.
        public let score: Double?
        /// Enters its theme's score.
        public let counted: Bool
        /// The value as expressions see it.
        let expressionValue: ExpressionValue
    }

    /// A theme's score and level.
    public struct ThemeResult: Sendable {
        public let theme: Theme
        /// 0–100, nil when not assessed.
        public let score: Double?
        public let level: Level?
        /// Questions that entered the score.
        public let counted: Int
        /// Relevant questions, scored or not.
        public let relevant: Int
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
    /// Triggered actions in plan order.
    public let plan: [PlanItem]
    /// Relevant required questions with neither an answer nor N/A.
    public let missingRequired: [String]

    private let resultIndex: [String: Int]

    /// Scores `answers` against `questionnaire`.
    public init(questionnaire: Questionnaire, answers: AnswerSet) {
        self.questionnaire = questionnaire
        var results: [QuestionResult] = []
        var index: [String: Int] = [:]
        for question in questionnaire.questions {
            let environment = Environment(results: results, index: index, themes: [], overall: nil)
            let relevant = question.when.map { $0.isTrue(in: environment) } ?? true
            let answer = answers[question.fullID]
            let na = relevant && (answer?.notApplicable ?? false)
            var value: JSONValue?
            var expressionValue = ExpressionValue.null
            var score: Double?
            if relevant, !na, let raw = answer?.value, let interpreted = AnswerInterpreter.interpret(raw, for: question) {
                value = raw
                expressionValue = interpreted
                score = AnswerInterpreter.score(interpreted, for: question)
            }
            let counted = question.isScored && question.weight > 0 && score != nil
            index[question.fullID] = results.count
            results.append(QuestionResult(question: question, relevant: relevant, value: value, notApplicable: na,
                                          score: score, counted: counted, expressionValue: expressionValue))
        }
        questions = results
        resultIndex = index

        var themeResults: [ThemeResult] = []
        for theme in questionnaire.themes {
            let own = results.filter { $0.question.themeID == theme.id }
            let counted = own.filter(\.counted)
            let score = Self.weightedMean(counted.map { ($0.question.weight, $0.score ?? 0) }, times: 100)
            themeResults.append(ThemeResult(theme: theme, score: score, level: score.flatMap(questionnaire.level(for:)),
                                            counted: counted.count, relevant: own.filter(\.relevant).count))
        }
        themes = themeResults

        let assessed = themeResults.filter { $0.score != nil }
        let overall = Self.weightedMean(assessed.map { ($0.theme.weight, $0.score ?? 0) }, times: 1)
        overallScore = overall
        let byScore = overall.flatMap(questionnaire.level(for:))
        levelByScore = byScore
        var level = byScore
        var wasCapped = false
        if let k = questionnaire.weakestLink, let current = byScore,
           let lowest = assessed.compactMap({ $0.level?.id }).min() {
            // A cap beyond Int's range caps nothing (weakest_link: 9223372036854775807).
            let (cap, overflow) = lowest.addingReportingOverflow(k)
            if !overflow, current.id > cap {
                // The cap is a level id; with gaps in the ids, the highest level not above it.
                level = questionnaire.levels.filter { $0.id <= cap }.max { $0.id < $1.id } ?? current
                wasCapped = level?.id != current.id
            }
        }
        overallLevel = level
        capped = wasCapped

        missingRequired = results.filter {
            $0.relevant && $0.question.required && !$0.notApplicable && $0.value == nil
        }.map(\.question.fullID)

        let environment = Environment(results: results, index: index, themes: themeResults,
                                      overall: (overall, level?.id))
        plan = PlanBuilder.plan(questionnaire: questionnaire, environment: environment)
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

        func result(_ id: String) -> QuestionResult? {
            guard let i = index[id], i < results.count else { return nil }
            return results[i]
        }

        func value(of question: String) -> ExpressionValue { result(question)?.expressionValue ?? .null }
        func score(of question: String) -> Double? { result(question)?.score }
        func isNotApplicable(_ question: String) -> Bool { result(question)?.notApplicable ?? false }
        func themeScore(_ theme: String) -> Double? { themes.first { $0.theme.id == theme }?.score }
        func themeLevel(_ theme: String) -> Int? { themes.first { $0.theme.id == theme }?.level?.id }
        func overallScore() -> Double? { overall?.score }
        func overallLevel() -> Int? { overall?.level }
    }
}
