/// The statistics of the sites of one group (`site.group`: a region, a pôle).
public struct GroupSummary: Sendable {
    /// The group's name; nil for the sites without a group.
    public let name: String?
    public let summary: ComparisonSummary
}
