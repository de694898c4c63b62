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
    /// Each indicator over the sites' latest assessments (SPEC §8): those of `reference` in its
    /// order, then those only older questionnaires have.
    public let indicators: [IndicatorStatistics]

    /// One of the parts computed side by side.
    private enum Part: Sendable {
        case theme(ThemeStatistics)
        case indicators([IndicatorStatistics])
    }

    /// The summary of `sites` over `themes`; `reference` (the newest questionnaire) orders actions.
    public init(sites: [SiteRecord], themes: [ComparedTheme], reference: Questionnaire?) {
        siteIDs = sites.map(\.id).sorted()
        // Each theme reads every site, and so do the indicators: on every core, one part each.
        let parts = ParallelMap.map(Array(0...themes.count)) { k -> Part in
            k < themes.count ? .theme(ThemeStatistics(theme: themes[k], sites: sites))
                : .indicators(IndicatorStatistics.all(sites: sites, reference: reference))
        }
        var themeStatistics: [ThemeStatistics] = []
        var indicators: [IndicatorStatistics] = []
        for part in parts {
            switch part {
            case .theme(let statistics): themeStatistics.append(statistics)
            case .indicators(let all): indicators = all
            }
        }
        self.themes = themeStatistics
        overall = OverallStatistics(sites: sites)

        // Per distinct action id, not per site and action: the sites holding it (as positions,
        // once per site however often its plan names it) and the action that gives its title,
        // looked up in `reference` once. Sites are told apart by position: two distinct ids
        // can be equal as `String`s (canonically equivalent).
        var slotByID: [String: Int] = [:]
        var ids: [String] = []
        var holders: [[Int]] = []
        var inReference: [Bool] = []
        var actions: [Action?] = []
        var savings: [[IndicatorSaving]] = []
        // Each questionnaire's actions, by position, with their slot once found: an id is made
        // and looked up once per questionnaire and action, not once per site (70,000 lookups of
        // a `String` for 3,429 sites).
        var slotsBySource: [ObjectIdentifier: [Int?]] = [:]
        for (k, record) in sites.enumerated() {
            let latest = record.latest
            let questionnaireActions = latest.questionnaire.actions
            var known = slotsBySource.removeValue(forKey: latest.sourceIdentity)
                ?? [Int?](repeating: nil, count: questionnaireActions.count)
            defer { slotsBySource[latest.sourceIdentity] = known }
            for (rank, position) in latest.planPositions.enumerated() {
                let id = questionnaireActions[position].id
                if let slot = known[position] ?? slotByID[id] {
                    known[position] = slot
                    if holders[slot].last != k {
                        holders[slot].append(k)
                        latest.addSavings(atRank: rank, to: &savings[slot])
                    }
                    // An action only older questionnaires have: its title in the first site's
                    // questionnaire that has it.
                    if actions[slot] == nil, !inReference[slot] { actions[slot] = latest.questionnaire.action(id) }
                } else {
                    known[position] = ids.count
                    slotByID[id] = ids.count
                    ids.append(id)
                    holders.append([k])
                    let newest = reference?.action(id)
                    inReference.append(newest != nil)
                    actions.append(newest ?? latest.questionnaire.action(id))
                    savings.append(latest.indicatorValues.isEmpty ? [] : latest.savings(atRank: rank))
                }
            }
        }
        self.indicators = indicators
        var order: [String: Int] = [:]
        for (k, action) in (reference?.actions ?? []).enumerated() where order[action.id] == nil { order[action.id] = k }
        commonActions = ids.indices.filter { holders[$0].count >= 2 }
            .map { slot -> CommonAction in
                let id = ids[slot], action = actions[slot]
                return CommonAction(id: id, title: action?.title ?? id, themeID: action?.themeID ?? "",
                                    sites: holders[slot].map { sites[$0].id }.sorted(),
                                    saves: IndicatorStatistics.ordered(savings[slot], like: indicators))
            }
            .sorted { a, b in
                if a.sites.count != b.sites.count { return a.sites.count > b.sites.count }
                let x = order[a.id] ?? Int.max, y = order[b.id] ?? Int.max
                if x != y { return x < y }
                return a.id < b.id
            }
    }
}
