/// A maturity questionnaire as loaded from its YAML file: themes of questions, levels, actions.
///
/// The engine knows nothing of any domain: everything it asks, scores and proposes is here.
public struct Questionnaire: Sendable {
    /// `[a-z0-9][a-z0-9-]*`, stable across versions.
    public var id: String
    /// Free text shown in reports and stored in assessments.
    public var version: String
    /// The language of every text, and of the interface around it.
    public var language: Language
    public var title: String
    public var description: String?
    /// Where the content comes from (an extension of the format).
    public var source: String?
    /// Maturity levels, ascending by `min`.
    public var levels: [Level]
    /// When set, the overall level is at most the lowest theme level plus this.
    public var weakestLink: Int?
    public var themes: [Theme] {
        didSet { lookup = QuestionnaireLookup(themes: themes, actions: actions, factors: factors, indicators: indicators) }
    }
    public var actions: [Action] {
        didSet { lookup = QuestionnaireLookup(themes: themes, actions: actions, factors: factors, indicators: indicators) }
    }
    /// Named constants, in file order (SPEC §8).
    public var factors: [Factor] {
        didSet { lookup = QuestionnaireLookup(themes: themes, actions: actions, factors: factors, indicators: indicators) }
    }
    /// Estimates computed from the answers, in file order (SPEC §8).
    public var indicators: [Indicator] {
        didSet { lookup = QuestionnaireLookup(themes: themes, actions: actions, factors: factors, indicators: indicators) }
    }
    /// Hex SHA-256 of the file's bytes: how assessments name the exact questionnaire.
    public var sha256: String
    /// The path the questionnaire was read from.
    public var path: String
    /// Questions and positions by id, derived from `themes` and `actions` and rebuilt whenever
    /// they change: scoring reads it for every assessment.
    private(set) var lookup: QuestionnaireLookup

    /// Creates a questionnaire; the loader is the usual way.
    public init(
        id: String, version: String, language: Language, title: String, description: String? = nil,
        source: String? = nil, levels: [Level], weakestLink: Int? = nil, themes: [Theme],
        actions: [Action], factors: [Factor] = [], indicators: [Indicator] = [], sha256: String = "", path: String = ""
    ) {
        self.id = id
        self.version = version
        self.language = language
        self.title = title
        self.description = description
        self.source = source
        self.levels = levels
        self.weakestLink = weakestLink
        self.themes = themes
        self.actions = actions
        self.factors = factors
        self.indicators = indicators
        self.sha256 = sha256
        self.path = path
        lookup = QuestionnaireLookup(themes: themes, actions: actions, factors: factors, indicators: indicators)
    }

    /// Every question in interview order: theme by theme, in file order.
    public var questions: [Question] { lookup.questions }

    /// The question with this full id (`theme.question`): the first with that id in the first
    /// theme with that id.
    public func question(_ fullID: String) -> Question? { lookup.questionByFullID[fullID] }

    /// The first theme with this id.
    public func theme(_ id: String) -> Theme? { lookup.themeByID[id].map { themes[$0] } }

    /// The first action with this id.
    public func action(_ id: String) -> Action? { lookup.actionByID[id].map { actions[$0] } }

    /// The level a score reaches: the last level, in file order, whose `min` is at most the score
    /// give or take floating-point noise (`Level.isReached(by:)`). Every level of a theme, of the
    /// overall score (hence the `weakest_link` cap) and of a comparison comes from here.
    public func level(for score: Double) -> Level? {
        levels.last { $0.isReached(by: score) }
    }

    /// The level with this id.
    public func level(id: Int) -> Level? { levels.first { $0.id == id } }
}
