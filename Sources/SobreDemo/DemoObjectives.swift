import SobreCore

/// The objectives some demo sites set at their first campaign (SPEC §9), so that the demo's
/// comparison shows sites on track and sites late.
extension DemoAssociation {
    /// Objectives for `site`'s assessment of campaign `index`, scored as `card`: about one site in three
    /// sets them at the first campaign, two levels up overall, one on its weakest theme (and on the
    /// theme it will let slip, if any), by the year after the last campaign.
    func objectives(for site: DemoSite, campaign index: Int, card: Scorecard) -> Targets? {
        // Drawn from the site's own stream (not its position), so sites can be made in any order.
        var rng = SplitMix64(seed: seed, key: "\(site.id)/targets")
        guard index == 0, years.count > 1, let last = years.last, rng.int(0...2) == 0 else { return nil }
        let top = card.questionnaire.levels.map(\.id).max() ?? 1
        func up(_ level: Level?, by steps: Int = 1) -> Int { min(top, (level?.id ?? 0) + steps) }
        var themes: [Targets.ThemeTarget] = []
        let scored = card.themes.filter { $0.score != nil }
        if let weakest = scored.min(by: { ($0.score ?? 0) < ($1.score ?? 0) }) {
            themes.append(.init(id: weakest.theme.id, level: up(weakest.level)))
        }
        if let slipping = site.regressingTheme, !themes.contains(where: { $0.id == slipping }),
           let theme = card.themes.first(where: { $0.theme.id == slipping }) {
            themes.append(.init(id: slipping, level: up(theme.level)))
        }
        return Targets(by: last + 1, overall: up(card.overallLevel, by: 2), themes: themes)
    }
}
