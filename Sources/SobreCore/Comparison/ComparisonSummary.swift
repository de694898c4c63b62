/// The statistics of a set of sites: per theme, overall, and the actions they share.
public struct ComparisonSummary: Sendable {
    /// Site ids, sorted.
    public let siteIDs: [String]
    /// One entry per compared theme, in the comparison's theme order.
    public let themes: [ThemeStatistics]
    public let overall: OverallStatistics
    /// Actions in the latest plan of at least two sites: most sites first, then the order of the
    /// actions in `reference`, then by id.
    public let commonActions: [CommonAction]

    /// The summary of `sites` over `themes`; `reference` (the newest questionnaire) orders actions.
    public init(sites: [SiteRecord], themes: [ComparedTheme], reference: Questionnaire?) {
        siteIDs = sites.map(\.id).sorted()
        self.themes = themes.map { ThemeStatistics(theme: $0, sites: sites) }
        overall = OverallStatistics(sites: sites)

        var holders: [String: [String]] = [:]
        var known: [String: Action] = [:]
        for record in sites {
            let latest = record.latest
            for id in Set(latest.plan) {
                holders[id, default: []].append(record.id)
                if known[id] == nil, reference?.action(id) == nil { known[id] = latest.questionnaire.action(id) }
            }
        }
        var order: [String: Int] = [:]
        for (k, action) in (reference?.actions ?? []).enumerated() where order[action.id] == nil { order[action.id] = k }
        commonActions = holders.filter { $0.value.count >= 2 }
            .map { id, siteIDs -> CommonAction in
                let action = reference?.action(id) ?? known[id]
                return CommonAction(id: id, title: action?.title ?? id, themeID: action?.themeID ?? "", sites: siteIDs.sorted())
            }
            .sorted { a, b in
                if a.sites.count != b.sites.count { return a.sites.count > b.sites.count }
                let x = order[a.id] ?? Int.max, y = order[b.id] ?? Int.max
                if x != y { return x < y }
                return a.id < b.id
            }
    }
}
