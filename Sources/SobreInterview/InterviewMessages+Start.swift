import SobreCore

/// What `InterviewStart` says: why an interview cannot begin, and the offer to resume one.
extension InterviewMessages {
    static func nameTheSite(_ l: Language) -> String {
        l.pick(fr: "indiquez l’établissement avec --site NOM (ou --resume FICHIER pour reprendre un entretien)",
               en: "name the establishment with --site NAME (or --resume FILE to resume an interview)")
    }
    static func questionnaireNotFound(_ wanted: String, _ l: Language) -> String {
        l.pick(fr: "questionnaire « \(wanted) » introuvable (voir sobre questionnaires)", en: "questionnaire '\(wanted)' not found (see sobre questionnaires)")
    }
    static func questionnaireNotValid(_ path: String, _ l: Language) -> String {
        l.pick(fr: "le questionnaire \(path) n’est pas valide", en: "questionnaire \(path) is not valid")
    }
    static func notADay(_ day: String, _ l: Language) -> String {
        l.pick(fr: "--date : « \(day) » n’est pas une date AAAA-MM-JJ", en: "--date: '\(day)' is not a YYYY-MM-DD date")
    }
    static func outIsEmpty(_ l: Language) -> String {
        l.pick(fr: "--out est vide : donnez le fichier d’évaluation à écrire", en: "--out is empty: give the assessment file to write")
    }
    static func outIsAFolder(_ path: String, _ l: Language) -> String {
        l.pick(fr: "\(path) est un dossier : --out attend un fichier", en: "\(path) is a folder: --out expects a file")
    }
    static func completeIsNeverReplaced(_ path: String, _ l: Language) -> String {
        l.pick(fr: "\(path) est une évaluation terminée : elle n’est jamais remplacée. Choisissez une autre date (--date) ou un autre fichier (--out)",
               en: "\(path) is a complete assessment: it is never replaced. Choose another date (--date) or another file (--out)")
    }
    static func alreadyInProgress(site: String, day: String, given: Int, path: String, _ l: Language) -> String {
        l.pick(fr: "Un entretien est déjà en cours pour \(site) le \(day) (\(given) réponse\(given > 1 ? "s" : "")) : \(path)",
               en: "An interview is already in progress for \(site) on \(day) (\(given) answer\(given == 1 ? "" : "s")): \(path)")
    }
    static func resumePrompt(_ l: Language) -> String {
        l.pick(fr: "Le reprendre ? (oui/non) > ", en: "Resume it? (yes/no) > ")
    }
    static func keptAsItIs(_ path: String, _ l: Language) -> String {
        l.pick(fr: "rien n’a été modifié : \(path) est gardé tel quel. Pour un autre entretien, choisissez une autre date (--date) ou un autre fichier (--out)",
               en: "nothing was changed: \(path) is kept as it is. For another interview, choose another date (--date) or another file (--out)")
    }
    static func resumedFromPipe(_ path: String, _ l: Language) -> String {
        l.pick(fr: "Un entretien est déjà en cours dans \(path) : il est repris.", en: "An interview is already in progress in \(path): it is resumed.")
    }
    static func resumeTakesNoOther(_ options: [String], _ l: Language) -> String {
        l.pick(fr: "--resume reprend le fichier tel qu’il est : retirez \(options.joined(separator: ", "))",
               en: "--resume continues the file as it is: remove \(options.joined(separator: ", "))")
    }
    static func resumeIsEmpty(_ l: Language) -> String {
        l.pick(fr: "--resume est vide : donnez le fichier d’évaluation à reprendre", en: "--resume is empty: give the assessment file to resume")
    }
    static func nothingToResume(_ path: String, _ l: Language) -> String {
        l.pick(fr: "\(path) est une évaluation terminée : rien à reprendre (voir sobre report \(path))",
               en: "\(path) is a complete assessment: nothing to resume (see sobre report \(path))")
    }
    static func cannotRead(_ path: String, _ failure: FileIO.Failure, _ l: Language) -> String {
        l.pick(fr: "impossible de lire \(path) : \(failure.reason(.fr))", en: "cannot read \(path): \(failure.reason)")
    }
    static func leftUnchanged(_ path: String, _ problem: String, _ l: Language) -> String {
        l.pick(fr: "\(path) : \(problem) ; le fichier n’est pas modifié", en: "\(path): \(problem); the file is left unchanged")
    }
    static func questionnaireOfFileNotFound(_ path: String, _ reference: Assessment.QuestionnaireReference, _ l: Language) -> String {
        l.pick(fr: "le questionnaire de \(path) (\(reference.id) \(reference.version)) est introuvable : ni copie dans un dossier .questionnaires, ni questionnaire fourni avec le même contenu",
               en: "the questionnaire of \(path) (\(reference.id) \(reference.version)) cannot be found: no copy in a .questionnaires folder, no bundled questionnaire with the same content")
    }
}
