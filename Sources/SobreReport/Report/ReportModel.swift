import SobreCore
import SobreJSON

/// Everything a report shows, computed once so that every format says the same thing.
public struct ReportModel: Sendable {
    /// A score with its level, as shown.
    public struct Standing: Sendable {
        public let score: Double?
        public let level: Level?
    }

    /// A theme's line.
    public struct ThemeLine: Sendable {
        public let theme: Theme
        public let score: Double?
        public let level: Level?
        public let counted: Int
        public let relevant: Int
        /// All its questions weigh 0: an inventory, never scored.
        public let informational: Bool
    }

    /// One answer as a reader sees it.
    public struct AnswerLine: Sendable {
        public let question: Question
        public let themeTitle: String
        public let value: JSONValue?
        public let notApplicable: Bool
        public let relevant: Bool
        /// The answer in words (option labels, Oui/Non, number with unit).
        public let display: String
        public let score: Double?
        /// Whether the score enters its theme's (a weight above 0, a scored question, relevant).
        public let counted: Bool
        public let note: String?
        /// Copied from the head office's assessment (SPEC §12); `display` says so.
        public let inherited: Bool
    }

    /// One reason of a plan item, in words.
    public struct Reason: Sendable {
        public let questionID: String
        public let questionText: String
        public let value: JSONValue?
        public let notApplicable: Bool
        public let display: String
    }

    /// A plan item with its reasons in words.
    public struct PlanLine: Sendable {
        public let rank: Int
        public let action: Action
        public let themeTitle: String
        public let gap: Double
        public let reasons: [Reason]
        public let isQuickWin: Bool
        /// Its estimated yearly savings per indicator (SPEC §8), in the order of its `saves`:
        /// estimated ones only, each capped at the indicator's value; empty when none.
        public let saves: [IndicatorSaving]
    }

    /// The change since an earlier assessment of the same site.
    public struct Progress: Sendable {
        public struct ThemeDelta: Sendable {
            public let id: String
            public let title: String
            public let score: Double?
            public let previousScore: Double?
            public let delta: Double?
        }

        public let date: String
        public let overall: Standing
        /// The level of the earlier overall score alone, before `weakest_link`.
        public let levelByScore: Level?
        public let capped: Bool
        /// The difference of the overall scores, whether comparable or not (the JSON report keeps it).
        public let overallDelta: Double?
        /// Whether the overall scores can be compared (both complete, the same themes assessed).
        public let comparability: Comparability
        /// The overall change as human reports show it: nil when not comparable.
        public var shownDelta: Double? { comparability == .comparable ? overallDelta : nil }
        public let themes: [ThemeDelta]
        public let actionsDone: [Action]
        public let actionsNew: [Action]
    }

    public let questionnaire: Questionnaire
    public let assessment: Assessment
    public let language: Language
    public let overall: Standing
    public let levelByScore: Level?
    public let capped: Bool
    /// When capped, the themes at the lowest level, which hold the overall level down.
    public let cappedBy: [Theme]
    public let themes: [ThemeLine]
    public let plan: [PlanLine]
    public let missingRequired: [String]
    public let answers: [AnswerLine]
    public let previous: Progress?
    /// The objectives in force and the roadmap to them (SPEC §9), nil when none.
    public let objectives: ReportObjectives?
    /// Without objectives: the path to the next level, nil at the highest level or not assessed.
    public let nextLevel: NextLevel?
    /// The scorecard behind it all.
    public let scorecard: Scorecard
    /// Where the site stands in a network benchmark (`report --benchmark`, see `against`).
    public internal(set) var benchmark: BenchmarkStanding?
    /// Every indicator in file order, with its value (nil: not estimated) and the questions
    /// it misses (SPEC §8); `indicator.headline` marks those summaries show first.
    public let indicators: [IndicatorEstimate]
    /// Every declared factor in file order; `overridden` marks those a `--factors` file replaced.
    public let factors: [Factor]
    /// The plan's total saving per indicator (the sum over the plan, capped at the indicator's
    /// value: an order of magnitude), indicators with at least one estimate, in file order.
    public let savings: [IndicatorSaving]

    /// The first five quick wins.
    public var quickWins: [PlanLine] { plan.filter(\.isQuickWin) }

    /// Plan lines as printed: in rank order, under a horizon heading each time the horizon
    /// changes. An action placed after its prerequisite (`after`) may bring a horizon back:
    /// its number stays in order rather than its horizon grouped.
    public static func horizonRuns(_ lines: [PlanLine]) -> [(horizon: Horizon, items: [PlanLine])] {
        var runs: [(horizon: Horizon, items: [PlanLine])] = []
        for line in lines {
            if let last = runs.indices.last, runs[last].horizon == line.action.horizon {
                runs[last].items.append(line)
            } else {
                runs.append((line.action.horizon, [line]))
            }
        }
        return runs
    }

