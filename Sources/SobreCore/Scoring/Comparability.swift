/// Whether two assessments of a site can be compared on their overall score.
///
/// An overall score is a mean over the themes assessed: an interview in progress, or one with
/// other themes assessed, gives a mean over other themes, so its difference with another is no
/// progress. Theme scores stay comparable theme by theme (a theme assessed on both sides).
public enum Comparability: Sendable, Equatable {
    case comparable
    /// One side (or both) is still in progress.
    case inProgress
    /// Both complete, but not the same themes assessed.
    case differentThemes

    /// The comparability of `now` with `before`: status and ids of the assessed themes of each.
    public init(now: (status: Assessment.Status, assessed: Set<String>), before: (status: Assessment.Status, assessed: Set<String>)) {
        if now.status == .inProgress || before.status == .inProgress {
            self = .inProgress
        } else if now.assessed != before.assessed {
            self = .differentThemes
        } else {
            self = .comparable
        }
    }

    /// The overall delta when comparable, nil otherwise.
    public func delta(_ now: Double?, _ before: Double?) -> Double? {
        guard self == .comparable, let now, let before else { return nil }
        return now - before
    }
}
