/// What progress towards objectives reads of a scored assessment (SPEC §9): a full `Scorecard`
/// for `report --previous`, or the figures a comparison keeps of each assessment.
public protocol ProgressScores {
    /// The exact questionnaire it was scored with.
    var questionnaire: Questionnaire { get }
    /// 0–100, nil when not assessed.
    var overallScore: Double? { get }
    /// The overall level after `weakest_link`.
    var overallLevel: Level? { get }
    /// The score and level of the theme with this id, nil when its questionnaire has no such theme.
    func standing(ofTheme id: String) -> (score: Double?, level: Level?)?
}

extension Scorecard: ProgressScores {
    public func standing(ofTheme id: String) -> (score: Double?, level: Level?)? {
        themes.first { $0.theme.id == id }.map { ($0.score, $0.level) }
    }
}

extension ComparedAssessment: ProgressScores {
    public func standing(ofTheme id: String) -> (score: Double?, level: Level?)? {
        theme(id).map { ($0.score, $0.level) }
    }
}
