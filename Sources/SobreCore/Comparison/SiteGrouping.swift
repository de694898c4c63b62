/// What a comparison's sites are grouped by (`compare --by`): a site field, each distinct
/// value a group, the sites without it last.
public enum SiteGrouping: String, Sendable, CaseIterable {
    /// `site.group`: a region, a pôle.
    case group
    /// `site.category`: the kind of establishment (EHPAD, IME, ESAT…).
    case category

    /// The site's value for this grouping; nil (or empty) puts it with the ungrouped sites.
    public func key(of site: Assessment.Site) -> String? {
        switch self {
        case .group: site.group
        case .category: site.category
        }
    }
}