    /// The theme holding the level back: the first capping theme, else the lowest assessed
    /// theme (the first of equals), nil when no theme is assessed.
    public var weakestTheme: ThemeLine? {
        if let first = cappedBy.first { return themes.first { $0.theme.id == first.id } }
        return themes.filter { $0.score != nil }.min { ($0.score ?? 0) < ($1.score ?? 0) }
    }

    /// Builds the model of one assessment, and of the change since `previous` when given.
    /// `targets` are the objectives of `--targets`, used when neither assessment holds any.
    public init(questionnaire: Questionnaire, assessment: Assessment, previous: (Questionnaire, Assessment)? = nil,
                targets: Targets? = nil) {
        let card = Scorecard(questionnaire: questionnaire, answers: assessment.answers)
        self.scorecard = card
        self.questionnaire = questionnaire
        self.assessment = assessment
        let language = questionnaire.language
        self.language = language
        overall = Standing(score: card.overallScore, level: card.overallLevel)
        levelByScore = card.levelByScore
        capped = card.capped
        let holding = Set(card.cappedBy)
        cappedBy = questionnaire.themes.filter { holding.contains($0.id) }
        themes = card.themes.map { t in
            ThemeLine(theme: t.theme, score: t.score, level: t.level, counted: t.counted, relevant: t.relevant,
                      informational: !t.theme.isScored)
        }
        let quickWinIDs = Set(card.quickWins.map(\.action.id))
        plan = card.plan.map { item in
            PlanLine(
                rank: item.rank, action: item.action,
                themeTitle: questionnaire.theme(item.action.themeID)?.title ?? item.action.themeID,
                gap: item.gap,
                reasons: item.because.map { reason in
                    let question = questionnaire.question(reason.questionID)
                    return Reason(
                        questionID: reason.questionID, questionText: question?.text ?? reason.questionID,
                        value: reason.value, notApplicable: reason.notApplicable,
                        display: !reason.relevant ? language.pick(fr: "sans objet (question non posée)", en: "not asked (not relevant)")
                            : question.map {
                                AnswerText.display(reason.value, notApplicable: reason.notApplicable, for: $0, language: language)
                                    + Words.headOfficeMark(assessment.answers[reason.questionID], language)
                            }
                            ?? language.pick(fr: "sans réponse", en: "no answer"))
                },
                isQuickWin: quickWinIDs.contains(item.action.id), saves: item.saves)
        }
        indicators = card.indicators
        factors = questionnaire.factors
        savings = card.savingsTotals
        missingRequired = card.missingRequired
        answers = card.questions.compactMap { result in
            let stored = assessment.answers[result.question.fullID]
            guard let stored, stored.isGiven || stored.note != nil else { return nil }
            return AnswerLine(
                question: result.question,
                themeTitle: questionnaire.theme(result.question.themeID)?.title ?? result.question.themeID,
                value: stored.value, notApplicable: stored.notApplicable && result.question.allowsNA, relevant: result.relevant,
                display: AnswerText.display(stored.value, notApplicable: stored.notApplicable && result.question.allowsNA,
                                            for: result.question, language: language) + Words.headOfficeMark(stored, language),
                score: result.score, counted: result.counted, note: stored.note, inherited: stored.inherited)
        }
        let before = previous.map { Scorecard(questionnaire: $0.0, answers: $0.1.answers) }
        objectives = ReportObjectives(card: card, assessment: assessment, previous: before.flatMap { b in previous.map { (b, $0.1) } },
                                      file: targets, figures: IndicatorFigures(card),
                                      previousFigures: before.map { IndicatorFigures($0) } ?? .none)
        nextLevel = objectives == nil ? NextLevel(card, figures: IndicatorFigures(card)) : nil
        if let (previousQuestionnaire, previousAssessment) = previous, let before {
            let beforeThemes = Dictionary(before.themes.map { ($0.theme.id, $0.score) }, uniquingKeysWith: { a, _ in a })
            let nowIDs = card.triggeredActionIDs
            let beforeIDs = before.triggeredActionIDs
            func delta(_ a: Double?, _ b: Double?) -> Double? {
                guard let a, let b else { return nil }
                return a - b
            }
            func assessed(_ c: Scorecard) -> Set<String> { Set(c.themes.filter { $0.score != nil }.map(\.theme.id)) }
            self.previous = Progress(
                date: previousAssessment.date,
                overall: Standing(score: before.overallScore, level: before.overallLevel),
                levelByScore: before.levelByScore, capped: before.capped,
                overallDelta: delta(card.overallScore, before.overallScore),
                comparability: Comparability(now: (assessment.status, assessed(card)),
                                             before: (previousAssessment.status, assessed(before))),
                themes: card.themes.map { t in
                    let old = beforeThemes[t.theme.id] ?? nil
                    return .init(id: t.theme.id, title: t.theme.title, score: t.score, previousScore: old, delta: delta(t.score, old))
                },
                actionsDone: previousQuestionnaire.actions.filter { beforeIDs.contains($0.id) && !nowIDs.contains($0.id) },
                actionsNew: questionnaire.actions.filter { nowIDs.contains($0.id) && !beforeIDs.contains($0.id) })
        } else {
            self.previous = nil
        }
    }
}
