/// The loader's messages about factors, indicators and savings (SPEC §8).
extension LoaderMessage {
    static func invalidFormula(_ reason: String, in language: Language) -> String {
        language.pick(fr: "formule invalide : \(reason)",
                      en: "invalid formula: \(reason)")
    }

    static func factorsNotMapping(kind: (fr: String, en: String), in language: Language) -> String {
        language.pick(fr: "« factors » associe un nom à { value, unit }, pas \(kind.fr)",
                      en: "'factors' maps a name to { value, unit }, not \(kind.en)")
    }

    static func duplicateFactor(_ name: String, in language: Language) -> String {
        language.pick(fr: "facteur « \(name) » en double",
                      en: "duplicate factor '\(name)'")
    }

    static func duplicateIndicator(_ id: String, in language: Language) -> String {
        language.pick(fr: "indicateur « \(id) » en double",
                      en: "duplicate indicator '\(id)'")
    }

    static func savesNotMapping(kind: (fr: String, en: String), in language: Language) -> String {
        language.pick(fr: "« saves » associe un indicateur à une formule (indicateur: formule), pas \(kind.fr)",
                      en: "'saves' maps an indicator to a formula (indicator: formula), not \(kind.en)")
    }

    static func unknownSavedIndicator(_ id: String, hint: String, in language: Language) -> String {
        language.pick(fr: "« saves » nomme l’indicateur « \(id) », qui n’est pas déclaré dans « indicators »\(hint)",
                      en: "'saves' names indicator '\(id)', which is not declared under 'indicators'\(hint)")
    }

    static func duplicateSaving(_ id: String, in language: Language) -> String {
        language.pick(fr: "« saves » nomme l’indicateur « \(id) » deux fois",
                      en: "'saves' names indicator '\(id)' twice")
    }
}
