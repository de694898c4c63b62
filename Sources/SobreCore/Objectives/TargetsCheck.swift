/// Checks objectives against the questionnaire they are for (SPEC §9): known themes, levels
/// and indicators, a year not before the assessment's.
package enum TargetsCheck {
    /// One problem per line, each naming what is wrong and the valid choices; empty when fine.
    /// Each names its key under `targets` (`themes.achats`), for the caller to place.
    /// The years an objective may name, as the assessment file stores them.
    package static let years = 1...9999

    package static func problems(
        _ targets: Targets, questionnaire: Questionnaire, year: Int?, indicators: [String]
    ) -> [(key: String, message: String)] {
        let l = questionnaire.language
        var problems: [(key: String, message: String)] = []
        // The codec's range: beyond it a file could not be read back, and the years formula overflows.
        if !Self.years.contains(targets.by) {
            problems.append(("by", l.pick(fr: "l’année \(targets.by) n’est pas une année entre 1 et 9999",
                                          en: "\(targets.by) is not a year between 1 and 9999")))
        } else if let year, targets.by < year {
            problems.append(("by", l.pick(
                fr: "l’année \(targets.by) est avant celle de l’évaluation (\(year)) : choisissez \(year) ou plus tard",
                en: "year \(targets.by) is before the assessment's (\(year)): choose \(year) or later")))
        }
        if let overall = targets.overall, questionnaire.level(id: overall) == nil {
            problems.append(("overall", unknownLevel(String(overall), questionnaire)))
        }
        let themeIDs = questionnaire.themes.map(\.id)
        for theme in targets.themes {
            if !themeIDs.contains(theme.id) {
                problems.append(("themes.\(theme.id)", unknownTheme(theme.id, questionnaire)))
            } else if questionnaire.level(id: theme.level) == nil {
                problems.append(("themes.\(theme.id)", unknownLevel(String(theme.level), questionnaire)))
            }
        }
        for indicator in targets.indicators where !indicators.contains(indicator.id) {
            problems.append(("indicators.\(indicator.id)", unknownIndicator(indicator.id, valid: indicators, l)))
        }
        return problems
    }

    /// A level that the questionnaire does not have, with those it has.
    package static func unknownLevel(_ text: String, _ questionnaire: Questionnaire) -> String {
        let names = questionnaire.levels.map { "\($0.id) \($0.name)" }.joined(separator: ", ")
        let shown = TerminalText.neutralised(text)
        return questionnaire.language.pick(
            fr: "niveau \(shown) inconnu ; niveaux du questionnaire : \(names)",
            en: "unknown level \(shown); the questionnaire's levels: \(names)")
    }

    /// A theme that the questionnaire does not have, with those it has.
    package static func unknownTheme(_ id: String, _ questionnaire: Questionnaire) -> String {
        let themes = questionnaire.themes.map(\.id).joined(separator: ", ")
        let shown = TerminalText.neutralised(id)
        return questionnaire.language.pick(
            fr: "thème « \(shown) » inconnu ; thèmes du questionnaire : \(themes)",
            en: "unknown theme '\(shown)'; the questionnaire's themes: \(themes)")
    }

    /// An indicator that the questionnaire does not declare, with those it declares.
    package static func unknownIndicator(_ id: String, valid: [String], _ l: Language) -> String {
        let others = valid.isEmpty
            ? l.pick(fr: "ce questionnaire ne déclare aucun indicateur", en: "this questionnaire declares no indicator")
            : l.pick(fr: "indicateurs du questionnaire : ", en: "the questionnaire's indicators: ") + valid.joined(separator: ", ")
        let shown = TerminalText.neutralised(id)
        return l.pick(fr: "indicateur « \(shown) » inconnu ; \(others)", en: "unknown indicator '\(shown)'; \(others)")
    }
}
