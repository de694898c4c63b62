/// One assessment scored for a comparison: what the comparison needs of it, and nothing more,
/// so that thousands of them fit in memory.
public struct ComparedAssessment: Sendable {
    /// A theme's score and level in this assessment.
    public struct ThemeScore: Sendable {
        public let id: String
        public let title: String
        /// 0–100, nil when not assessed.
        public let score: Double?
        public let level: Level?
        /// No scored question with a weight: an inventory, never assessed.
        public let informational: Bool
    }

    /// The file as reports name it.
    public var file: String { storage.file }
    /// Where it was read (nil for an assessment given as a value): what `compare --targets`
    /// reads again, without listing the folders a second time.
    var path: String? { storage.path }
    /// The site as this assessment describes it.
    public var site: Assessment.Site { storage.site }
    public var date: String { storage.date }
    public var updatedAt: String? { storage.updatedAt }
    public var status: Assessment.Status { storage.status }
    public var overallScore: Double? { storage.overallScore }
    /// The head office's own assessment, or a site's (SPEC §12).
    public var kind: AssessmentKind { storage.kind }
    /// The head office's assessment whose answers this site inherited.
    public var association: Assessment.AssociationReference? { storage.association }
    /// The objectives this assessment sets (SPEC §9), read by the scan as the full decoder reads them.
    public var targets: Targets? { storage.targets }
    /// Whether it has objectives, without a copy of them.
    var hasTargets: Bool { storage.targets != nil }
    /// Whether `weakest_link` lowered the overall level.
    public var capped: Bool { storage.capped }

    /// The fields, in one shared box: a comparison copies each assessment many times (sorting,
    /// each site's latest, statistics, writing), and a copy is then one reference, not a dozen.
    private let storage: Storage

    private final class Storage: Sendable {
        let file: String
        let path: String?
        let site: Assessment.Site
        let date: String
        let updatedAt: String?
        let status: Assessment.Status
        let overallScore: Double?
        let kind: AssessmentKind
        let association: Assessment.AssociationReference?
        let targets: Targets?
        let capped: Bool
        // What is kept per assessment is only what a comparison shows: numbers and positions in
        // the questionnaire, which every assessment of it shares. Theme ids, titles, level names
        // and action ids are read from the questionnaire when asked for; keeping copies of them
        // (and of the questionnaire value) for each of 100,000 assessments took most of the memory.
        let source: ComparedQuestionnaire
        /// Position of the overall level (after `weakest_link`) in `questionnaire.levels`, -1 for none.
        let overallLevelIndex: Int
        /// Each theme's score, in the questionnaire's theme order.
        let themeScores: [Double?]
        /// Each theme's level, as a position in `questionnaire.levels`, -1 for none.
        let themeLevelIndices: [Int]
        /// `Comparison.siteKey` of the site's id, made once on the core that read the file: the
        /// reader's serial part and the grouping of sites look it up for every assessment.
        let siteKey: FlatKey<UInt32>

        init(file: String, path: String?, site: Assessment.Site, date: String, updatedAt: String?, status: Assessment.Status, overallScore: Double?,
             kind: AssessmentKind, association: Assessment.AssociationReference?, targets: Targets?, capped: Bool,
             source: ComparedQuestionnaire, overallLevelIndex: Int, themeScores: [Double?], themeLevelIndices: [Int]) {
            self.file = file
            self.path = path
            self.site = site
            self.date = date
            self.updatedAt = updatedAt
            self.status = status
            self.overallScore = overallScore
            self.kind = kind
            self.association = association
            self.targets = targets
            self.capped = capped
            self.source = source
            self.overallLevelIndex = overallLevelIndex
            self.themeScores = themeScores
            self.themeLevelIndices = themeLevelIndices
            siteKey = Comparison.siteKey(site.id)
        }
    }

