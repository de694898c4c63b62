import SobreCore

/// What a re-assessment says (SPEC §10): the earlier answer proposed, why one is not, where the
/// earlier file stands.
extension InterviewMessages {
    static func earlierAnswer(date: String, _ shown: String, _ l: Language) -> String {
        l.pick(fr: "Réponse du \(date) : \(shown) — Entrée pour la garder", en: "Answer of \(date): \(shown) — Enter keeps it")
    }
    static func earlierNote(date: String, _ note: String, _ l: Language) -> String {
        l.pick(fr: "Note du \(date) (non reprise) : \(note)", en: "Note of \(date) (not copied): \(note)")
    }
    static func earlierKept(date: String, _ l: Language) -> String {
        l.pick(fr: "Réponse du \(date) gardée.", en: "Answer of \(date) kept.")
    }
    static func notProposed(_ why: EarlierAnswers.Unusable, date: String, _ l: Language) -> String {
        switch why {
        case .newQuestion: l.pick(fr: "Nouvelle question (absente le \(date)).", en: "New question (not asked on \(date)).")
        case .notAnswered: l.pick(fr: "Pas de réponse le \(date).", en: "No answer on \(date).")
        case .optionRemoved: l.pick(fr: "Réponse précédente non reprise : option retirée.", en: "Earlier answer not carried over: option removed.")
        case .typeChanged: l.pick(fr: "Réponse précédente non reprise : la question a changé de type.", en: "Earlier answer not carried over: the question changed type.")
        case .outOfBounds: l.pick(fr: "Réponse précédente non reprise : hors des bornes actuelles.", en: "Earlier answer not carried over: outside the current bounds.")
        case .notApplicableNoLongerOffered:
            l.pick(fr: "Réponse précédente non reprise : « sans objet » n’est plus proposé.", en: "Earlier answer not carried over: 'not applicable' is no longer offered.")
        case .noLongerFits: l.pick(fr: "Réponse précédente non reprise : elle ne convient plus à la question.", en: "Earlier answer not carried over: it no longer fits the question.")
        case .headOfficeCopy:
            l.pick(fr: "Réponse précédente non reprise : c’était celle du siège, et aucune évaluation du siège n’est reprise cette fois.",
                   en: "Earlier answer not carried over: it was the head office's, and no head-office assessment is used this time.")
        }
    }
    static func removedQuestions(date: String, _ ids: [String], _ l: Language) -> String {
        l.pick(fr: "Réponses du \(date) non reprises, leur question n’existe plus : \(ids.joined(separator: ", ")).",
               en: "Answers of \(date) not carried over, their question no longer exists: \(ids.joined(separator: ", ")).")
    }
    static func startingFrom(date: String, path: String, _ l: Language) -> String {
        l.pick(fr: "Départ des réponses du \(date) (\(path)) : Entrée garde chaque réponse proposée ; rien n’est repris sans confirmation.",
               en: "Starting from the answers of \(date) (\(path)): Enter keeps each proposed answer; nothing is carried over unconfirmed.")
    }
    static func offerPrompt(date: String, _ l: Language) -> String {
        l.pick(fr: "Partir des réponses du \(date) ? [O/n] > ", en: "Start from the answers of \(date)? [Y/n] > ")
    }
    static func earlierVanished(_ path: String, _ l: Language) -> String {
        l.pick(fr: "L’évaluation de départ \(path) a disparu : l’entretien continue sans réponses proposées.",
               en: "The earlier assessment \(path) is gone: the interview goes on without proposed answers.")
    }
    static func earlierChanged(_ path: String, _ l: Language) -> String {
        l.pick(fr: "L’évaluation de départ \(path) a changé depuis le début de l’entretien : l’entretien continue sans réponses proposées.",
               en: "The earlier assessment \(path) changed since the interview began: the interview goes on without proposed answers.")
    }
    static func earlierUnusable(_ path: String, _ problem: String, _ l: Language) -> String {
        l.pick(fr: "L’évaluation de départ \(path) ne peut être relue (\(problem)) : l’entretien continue sans réponses proposées.",
               en: "The earlier assessment \(path) cannot be read again (\(problem)): the interview goes on without proposed answers.")
    }
    static func fromOtherSite(_ path: String, earlier: String, now: String, _ l: Language) -> String {
        l.pick(fr: "--from \(path) : ce n’est pas le même site (« \(earlier) » au lieu de « \(now) ») ; donnez une évaluation de ce site",
               en: "--from \(path): not the same site ('\(earlier)' instead of '\(now)'); give an assessment of this site")
    }
    static func fromNotUsable(_ path: String, _ problem: String, _ l: Language) -> String {
        l.pick(fr: "--from \(path) : \(problem)", en: "--from \(path): \(problem)")
    }
    static func fromIgnoredOnResume(_ path: String, _ l: Language) -> String {
        l.pick(fr: "--from est ignoré : l’entretien en cours \(path) garde le point de départ qu’il avait.",
               en: "--from is ignored: the interview in progress \(path) keeps the starting point it had.")
    }
    static func earlierTally(date: String, confirmed: Int, changed: Int, _ l: Language) -> String {
        l.pick(fr: "  Réponses du \(date) : \(confirmed) gardée\(confirmed > 1 ? "s" : ""), \(changed) modifiée\(changed > 1 ? "s" : "")",
               en: "  Answers of \(date): \(confirmed) kept, \(changed) changed")
    }
    static func reviewEarlier(date: String, _ shown: String, changed: Bool, _ l: Language) -> String {
        l.pick(fr: "      le \(date) : \(shown)\(changed ? "  ← modifiée" : "")", en: "      on \(date): \(shown)\(changed ? "  ← changed" : "")")
    }
}
