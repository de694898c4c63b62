/// The messages about a factors file.
enum FactorMessage {
    static func notAMap(in language: Language) -> String {
        language.pick(fr: "un fichier de facteurs associe un nom de facteur à un nombre (kwh_poste: 151) ou à { value: 151, source: … }",
                      en: "a factors file maps a factor's name to a number (kwh_poste: 151) or to { value: 151, source: … }")
    }

    static func twice(_ name: String, in language: Language) -> String {
        language.pick(fr: "facteur « \(name) » donné deux fois", en: "factor '\(name)' given twice")
    }

    static func unknown(_ name: String, hint: String, in language: Language) -> String {
        language.pick(fr: "facteur « \(name) » inconnu : le questionnaire ne le déclare pas dans « factors »\(hint)",
                      en: "unknown factor '\(name)': the questionnaire does not declare it under 'factors'\(hint)")
    }
}
