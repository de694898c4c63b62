/// The sites of an association side by side (SPEC §5.1): each site's latest assessment and its
/// history, statistics per theme and overall, the actions several sites share, and the files
/// that could not be used.
///
/// Each assessment is scored with the exact questionnaire it was taken with; themes are compared
/// by id across questionnaire versions, a theme missing from a site's version being not assessed
/// for that site.
public struct Comparison: Sendable {
    /// Every site with at least one good assessment, sorted by site id.
    public let sites: [SiteRecord]
    /// The head office's own assessments (SPEC §12), oldest first: no site, so in no statistic.
    public let associations: [ComparedAssessment]
    /// The themes compared: those of the newest questionnaire in its order, then those only older
    /// versions have.
    public let themes: [ComparedTheme]
    /// The statistics of all sites.
    public let summary: ComparisonSummary
    /// The files that could not be used, in the order they were met.
    public let errors: [FileProblem]
    /// The exact questionnaires used, by id, version and hash.
    public let versions: [QuestionnaireUsage]
    /// The newest questionnaire: the one of the most recent latest assessment. It orders themes
    /// and actions and gives their titles and the level names. Nil when no file was good.
    public let reference: Questionnaire?
    /// The reference questionnaire's language, else the language errors were written in.
    public let language: Language
    /// For each site, the position in `associations` of the head-office assessment its latest
    /// assessment inherited from (`association(usedBy:)`), found once.
    let headOffices: [Int?]
    /// The files read, by identity, each with the path it was read by (the first, for one file
    /// reached twice): what `--output` may not replace (`OutputTarget`). Nil for a comparison of
    /// assessments given as values, whose files (if any) are not known.
    package internal(set) var filesRead: [FileIdentity: String]?

    /// What tells two sites apart: the id's Unicode scalars, as JSON and other languages
    /// compare text (`String` equality would merge `café` with `cafe` + combining accent). The
    /// comparison groups sites by it, and `LatestSoFar` follows each site's latest by it.
    static func siteKey(_ id: String) -> FlatKey<UInt32> {
        FlatKey(id.unicodeScalars.map(\.value))
    }

