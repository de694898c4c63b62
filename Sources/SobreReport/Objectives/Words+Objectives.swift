import SobreCore

extension Words {
    /// The name of an objective, as every report and the comparison write it: the overall
    /// level's word, a theme's title or an indicator's label, its id when the lookup has none.
    func objectiveName(_ scope: Roadmap.Scope, id: String?,
                       themeTitle: (String) -> String?, indicatorLabel: (String) -> String?) -> String {
        switch scope {
        case .overall: overallLevel
        case .theme: id.flatMap(themeTitle) ?? id ?? ""
        case .indicator: id.flatMap(indicatorLabel) ?? id ?? ""
        }
    }

    /// The name of an objective of `questionnaire`.
    func objectiveName(_ scope: Roadmap.Scope, id: String?, in questionnaire: Questionnaire) -> String {
        objectiveName(scope, id: id, themeTitle: { questionnaire.theme($0)?.title },
                      indicatorLabel: { id in questionnaire.indicators.first { $0.id == id }?.label })
    }
}