    private var source: ComparedQuestionnaire { storage.source }
    private var overallLevelIndex: Int { storage.overallLevelIndex }
    private var themeScores: [Double?] { storage.themeScores }
    private var themeLevelIndices: [Int] { storage.themeLevelIndices }
    /// What tells its site apart from the others (`Comparison.siteKey` of `site.id`).
    var siteKey: FlatKey<UInt32> { storage.siteKey }

    /// The plan and the estimates; a comparison read from files makes them for the assessments
    /// it shows them of only (`ComparisonReader`), nil for the others.
    var details: ComparedDetails?

    /// Each indicator's value, in the questionnaire's order (empty when it has none, or when
    /// the details were not made).
    public var indicatorValues: [Double?] { details?.indicatorValues ?? [] }

    /// The same for every assessment that shares its questionnaire (`ComparisonReader` names
    /// one copy of each exact questionnaire, `SharedQuestionnaires`): a cheap test before
    /// comparing questionnaires.
    package var sourceIdentity: ObjectIdentifier { ObjectIdentifier(storage.source) }

    /// The exact questionnaire it was taken with.
    public var questionnaire: Questionnaire { source.questionnaire }

    /// The overall level after `weakest_link`.
    public var overallLevel: Level? { level(at: overallLevelIndex) }

    /// When capped, the ids of the themes at the lowest level, which hold the level down.
    public var cappedBy: [String] {
        guard capped else { return [] }
        let levels = themeLevelIndices.map { $0 >= 0 ? source.questionnaire.levels[$0].id : nil }
        return Scorecard.holdingPositions(levels).map { source.questionnaire.themes[$0].id }
    }

    /// Every theme of its questionnaire, in file order.
    public var themes: [ThemeScore] { themeScores.indices.map(themeScore(at:)) }

    /// How many themes `themes` holds; with `themeID(at:)` and `scoreOfTheme(at:)`, its ids and
    /// scores without a `ThemeScore` made for each (the JSON comparison writes them for every
    /// assessment of every site).
    package var themeCount: Int { themeScores.count }
    package func themeID(at k: Int) -> String { source.questionnaire.themes[k].id }
    package func scoreOfTheme(at k: Int) -> Double? { themeScores[k] }
    package func levelOfTheme(at k: Int) -> Level? { level(at: themeLevelIndices[k]) }
    /// The position of the theme `theme(_:)` finds for this id.
    package func themePosition(_ id: String) -> Int? { source.questionnaire.lookup.themeByID[id] }

    /// Triggered action ids, in plan order (empty when the details were not made).
    public var plan: [String] { planPositions.map { source.questionnaire.actions[$0].id } }

    /// The plan as positions in `questionnaire.actions` (empty when the details were not made).
    var planPositions: [Int] { details?.planPositions ?? [] }

    /// Scores `assessment` with `questionnaire`.
    public init(file: String, assessment: Assessment, questionnaire: Questionnaire) {
        self.init(file: file, assessment: assessment, source: ComparedQuestionnaire(questionnaire))
    }

    /// Scores `assessment` with a questionnaire shared by the assessments taken with it, with
    /// its details.
    init(file: String, path: String? = nil, assessment: Assessment, source: ComparedQuestionnaire) {
        let card = Self.scorecard(of: assessment, source: source).withDetails()
        self.init(file: file, path: path, assessment: assessment, card: card, source: source)
        details = ComparedDetails(card)
    }

    /// The scores of `assessment` with `source`'s questionnaire, without the details.
    static func scorecard(of assessment: Assessment, source: ComparedQuestionnaire) -> Scorecard {
        let slots = source.questionnaire.lookup.fullIDs.map { id in assessment.answers[id].map(AnswerSlot.init) }
        return Scorecard(scoresOf: source.questionnaire, slots: slots)
    }

    /// `assessment` as `card` scored it, without its details.
    init(file: String, path: String? = nil, assessment: Assessment, card: Scorecard, source: ComparedQuestionnaire) {
        self.init(file: file, path: path, site: assessment.site, date: assessment.date, updatedAt: assessment.updatedAt,
                  status: assessment.status, kind: assessment.kind, association: assessment.association,
                  targets: assessment.targets, card: card, source: source)
    }

