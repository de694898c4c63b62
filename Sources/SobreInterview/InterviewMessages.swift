import SobreCore

/// Every sentence the interview says, by name, in the questionnaire's language.
///
/// The values they quote come in already shown (neutralised where they come from a file).
enum InterviewMessages {
    // MARK: Commands

    static func helpPrefix(_ l: Language) -> String { l.pick(fr: "Aide : ", en: "Help: ") }
    static func noHelp(_ l: Language) -> String { l.pick(fr: "Pas d’aide pour cette question.", en: "No help for this question.") }
    static func commandsInFull(_ l: Language) -> String {
        l.pick(
            fr: "Commandes : ? aide · < retour · > passer · na sans objet (si proposé) · note TEXTE · sommaire · aller N · relire · q quitter",
            en: "Commands: ? help · < back · > skip · na not applicable (when offered) · note TEXT · summary · goto N · review · q quit")
    }
    static func commandsInShort(allowsNA: Bool, _ l: Language) -> String {
        l.pick(
            fr: "? aide · < retour · > passer · \(allowsNA ? "na · " : "")note … · sommaire · relire · q quitter",
            en: "? help · < back · > skip · \(allowsNA ? "na · " : "")note … · summary · review · q quit")
    }
    static func noQuestionBefore(_ l: Language) -> String {
        l.pick(fr: "C’est la première question : pas de question avant.", en: "This is the first question: there is none before.")
    }
    static func notApplicableNotOffered(_ l: Language) -> String {
        l.pick(fr: "« Sans objet » n’est pas proposé pour cette question.", en: "'Not applicable' is not offered for this question.")
    }
    static func notePrefix(_ l: Language) -> String { l.pick(fr: "Note : ", en: "Note: ") }
    static func noNote(_ l: Language) -> String {
        l.pick(fr: "Pas de note. Tapez note suivi du texte pour en ajouter une.", en: "No note. Type note followed by the text to add one.")
    }
    static func noteSaved(_ l: Language) -> String { l.pick(fr: "Note enregistrée.", en: "Note saved.") }
    static func gotoRange(_ count: Int, _ l: Language) -> String {
        l.pick(fr: "Tapez aller suivi d’un numéro de question de 1 à \(count).",
               en: "Type goto followed by a question number from 1 to \(count).")
    }

    // MARK: The opening

    static func questionnaireTitle(_ title: String, version: String, _ l: Language) -> String {
        l.pick(fr: "\(title) (version \(version))", en: "\(title) (version \(version))")
    }

    // MARK: A question

    static func currentAnswer(_ shown: String, _ l: Language) -> String {
        l.pick(fr: "Réponse actuelle : ", en: "Current answer: ") + shown + l.pick(fr: " (Entrée pour la garder)", en: " (Enter keeps it)")
    }
    static func hintSingle(_ l: Language) -> String {
        l.pick(fr: "Une réponse : son numéro ou son identifiant.", en: "One answer: its number or its id.")
    }
    static func hintMultiple(_ l: Language) -> String {
        l.pick(fr: "Une ou plusieurs réponses (numéros ou identifiants), séparées par des virgules ou des espaces.",
               en: "One or more answers (numbers or ids), separated by commas or spaces.")
    }
    static func pickedAlone(_ label: String, _ l: Language) -> String {
        l.pick(fr: " « \(label) » se choisit seul.", en: " '\(label)' is picked alone.")
    }
    static func answerYesOrNo(_ l: Language) -> String { l.pick(fr: "Répondez oui ou non.", en: "Answer yes or no.") }
    static func hintScale(min: Int, max: Int, _ l: Language) -> String {
        l.pick(fr: "Une note entière de \(min) à \(max)", en: "A whole number from \(min) to \(max)")
    }
    static func hintNumber(integer: Bool, _ l: Language) -> String {
        integer ? l.pick(fr: "Un nombre entier", en: "A whole number") : l.pick(fr: "Un nombre", en: "A number")
    }
    static func inUnit(_ unit: String, _ l: Language) -> String { l.pick(fr: " (en \(unit))", en: " (in \(unit))") }
    static func fromTo(_ min: String, _ max: String, _ l: Language) -> String {
        l.pick(fr: ", de \(min) à \(max)", en: ", from \(min) to \(max)")
    }
    static func atLeast(_ min: String, _ l: Language) -> String { l.pick(fr: ", au moins \(min)", en: ", at least \(min)") }
    static func atMost(_ max: String, _ l: Language) -> String { l.pick(fr: ", au plus \(max)", en: ", at most \(max)") }
    static func hintText(_ l: Language) -> String {
        l.pick(fr: "Texte libre (Entrée seule : rien n’est enregistré).", en: "Free text (Enter alone: nothing is recorded).")
    }

    // MARK: Where it stands

