extension Targets {
    /// Only the objectives `questionnaire` can tell: a site taken with another version of the
    /// questionnaire than the one the file was checked against is not measured on a theme or an
    /// indicator its version does not have.
    func known(to questionnaire: Questionnaire) -> Targets {
        var known = self
        known.themes = themes.filter { questionnaire.theme($0.id) != nil }
        let indicators = Set(questionnaire.indicators.map(\.id))
        known.indicators = self.indicators.filter { indicators.contains($0.id) }
        return known
    }
}
