/// The loader's messages about the shape of the file: mappings, lists, keys and scalars of
/// the wrong kind (`YAMLReader`), an empty file, a key written twice.
extension LoaderMessage {
    static func fileTooLarge(in language: Language) -> String {
        language.pick(fr: "fichier trop volumineux une fois les alias développés",
                      en: "file too large once its aliases are expanded")
    }

    static func notMapping(_ what: (fr: String, en: String), kind: (fr: String, en: String), in language: Language) -> String {
        language.pick(fr: "\(what.fr) doit être un tableau de clés (« clé: valeur »), pas \(kind.fr)",
                      en: "\(what.en) must be a mapping ('key: value'), not \(kind.en)")
    }

    static func keyNotWord(in language: Language) -> String {
        language.pick(fr: "une clé doit être un simple mot",
                      en: "a key must be a plain word")
    }

    static func unknownKey(_ key: String, what: (fr: String, en: String), hint: String, in language: Language) -> String {
        language.pick(fr: "clé inconnue « \(key) » dans \(what.fr)\(hint)",
                      en: "unknown key '\(key)' in \(what.en)\(hint)")
    }

    static func missingKey(_ key: String, what: (fr: String, en: String), in language: Language) -> String {
        language.pick(fr: "il manque la clé « \(key) » dans \(what.fr)",
                      en: "missing key '\(key)' in \(what.en)")
    }

    static func notList(_ what: (fr: String, en: String), kind: (fr: String, en: String), in language: Language) -> String {
        language.pick(fr: "\(what.fr) doit être une liste (« - … »), pas \(kind.fr)",
                      en: "\(what.en) must be a list ('- …'), not \(kind.en)")
    }

    static func notText(_ key: String, kind: (fr: String, en: String), in language: Language) -> String {
        language.pick(fr: "« \(key) » doit être un texte, pas \(kind.fr)",
                      en: "'\(key)' must be a text, not \(kind.en)")
    }

    static func emptyValue(_ key: String, in language: Language) -> String {
        language.pick(fr: "« \(key) » est vide",
                      en: "'\(key)' is empty")
    }

    static func notWholeNumber(_ key: String, in language: Language) -> String {
        language.pick(fr: "« \(key) » doit être un nombre entier",
                      en: "'\(key)' must be a whole number")
    }

    static func labelKeyNotWhole(_ written: String?, in language: Language) -> String {
        let seen = written.map { language.pick(fr: ", pas « \($0) »", en: ", not '\($0)'") } ?? ""
        return language.pick(fr: "une clé de « labels » est une valeur de l’échelle, un nombre entier (« 1: Jamais »)\(seen)",
                      en: "a key of 'labels' is a value of the scale, a whole number ('1: Never')\(seen)")
    }

    static func notNumber(_ key: String, in language: Language) -> String {
        language.pick(fr: "« \(key) » doit être un nombre",
                      en: "'\(key)' must be a number")
    }

    static func notBool(_ key: String, written: String?, in language: Language) -> String {
        let seen = written.map { language.pick(fr: " (« \($0) » n’en est pas un)", en: " ('\($0)' is not one)") } ?? ""
        return language.pick(fr: "« \(key) » doit valoir true ou false\(seen)",
                      en: "'\(key)' must be true or false\(seen)")
    }

    static func emptyFile(in language: Language) -> String {
        language.pick(fr: "le fichier est vide",
                      en: "the file is empty")
    }

    static func duplicateKeys(_ duplicates: [String], in language: Language) -> String {
        let keys = duplicates.map { "« \($0) »" }.joined(separator: ", ")
        let keysEN = duplicates.map { "'\($0)'" }.joined(separator: ", ")
        return language.pick(fr: "clé en double dans un même tableau : \(keys)",
                      en: "duplicate key in one mapping: \(keysEN)")
    }
}
