import SobreCore

/// The sites without objectives of their own measured against the association's common
/// objectives (`compare --targets`, docs/reference/objectives.md): how many already reach them,
/// reach them with their plan, fall short; then each objective and the sites that fall short of
/// it. The same lines in every human format.
struct CompareCommonObjectives {
    let title: String
    let lines: [String]

    init(_ common: CommonTargets, comparison: Comparison, layout: CompareLayout) {
        let l = layout.language
        title = l.pick(fr: "Objectifs communs (\(common.targets.by))", en: "Common objectives (\(common.targets.by))")
        let measured = zip(comparison.sites, common.standings).compactMap { record, standing in standing.map { (record.id, $0) } }
        func sites(_ n: Int) -> String { Plural.count(n, singular: "site", plural: "sites", language: l) }
        guard !measured.isEmpty else {
            lines = [l.pick(fr: "Aucun site à mesurer : chacun a des objectifs propres ou n’a pas d’évaluation complète.",
                            en: "No site to measure: each has objectives of its own or no complete assessment.")]
            return
        }
        let reached = sites(common.count(.reached)), planned = sites(common.count(.planned)), short = sites(common.count(.short))
        var lines = [l.pick(
            fr: "\(sites(measured.count)) sans objectifs propres, sur leur dernière évaluation complète — déjà atteints : \(reached) ; atteints avec le plan : \(planned) ; hors de portée du plan : \(short)",
            en: "\(sites(measured.count)) without objectives of their own, on their latest complete assessment — already reached: \(reached); reached with the plan: \(planned); out of the plan’s reach: \(short)")]
        let items = measured.flatMap { $0.1.roadmap.items }
        for key in CompareObjectives.keys(comparison, items: items.map { ($0.scope, $0.id) }) {
            guard let aim = Self.aim(key, common.targets, comparison) else { continue }
            let falling = measured.filter { _, s in s.roadmap.items.contains { $0.scope == key.scope && $0.id == key.id && $0.status == .short } }
            let head = CompareObjectives.name(key, comparison) + l.pick(fr: ", objectif \(aim) : ", en: ", target \(aim): ")
            lines.append(head + (falling.isEmpty
                ? l.pick(fr: "à la portée de tous, au moins avec leur plan", en: "within every site’s reach, at least with its plan")
                : l.pick(fr: "hors de portée du plan pour \(sites(falling.count))", en: "out of the plan’s reach for \(sites(falling.count))")
                    + " (\(layout.names(falling.map(\.0))))"))
        }
        self.lines = lines
    }

    /// What is aimed at: a level's name, or an indicator's change in percent; nil when the
    /// objectives do not name `key`.
    static func aim(_ key: (scope: Roadmap.Scope, id: String?), _ targets: Targets, _ comparison: Comparison) -> String? {
        let level: Int?
        switch key.scope {
        case .overall: level = targets.overall
        case .theme: level = key.id.flatMap(targets.level(forTheme:))
        case .indicator: return targets.indicators.first { $0.id == key.id }.map { "\(ShownPercent.text($0.percent)) %" }
        }
        return level.map { id in comparison.reference?.level(id: id)?.name ?? "\(id)" }
    }
}
