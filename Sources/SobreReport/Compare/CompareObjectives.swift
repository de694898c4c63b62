import SobreCore

/// The sites' progress towards their own objectives in a comparison (SPEC §9): how many are on
/// track, late or there, then per objective the sites that are late; the same lines in every
/// human format.
struct CompareObjectives {
    let title: String
    let lines: [String]

    /// Nil when no site has a baseline and a later complete assessment.
    init?(_ comparison: Comparison, layout: CompareLayout) {
        let l = layout.language
        let followed = comparison.sites.compactMap { record in record.progress.map { (record.id, $0) } }
        guard !followed.isEmpty else { return nil }
        title = l.pick(fr: "Objectifs des sites", en: "Sites’ objectives")
        func count(_ status: TargetProgress.Status) -> Int { followed.filter { $0.1.status == status }.count }
        let sites = Plural.count(followed.count, singular: "site", plural: "sites", language: l)
        var lines = [l.pick(fr: "\(sites) suivis par rapport à leurs objectifs : \(count(.onTrack)) en bonne voie, \(count(.late)) en retard, \(count(.reached)) les ont atteints",
                            en: "\(sites) followed against their objectives: \(count(.onTrack)) on track, \(count(.late)) late, \(count(.reached)) reached them")]
        // One line per objective some site is late on.
        for key in Self.keys(comparison, items: followed.flatMap { $0.1.items }.map { ($0.scope, $0.id) }) {
            let late = followed.filter { _, p in p.items.contains { $0.scope == key.scope && $0.id == key.id && $0.status == .late } }.map(\.0)
            guard !late.isEmpty else { continue }
            let words = Words(language: l)
            let name = Self.name(key, comparison)
            let count = Plural.count(late.count, singular: "site", plural: "sites", language: l)
            lines.append(name + words.colon + "\(count) \(l.pick(fr: "en retard", en: "late")) (\(layout.names(late)))")
        }
        if lines.count == 1 { lines.append(l.pick(fr: "Aucun site en retard.", en: "No site is late.")) }
        self.lines = lines
    }

    /// The objectives `items` name, each once: overall first, then themes in the comparison's
    /// order, then indicators in the reference questionnaire's order, then any other.
    static func keys(_ comparison: Comparison, items: [(Roadmap.Scope, String?)]) -> [(scope: Roadmap.Scope, id: String?)] {
        var keys: [(scope: Roadmap.Scope, id: String?)] = [(.overall, nil)]
        keys += comparison.themes.map { (.theme, $0.id) }
        keys += (comparison.reference?.indicators ?? []).map { (.indicator, $0.id) }
        for item in items where !keys.contains(where: { $0.scope == item.0 && $0.id == item.1 }) {
            keys.append((item.0, item.1))
        }
        return keys
    }

    /// An objective's name: the overall level, a theme's title, an indicator's label.
    static func name(_ key: (scope: Roadmap.Scope, id: String?), _ comparison: Comparison) -> String {
        Words(language: comparison.language).objectiveName(
            key.scope, id: key.id, themeTitle: { id in comparison.themes.first { $0.id == id }?.title },
            indicatorLabel: { id in comparison.reference?.indicators.first { $0.id == id }?.label })
    }
}
