import SobreCore

/// The sentences of the objectives exchange at the end of a terminal interview (SPEC §9).
extension InterviewMessages {
    static func setTargetsPrompt(_ l: Language) -> String {
        l.pick(fr: "Fixer des objectifs ? (oui/non) > ", en: "Set objectives? (yes/no) > ")
    }

    static func targetYearPrompt(default year: Int, _ l: Language) -> String {
        l.pick(fr: "Pour quelle année ? Entrée : \(year) > ", en: "By which year? Enter: \(year) > ")
    }

    static func targetYearRefused(from year: Int, _ l: Language) -> String {
        l.pick(fr: "Donnez une année, \(year) ou plus tard (par exemple \(year + 3)).",
               en: "Give a year, \(year) or later (e.g. \(year + 3)).")
    }

    static func targetLevelPrompt(_ what: String, by: Int, range: String, _ l: Language) -> String {
        l.pick(fr: "Niveau visé pour \(what) en \(by) ? \(range) ou le nom du niveau, Entrée : pas d’objectif > ",
               en: "Level aimed at for \(what) by \(by)? \(range) or the level's name, Enter: no objective > ")
    }

    static func overallName(_ l: Language) -> String {
        l.pick(fr: "l’ensemble", en: "the whole")
    }

    /// `levels`: each level's number and name, "1 Début".
    static func targetLevelRefused(range: String, levels: [String], _ l: Language) -> String {
        let list = levels.joined(separator: ", ")
        return l.pick(fr: "Répondez par le numéro d’un niveau (\(range)) ou son nom (\(list)), ou Entrée pour ne pas fixer d’objectif.",
                      en: "Answer with a level's number (\(range)) or its name (\(list)), or Enter for no objective.")
    }

    static func targetsSaved(_ count: Int, by: Int, _ l: Language) -> String {
        count == 0
            ? l.pick(fr: "Aucun objectif fixé.", en: "No objective set.")
            : l.pick(fr: "\(count) objectif\(count > 1 ? "s" : "") pour \(by) enregistré\(count > 1 ? "s" : "") ; le rapport montre la feuille de route.",
                     en: "\(count) objective\(count > 1 ? "s" : "") for \(by) saved; the report shows the roadmap.")
    }
}