    static func resuming(site: String, date: String, answered: Int, skipped: Int, remaining: Int, total: Int, _ l: Language) -> String {
        l.pick(
            fr: "Reprise de l’entretien — \(site), \(date)\nRépondues : \(answered) · passées : \(skipped) · restantes : \(remaining) (sur \(total) questions)",
            en: "Resuming the interview — \(site), \(date)\nAnswered: \(answered) · skipped: \(skipped) · remaining: \(remaining) (of \(total) questions)")
    }
    static func progressTitle(_ l: Language) -> String { l.pick(fr: "Avancement :", en: "Progress:") }
    static func progressTotal(done: Int, total: Int, _ l: Language) -> String {
        l.pick(fr: "  Total : \(done)/\(total) réponses", en: "  Total: \(done)/\(total) answers")
    }
    static func currentQuestion(_ n: Int, _ l: Language) -> String {
        l.pick(fr: "  Question en cours : \(n)", en: "  Current question: \(n)")
    }
    static func noAnswer(_ l: Language) -> String { l.pick(fr: "pas de réponse", en: "no answer") }
    static func reviewNotePrefix(_ l: Language) -> String { l.pick(fr: "note : ", en: "note: ") }
    static func noAnswerYet(_ l: Language) -> String { l.pick(fr: "Aucune réponse pour l’instant.", en: "No answer yet.") }
    static func answersGiven(_ l: Language) -> String { l.pick(fr: "Réponses données :", en: "Answers given:") }

    // MARK: The end

    static func finished(_ l: Language) -> String { l.pick(fr: "Entretien terminé.", en: "Interview finished.") }
    static func saved(_ path: String, _ l: Language) -> String {
        l.pick(fr: "Évaluation enregistrée : \(path)", en: "Assessment saved: \(path)")
    }
    static func missingRequired(_ count: Int, _ l: Language) -> String {
        l.pick(
            fr: count == 1 ? "1 question obligatoire est restée sans réponse :" : "\(count) questions obligatoires sont restées sans réponse :",
            en: count == 1 ? "1 required question has no answer:" : "\(count) required questions have no answer:")
    }
    static func goBackPrompt(_ l: Language) -> String {
        l.pick(fr: "Y revenir maintenant ? (oui/non) > ", en: "Go back to them now? (yes/no) > ")
    }
    static func saveFailedStops(_ reason: String, path: String, _ l: Language) -> String {
        l.pick(fr: "Erreur : impossible d’enregistrer l’évaluation (\(reason)). L’entretien s’arrête ; la dernière réponse n’est pas enregistrée, les précédentes restent dans \(path).",
               en: "Error: cannot save the assessment (\(reason)). The interview stops; the last answer is not saved, the earlier ones stay in \(path).")
    }
    static func resumeOnceSolved(_ l: Language) -> String {
        l.pick(fr: "Pour le reprendre une fois le problème réglé : ", en: "To resume it once the problem is solved: ")
    }
    static func endOfInput(_ l: Language) -> String {
        l.pick(fr: "Fin des réponses : l’entretien n’est pas terminé.", en: "End of input: the interview is not finished.")
    }
    static func saveFailed(_ reason: String, _ l: Language) -> String {
        l.pick(fr: "Erreur : impossible d’enregistrer l’évaluation (\(reason)).", en: "Error: cannot save the assessment (\(reason)).")
    }
    static func savedInProgress(given: Int, path: String, _ l: Language) -> String {
        l.pick(fr: "Entretien enregistré (en cours, \(given) réponse\(given > 1 ? "s" : "")) : \(path)",
               en: "Interview saved (in progress, \(given) answer\(given == 1 ? "" : "s")): \(path)")
    }
    static func toResume(_ l: Language) -> String { l.pick(fr: "Pour le reprendre : ", en: "To resume it: ") }

    // MARK: Lines and answers in words

    static func lineTooLong(_ l: Language) -> String {
        l.pick(fr: "Ligne refusée : plus de 10 000 octets. Rien n’est enregistré.",
               en: "Line refused: more than 10,000 bytes. Nothing is recorded.")
    }
    static func lineNotUTF8(_ l: Language) -> String {
        l.pick(fr: "Ligne refusée : ce n’est pas du texte UTF-8 (vérifiez l’encodage du terminal). Rien n’est enregistré.",
               en: "Line refused: it is not UTF-8 text (check the terminal's encoding). Nothing is recorded.")
    }
    static func lineControlCharacter(_ l: Language) -> String {
        l.pick(fr: "Ligne refusée : elle contient un caractère de contrôle. Rien n’est enregistré.",
               en: "Line refused: it holds a control character. Nothing is recorded.")
    }
    static func notApplicableAnswer(_ l: Language) -> String { l.pick(fr: "sans objet (N/A)", en: "not applicable (N/A)") }
    static func yesOrNo(_ b: Bool, _ l: Language) -> String {
        b ? l.pick(fr: "oui", en: "yes") : l.pick(fr: "non", en: "no")
    }
}
