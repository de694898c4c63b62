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
    public let file: String
    /// The site as this assessment describes it.
    public let site: Assessment.Site
    public let date: String
    public let updatedAt: String?
    public let status: Assessment.Status
    /// The exact questionnaire it was taken with.
    public let questionnaire: Questionnaire
    public let overallScore: Double?
    /// The overall level after `weakest_link`.
    public let overallLevel: Level?
    /// Every theme of its questionnaire, in file order.
    public let themes: [ThemeScore]
    /// Triggered action ids, in plan order.
    public let plan: [String]

    /// Scores `assessment` with `questionnaire`.
    public init(file: String, assessment: Assessment, questionnaire: Questionnaire) {
        let card = Scorecard(questionnaire: questionnaire, answers: assessment.answers)
        self.file = file
        site = assessment.site
        date = assessment.date
        updatedAt = assessment.updatedAt
        status = assessment.status
        self.questionnaire = questionnaire
        overallScore = card.overallScore
        overallLevel = card.overallLevel
        themes = card.themes.map { t in
            ThemeScore(id: t.theme.id, title: t.theme.title, score: t.score, level: t.level,
                       informational: Self.isInformational(t.theme))
        }
        plan = card.plan.map(\.action.id)
    }

    /// The theme with this id, nil when its questionnaire has no such theme.
    public func theme(_ id: String) -> ThemeScore? {
        themes.first { $0.id == id }
    }

    /// Whether `a` comes before `b` in time: by date, then `updated_at` as an instant (a missing
    /// one first), then file path. The last in this order is a site's latest assessment (SPEC §5.1).
    public static func precedes(_ a: ComparedAssessment, _ b: ComparedAssessment) -> Bool {
        if a.date != b.date { return a.date < b.date }
        if a.updatedAt != b.updatedAt {
            guard let x = a.updatedAt else { return true }
            guard let y = b.updatedAt else { return false }
            // As instants (a fraction of a second or an offset must not sort as text); as text
            // only when one is not an RFC 3339 time.
            if let tx = IsoDate.instant(x), let ty = IsoDate.instant(y) {
                if tx != ty { return tx < ty }
            } else {
                return x < y
            }
        }
        return a.file < b.file
    }

    /// A theme whose questions all weigh 0 or are never scored.
    static func isInformational(_ theme: Theme) -> Bool {
        theme.questions.allSatisfy { $0.weight == 0 || !$0.isScored }
    }
}
