import SobreCore

/// The extra outlines of the HTML radar (SPEC §9): the objectives' levels and last year's
/// scores, each theme's value on its axis (0–100), nil when the report has none.
enum RadarOutlines {
    /// Per theme, the `min` of the level aimed at: its own target, else the overall one, else
    /// its score now (no objective on it: the outline stays on the scores). Nil without any
    /// level objective.
    static func target(_ model: ReportModel, themes: [ReportModel.ThemeLine]) -> [Double]? {
        guard let targets = model.objectives?.targets else { return nil }
        let q = model.questionnaire
        guard targets.overall != nil || themes.contains(where: { targets.level(forTheme: $0.theme.id) != nil }) else { return nil }
        return themes.map { t in
            let aimed = (targets.level(forTheme: t.theme.id) ?? targets.overall).flatMap { q.level(id: $0)?.min }
            return aimed ?? t.score ?? 0
        }
    }

    /// Per theme, the score of the earlier assessment (`--previous`), 0 when it was not assessed.
    static func previous(_ model: ReportModel, themes: [ReportModel.ThemeLine]) -> [Double]? {
        guard let p = model.previous else { return nil }
        return themes.map { t in p.themes.first { $0.id == t.theme.id }?.previousScore ?? 0 }
    }
}