    /// Compares assessments already scored.
    public init(assessments: [ComparedAssessment], errors: [FileProblem] = [], language: Language = .fr) {
        // Site ids are keyed and sorted by their Unicode scalars, as JSON and other languages
        // compare text: Swift's String equality would merge `café` with `cafe` + combining accent.
        var bySite: [FlatKey<UInt32>: [ComparedAssessment]] = [:]
        var associations: [ComparedAssessment] = []
        for a in assessments {
            if a.kind == .association { associations.append(a); continue }
            bySite[a.siteKey, default: []].append(a)
        }
        self.associations = associations.sorted(by: ComparedAssessment.precedes)
        // Each site's history sorted on every core: 3,000 small sorts whose comparisons read dates.
        let keys = bySite.keys.sorted { $0.elements.lexicographicallyPrecedes($1.elements) }
        let groups = keys.map { bySite[$0] ?? [] }
        bySite = [:]
        let sites = ParallelMap.map(groups) { SiteRecord($0) }.compactMap { $0 }
        self.sites = sites
        self.errors = errors
        headOffices = Self.headOffices(of: sites, among: self.associations)

        // The newest of the latest assessments, the first of them in site order on a tie (as the
        // first of a stable sort, newest first, would be): one pass, not a sort whose every
        // comparison reads two dates.
        let latests = sites.map(\.latest)
        let newest = latests.max { ComparedAssessment.precedes($0, $1) }
        let reference = newest?.questionnaire
        self.reference = reference
        self.language = reference?.language ?? language

        // One table lookup per theme of each latest assessment, for its position in the order.
        var order: [String] = []
        var titles: [String] = []
        var informational: [Bool?] = []
        var positions: [String: Int] = [:]
        func position(_ id: String, title: String) -> Int {
            if let k = positions[id] { return k }
            positions[id] = order.count
            order.append(id)
            titles.append(title)
            informational.append(nil)
            return order.count - 1
        }
        for theme in reference?.themes ?? [] { _ = position(theme.id, title: theme.title) }
        // The assessments of one questionnaire file have the same themes, titles and flags: the
        // newest of each file stands for them all, and these are read newest first, which meets
        // each theme where reading every latest assessment newest first would meet it first.
        var newestBySource: [ObjectIdentifier: Int] = [:]
        for (k, latest) in latests.enumerated() {
            if let j = newestBySource[latest.sourceIdentity], !ComparedAssessment.precedes(latests[j], latest) { continue }
            newestBySource[latest.sourceIdentity] = k
        }
        let representatives = newestBySource.values.sorted().map { latests[$0] }
        for latest in representatives.sorted(by: { ComparedAssessment.precedes($1, $0) }) {
            for theme in latest.themes {
                let k = position(theme.id, title: theme.title)
                informational[k] = (informational[k] ?? true) && theme.informational
            }
        }
        let themes = order.indices.map { ComparedTheme(id: order[$0], title: titles[$0], informational: informational[$0] ?? false) }
        self.themes = themes
        summary = ComparisonSummary(sites: sites, themes: themes, reference: reference)

        // Nearly every assessment was taken with the same questionnaire as the one before it,
        // shared by reference: its usage is found by comparing that reference, then the three
        // fields, and only then by making and hashing its key. The questionnaire value is not
        // copied for each assessment (a copy is a couple of dozen references).
        var usages: [(questionnaire: Questionnaire, sites: [String], count: Int)] = []
        var slotByKey: [String: Int] = [:]
        var last: (source: ObjectIdentifier, slot: Int)?
        func slot(_ a: ComparedAssessment) -> Int {
            if let last, last.source == a.sourceIdentity { return last.slot }
            let q = a.questionnaire
            if let last, usages[last.slot].questionnaire.sha256 == q.sha256, usages[last.slot].questionnaire.id == q.id,
               usages[last.slot].questionnaire.version == q.version {
                return last.slot
            }
            let key = Self.usageKey(q)
            let slot = slotByKey[key] ?? usages.count
            if slot == usages.count {
                slotByKey[key] = slot
                usages.append((q, [], 0))
            }
            last = (a.sourceIdentity, slot)
            return slot
        }
        for record in sites {
            for a in record.history {
                let k = slot(a)
                usages[k].count += 1
            }
            let k = slot(record.latest)
            usages[k].sites.append(record.id)
        }
        versions = slotByKey.keys.sorted().compactMap { key in
            slotByKey[key].map { usages[$0] }.map { u in
                QuestionnaireUsage(id: u.questionnaire.id, version: u.questionnaire.version, sha256: u.questionnaire.sha256,
                                   title: u.questionnaire.title, sites: u.sites.sorted(), assessments: u.count)
            }
        }
    }

    /// The key that tells exact questionnaires apart, and sorts `versions`.
    private static func usageKey(_ q: Questionnaire) -> String {
        q.id + "\u{0}" + q.version + "\u{0}" + q.sha256
    }

    /// The statistics per value of the grouping's site field (`site.group` by default) of each
    /// site's latest assessment, by name, the sites without one last.
    public func groups(by grouping: SiteGrouping = .group) -> [GroupSummary] {
        let (members, ungrouped) = grouping.members(sites) { $0.site }
        var result = members.map { group in
            GroupSummary(name: group.name, summary: ComparisonSummary(sites: group.items, themes: themes, reference: reference))
        }
        if !ungrouped.isEmpty {
            result.append(GroupSummary(name: nil, summary: ComparisonSummary(sites: ungrouped, themes: themes, reference: reference)))
        }
        return result
    }

    /// The site with this id.
    public func site(_ id: String) -> SiteRecord? {
        position(ofSite: id).map { sites[$0] }
    }

    /// The themes reports show: all but the informational ones.
    public var scoredThemes: [ComparedTheme] { themes.filter { !$0.informational } }
}
