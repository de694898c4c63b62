/// One site of a comparison: its latest assessment and all of them, oldest first.
public struct SiteRecord: Sendable {
    /// `site.id`.
    public let id: String
    /// The site as its latest assessment describes it.
    public let site: Assessment.Site
    /// Every assessment of the site, oldest first; the latest is the last.
    public let history: [ComparedAssessment]

    /// A record from the assessments of one site, in any order (at least one).
    public init?(_ assessments: [ComparedAssessment]) {
        let sorted = assessments.sorted(by: ComparedAssessment.precedes)
        guard let last = sorted.last else { return nil }
        id = last.site.id
        site = last.site
        history = sorted
    }

    /// The assessment with the greatest date (ties: `updated_at`, then path).
    public var latest: ComparedAssessment {
        // `init` refuses an empty history.
        history[history.count - 1]
    }

    /// The latest assessment whose status is `complete`: the one progress, the benchmark and
    /// the common objectives measure.
    public var latestComplete: ComparedAssessment? {
        history.last { $0.status == .complete }
    }

    /// The assessment before the latest, if any.
    public var previous: ComparedAssessment? {
        history.count >= 2 ? history[history.count - 2] : nil
    }

    /// The site's display name.
    public var name: String { site.name ?? site.id }
}
