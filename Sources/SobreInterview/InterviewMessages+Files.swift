import SobreCore

/// What the interview says about its files and names: the lock, the questionnaire copy, site ids, typed names.
extension InterviewMessages {
    static func lockedSince(day: String, time: String, _ l: Language) -> String {
        l.pick(fr: "le \(day) à \(time) UTC", en: "\(day) \(time) UTC")
    }
    static func lockHolder(host: String, pid: Int, since: String, _ l: Language) -> String {
        l.pick(fr: " (machine « \(host) », processus \(pid), depuis \(since))", en: " (host '\(host)', process \(pid), since \(since))")
    }
    static func alreadyOpen(_ path: String, holder who: String, resume: String, _ l: Language) -> String {
        l.pick(
            fr: "\(path) est déjà ouvert par un autre entretien\(who) ; il n’est pas ouvert une seconde fois, pour que l’un n’efface pas les réponses de l’autre. Terminez ou quittez (q) cet autre entretien, puis reprenez avec : \(resume)",
            en: "\(path) is already open in another interview\(who); it is not opened twice, so that one does not erase the other’s answers. Finish or quit (q) that other interview, then resume with: \(resume)")
    }
    static func cannotWrite(_ path: String, _ failure: FileIO.Failure, _ l: Language) -> String {
        l.pick(fr: "impossible d’écrire \(path) : \(failure.reason(.fr))", en: "cannot write \(path): \(failure.reason)")
    }
    static func notAnAssessmentFileName(_ path: String, _ l: Language) -> String {
        l.pick(fr: "« \(path) » n’est pas un nom de fichier d’évaluation : donnez un chemin comme assessments/site/2026-11-29.json",
               en: "'\(path)' is not an assessment file name: give a path such as assessments/site/2026-11-29.json")
    }
    static func siteIDEmpty(_ l: Language) -> String {
        l.pick(fr: "l’identifiant de site est vide : donnez --site-id", en: "the site id is empty: give --site-id")
    }
    static func siteIDUnsafe(_ character: String, _ l: Language) -> String {
        l.pick(fr: "l’identifiant de site contient un caractère de contrôle, invisible ou de sens d’écriture (\(character)) : donnez un --site-id fait de lettres, de chiffres et de tirets",
               en: "the site id contains a control, invisible or text-direction character (\(character)): give a --site-id made of letters, digits and dashes")
    }
    static func siteIDDot(_ id: String, _ l: Language) -> String {
        l.pick(fr: "l’identifiant de site « \(id) » ne peut pas commencer par un point", en: "site id '\(id)' cannot start with a dot")
    }
    static func siteIDSlash(_ id: String, _ l: Language) -> String {
        l.pick(fr: "l’identifiant de site « \(id) » ne peut pas contenir de barre oblique", en: "site id '\(id)' cannot contain a slash")
    }
    static func typedNameUnsafe(_ option: String, _ character: String, _ l: Language) -> String {
        l.pick(
            fr: "\(option) : le texte contient un caractère de contrôle, de saut de ligne ou de sens d’écriture (\(character)) ; retapez-le sans ce caractère, rien n’a été enregistré",
            en: "\(option): the text holds a control, line-break or text-direction character (\(character)); type it again without it, nothing was saved")
    }
    static func cannotReadQuestionnaireAgain(_ failure: FileIO.Failure, _ l: Language) -> String {
        l.pick(fr: "impossible de relire le questionnaire \(failure.path) : \(failure.reason(.fr))", en: "cannot read the questionnaire again: \(failure)")
    }
    static func changedWhileRead(_ path: String, _ l: Language) -> String {
        l.pick(fr: "le fichier \(path) a changé pendant la lecture ; relancez la commande", en: "file \(path) changed while being read; run the command again")
    }
    static func cannotKeepCopy(_ folder: String, _ failure: FileIO.Failure, _ l: Language) -> String {
        l.pick(fr: "impossible de garder une copie du questionnaire dans \(folder) : \(failure.reason(.fr)) ; rien n’a été enregistré",
               en: "cannot keep a copy of the questionnaire: \(failure)")
    }
}