    /// One assessment as `card` scored it with `source`'s questionnaire, without its details.
    init(file: String, path: String? = nil, site: Assessment.Site, date: String, updatedAt: String?, status: Assessment.Status,
         kind: AssessmentKind = .site, association: Assessment.AssociationReference? = nil, targets: Targets? = nil,
         card: Scorecard, source: ComparedQuestionnaire) {
        // Scorecard levels are elements of the levels of the questionnaire it scored with: the
        // source's, or a crew member's own copy of them, in the same order (`SharedQuestionnaires`);
        // looked up there, equal levels are the same texts, compared at once. Ids first: comparing
        // whole levels (names, descriptions) for each was slower.
        let levels = card.questionnaire.levels
        func index(_ level: Level?) -> Int {
            guard let level else { return -1 }
            return levels.firstIndex { $0.id == level.id && $0 == level } ?? -1
        }
        storage = Storage(file: file, path: path, site: site, date: date, updatedAt: updatedAt, status: status, overallScore: card.overallScore,
                          kind: kind, association: association, targets: targets, capped: card.capped, source: source,
                          overallLevelIndex: index(card.overallLevel), themeScores: card.themes.map(\.score),
                          themeLevelIndices: card.themes.map { index($0.level) })
        details = nil
    }

    /// The value of the indicator with this id, nil when not estimated or not in its questionnaire.
    public func indicatorValue(_ id: String) -> Double? {
        source.questionnaire.lookup.estimates.binding.indicators[id].flatMap { $0 < indicatorValues.count ? indicatorValues[$0] : nil }
    }

    /// Adds the estimated savings of the plan item at `rank` to `totals`, indicator by indicator,
    /// without making the list `savings(atRank:)` makes: a comparison adds them for every plan
    /// item of every site.
    func addSavings(atRank rank: Int, to totals: inout [IndicatorSaving]) {
        guard let savings = details?.planSavings, rank < savings.count else { return }
        let indicators = storage.source.questionnaire.indicators
        for saving in savings[rank] { IndicatorStatistics.add(indicators[saving.indicator].id, saving.amount, to: &totals) }
    }

    /// The estimated savings of the plan item at `rank` (0-based, plan order), by indicator id.
    public func savings(atRank rank: Int) -> [IndicatorSaving] {
        guard let savings = details?.planSavings, rank < savings.count else { return [] }
        let indicators = source.questionnaire.indicators
        return savings[rank].map { IndicatorSaving(indicatorID: indicators[$0.indicator].id, amount: $0.amount) }
    }

    /// The theme with this id, nil when its questionnaire has no such theme.
    public func theme(_ id: String) -> ThemeScore? {
        // The first theme with the id, as a search of `themes` finds it.
        source.questionnaire.lookup.themeByID[id].map(themeScore(at:))
    }

    private func level(at index: Int) -> Level? {
        index >= 0 ? source.questionnaire.levels[index] : nil
    }

    private func themeScore(at k: Int) -> ThemeScore {
        let theme = source.questionnaire.themes[k]
        return ThemeScore(id: theme.id, title: theme.title, score: themeScores[k], level: level(at: themeLevelIndices[k]),
                          informational: source.informational[k])
    }

    /// Whether `a` comes before `b` in time (`AssessmentOrder`). The last in this order is a
    /// site's latest assessment (SPEC §5.1).
    public static func precedes(_ a: ComparedAssessment, _ b: ComparedAssessment) -> Bool {
        AssessmentOrder.precedes(a.orderKey, b.orderKey)
    }

    private var orderKey: AssessmentOrder.Key { .init(date: date, updatedAt: updatedAt, file: file) }

    /// A theme whose questions all weigh 0 or are never scored.
    static func isInformational(_ theme: Theme) -> Bool {
        !theme.isScored
    }
}
