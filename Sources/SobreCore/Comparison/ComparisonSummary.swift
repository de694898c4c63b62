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

    /// One of the parts to compute side by side (a theme by its position).
    private enum Job: Sendable {
        case actions, overall, indicators, siteIDs
        case theme(Int)
    }

    /// One of the parts computed side by side.
    private enum Part: Sendable {
        case theme(ThemeStatistics)
        case indicators([IndicatorStatistics])
        case overall(OverallStatistics)
        case actions(ActionTally)
        case siteIDs([String])
    }

    /// The actions of the sites' latest plans, per distinct id: the sites holding each (as
    /// positions, once per site however often its plan names it), the action that gives its
    /// title, and the savings of the first site to name it plus those of the others.
    private struct ActionTally: Sendable {
        var ids: [String] = []
        var holders: [[Int]] = []
        var actions: [Action?] = []
        var savings: [[IndicatorSaving]] = []
    }

    /// The summary of `sites` over `themes`; `reference` (the newest questionnaire) orders actions.
    public init(sites: [SiteRecord], themes: [ComparedTheme], reference: Questionnaire?) {
        // Each theme reads every site, and so do the indicators, the overall statistics and the
        // actions: on every core, one part each (the overall ones and the actions were made one
        // after the other on one core, a twentieth of a 10,000-file comparison's wall time).
        // The longest parts first, so that the themes fill in after them.
        let jobs: [Job] = [.actions, .overall, .indicators, .siteIDs] + themes.indices.map(Job.theme)
        let parts = ParallelMap.map(jobs) { job -> Part in
            switch job {
            case .actions: .actions(Self.tally(sites: sites, reference: reference))
            case .overall: .overall(OverallStatistics(sites: sites))
            case .indicators: .indicators(IndicatorStatistics.all(sites: sites, reference: reference))
            case .siteIDs: .siteIDs(sites.map(\.id).sorted())
            case .theme(let k): .theme(ThemeStatistics(theme: themes[k], sites: sites))
            }
        }
        var themeStatistics: [ThemeStatistics] = []
        var indicators: [IndicatorStatistics] = []
        var overall: OverallStatistics?
        var tally = ActionTally()
        var siteIDs: [String] = []
        for part in parts {
            switch part {
            case .theme(let statistics): themeStatistics.append(statistics)
            case .indicators(let all): indicators = all
            case .overall(let statistics): overall = statistics
            case .actions(let made): tally = made
            case .siteIDs(let ids): siteIDs = ids
            }
        }
        self.siteIDs = siteIDs
        self.themes = themeStatistics
        // Always made above; the empty statistics only to have no unwrap that could trap.
        self.overall = overall ?? OverallStatistics(sites: [])
        self.indicators = indicators
        var order: [String: Int] = [:]
        for (k, action) in (reference?.actions ?? []).enumerated() where order[action.id] == nil { order[action.id] = k }
        commonActions = tally.ids.indices.filter { tally.holders[$0].count >= 2 }
            .map { slot -> CommonAction in
                let id = tally.ids[slot], action = tally.actions[slot]
                return CommonAction(id: id, title: action?.title ?? id, themeID: action?.themeID ?? "",
                                    sites: tally.holders[slot].map { sites[$0].id }.sorted(),
                                    saves: IndicatorStatistics.ordered(tally.savings[slot], like: indicators))
            }
            .sorted { a, b in
                if a.sites.count != b.sites.count { return a.sites.count > b.sites.count }
                let x = order[a.id] ?? Int.max, y = order[b.id] ?? Int.max
                if x != y { return x < y }
                return a.id < b.id
            }
    }

    /// The actions of the latest plans of `sites`, the title of each looked up in `reference`
    /// once. Sites are told apart by position: two distinct ids can be equal as `String`s
    /// (canonically equivalent).
    private static func tally(sites: [SiteRecord], reference: Questionnaire?) -> ActionTally {
        var tally = ActionTally()
        var slotByID: [String: Int] = [:]
        var inReference: [Bool] = []
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
                    if tally.holders[slot].last != k {
                        tally.holders[slot].append(k)
                        latest.addSavings(atRank: rank, to: &tally.savings[slot])
                    }
                    // An action only older questionnaires have: its title in the first site's
                    // questionnaire that has it.
                    if tally.actions[slot] == nil, !inReference[slot] { tally.actions[slot] = latest.questionnaire.action(id) }
                } else {
                    known[position] = tally.ids.count
                    slotByID[id] = tally.ids.count
                    tally.ids.append(id)
                    tally.holders.append([k])
                    let newest = reference?.action(id)
                    inReference.append(newest != nil)
                    tally.actions.append(newest ?? latest.questionnaire.action(id))
                    tally.savings.append(latest.indicatorValues.isEmpty ? [] : latest.savings(atRank: rank))
                }
            }
        }
        return tally
    }
}
