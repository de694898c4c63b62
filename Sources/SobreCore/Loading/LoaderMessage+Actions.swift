/// The loader's messages about actions, and the warnings given once the whole file is read.
extension LoaderMessage {
    // MARK: - Actions

    static func duplicateAction(_ id: String, in language: Language) -> String {
        language.pick(fr: "action « \(id) » en double",
                      en: "duplicate action '\(id)'")
    }

    static func unknownActionTheme(_ theme: String, name: String, hint: String, in language: Language) -> String {
        language.pick(fr: "thème « \(theme) » inconnu pour l’action « \(name) »\(hint)",
                      en: "unknown theme '\(theme)' for action '\(name)'\(hint)")
    }

    static func unknownGrade(_ key: String, value: String, hint: String, in language: Language) -> String {
        language.pick(fr: "« \(key) » vaut low, medium ou high, pas « \(value) »\(hint)",
                      en: "'\(key)' is low, medium or high, not '\(value)'\(hint)")
    }

    static func actionAfterItself(_ target: String, in language: Language) -> String {
        language.pick(fr: "l’action « \(target) » ne peut pas venir après elle-même",
                      en: "action '\(target)' cannot come after itself")
    }

    static func unknownAfterAction(_ target: String, hint: String, in language: Language) -> String {
        language.pick(fr: "action « \(target) » inconnue dans « after »\(hint)",
                      en: "unknown action '\(target)' in 'after'\(hint)")
    }

    static func afterCycle(_ text: String, in language: Language) -> String {
        language.pick(fr: "cycle dans « after » : \(text)",
                      en: "cycle in 'after': \(text)")
    }

    // MARK: - Warnings

    static func unusedOptionSet(_ name: String, in language: Language) -> String {
        language.pick(fr: "le jeu d’options « \(name) » n’est utilisé par aucune question",
                      en: "option set '\(name)' is used by no question")
    }

    static func untriggerableAction(_ action: String, in language: Language) -> String {
        language.pick(fr: "l’action « \(action) » ne peut être déclenchée par aucune réponse",
                      en: "action '\(action)' cannot be triggered by any answer")
    }
}
