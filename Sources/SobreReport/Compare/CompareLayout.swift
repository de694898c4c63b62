import SobreCore

/// What every human-facing comparison format shows in the same way: the sites ranked, short
/// theme headers, short level names, the change since last time, rounded numbers.
struct CompareLayout {
    let comparison: Comparison
    let words: CompareWords
    /// The themes shown (informational ones left out).
    let themes: [ComparedTheme]
    /// Short headers of `themes`, same order, unique.
    let abbreviations: [String]
    /// Sites from the highest overall score to the lowest (no score last), ties by id.
    let ranking: [SiteRecord]

    init(_ comparison: Comparison) {
        self.comparison = comparison
        words = CompareWords(language: comparison.language)
        themes = comparison.scoredThemes
        abbreviations = Self.abbreviate(themes.map(\.title))
        ranking = comparison.sites.sorted { a, b in
            switch (a.latest.overallScore, b.latest.overallScore) {
            case let (x?, y?) where x != y: return x > y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return a.id < b.id
            }
        }
    }

    var language: Language { comparison.language }
    var levels: [Level] { comparison.reference?.levels ?? [] }
    var title: String { comparison.reference?.title ?? "sobre" }

    /// A short header per title: its first word, cut to 8 characters with a dot; made unique.
    static func abbreviate(_ titles: [String]) -> [String] {
        var result: [String] = []
        for title in titles {
            let word = title.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "’" || $0 == "'" }).first.map(String.init) ?? title
            var short = word.count > 9 ? String(word.prefix(8)) + "." : word
            if result.contains(short) {
                var n = 2
                while result.contains("\(short)\(n)") { n += 1 }
                short = "\(short)\(n)"
            }
            result.append(short)
        }
        return result
    }

    /// Short level names: the first three letters when they tell the levels apart, else the position.
    var levelShortNames: [Int: String] {
        let prefixes = levels.map { String($0.name.prefix(3)) }
        let unique = Set(prefixes).count == prefixes.count
        var names: [Int: String] = [:]
        for (k, level) in levels.enumerated() { names[level.id] = unique ? prefixes[k] : "N\(k + 1)" }
        return names
    }

    /// The level a score reaches in the reference questionnaire (for means and medians).
    func level(for score: Double?) -> Level? {
        guard let score else { return nil }
        return comparison.reference?.level(for: score)
    }

    /// The colours of a level, by its position among the reference levels (ids compared across versions).
    func swatch(_ level: Level?) -> LevelPalette.Swatch {
        guard let level, let reference = comparison.reference else { return LevelPalette.none }
        return LevelPalette.swatch(for: reference.level(id: level.id) ?? level, in: reference)
    }

    /// The background colour of a level (see `swatch`).
    func colour(_ level: Level?) -> String { swatch(level).background }

    /// The overall change since the site's previous assessment, nil when there is none or the
    /// two are not comparable (one in progress, other themes assessed).
    func delta(_ site: SiteRecord) -> Double? {
        guard let before = site.previous else { return nil }
        return comparability(site.latest, before).delta(site.latest.overallScore, before.overallScore)
    }

    /// Whether a site's change can be shown: nil without a previous assessment.
    func comparability(_ site: SiteRecord) -> Comparability? {
        site.previous.map { comparability(site.latest, $0) }
    }

    private func comparability(_ now: ComparedAssessment, _ before: ComparedAssessment) -> Comparability {
        func assessed(_ a: ComparedAssessment) -> Set<String> { Set(a.themes.filter { $0.score != nil }.map(\.id)) }
        return Comparability(now: (now.status, assessed(now)), before: (before.status, assessed(before)))
    }

    /// The change as the tables show it: `+5`, `=`, `—` without a previous assessment, `n.c.`
    /// when the two are not comparable (explained by `words.notComparableLegend`).
    func change(_ site: SiteRecord) -> String {
        if let c = comparability(site), c != .comparable { return words.notComparable }
        return signed(delta(site))
    }

    /// The overall level's name with the cap mark when `weakest_link` lowered it.
    func levelName(_ a: ComparedAssessment) -> String {
        (a.overallLevel?.name ?? words.notAssessed) + (a.capped ? Words.cappedMark : "")
    }

    /// The titles of the themes holding a capped level down.
    func cappedBy(_ a: ComparedAssessment) -> [String] {
        a.cappedBy.map { id in a.theme(id)?.title ?? id }
    }

    /// "▾ niveau plafonné … : Site (Thème) · …", nil when no site's level is capped.
    var cappedNote: String? {
        let capped = ranking.filter(\.latest.capped)
        guard !capped.isEmpty else { return nil }
        let w = Words(language: language)
        return w.cappedLegend + " : " + capped.map { "\($0.name) (\(w.list(cappedBy($0.latest))))" }.joined(separator: " · ")
    }

    /// Whether some site's change is not comparable.
    var hasNotComparable: Bool {
        comparison.sites.contains { comparability($0).map { $0 != .comparable } ?? false }
    }

    /// `+5`, `-3`, `=`, or `—` without a previous assessment.
    func signed(_ delta: Double?) -> String {
        Words(language: language).signed(delta)
    }

    /// A site's display name by id.
    func name(_ id: String) -> String {
        comparison.site(id)?.name ?? id
    }

    /// Display names of sites by id, the first `limit` ones, then how many more.
    func names(_ ids: [String], limit: Int = 12) -> String {
        var text = ids.prefix(limit).map(name).joined(separator: ", ")
        if ids.count > limit {
            let more = ids.count - limit
            text += language.pick(fr: " et ", en: " and ")
                + Plural.count(more, singular: language.pick(fr: "autre", en: "more"), plural: language.pick(fr: "autres", en: "more"), language: language)
        }
        return text
    }

    /// The group name as shown.
    func groupName(_ name: String?, _ grouping: SiteGrouping) -> String { name ?? words.noGroup(grouping) }

    /// How many assessments were compared.
    var assessmentCount: Int { comparison.sites.reduce(0) { $0 + $1.history.count } }
}
