/// The statistics of the sites of one group (one value of `site.group`, a region or a pôle, or
/// of `site.category`: see `SiteGrouping`).
public struct GroupSummary: Sendable {
    /// The group's name; nil for the sites without one.
    public let name: String?
    public let summary: ComparisonSummary
}
