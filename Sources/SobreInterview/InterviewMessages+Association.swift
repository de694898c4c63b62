import SobreCore

/// What the interview says about the head office's answers (SPEC §12).
extension InterviewMessages {
    /// The site name of the association's own assessment when `--site` is not given.
    static func headOfficeName(_ l: Language) -> String {
        l.pick(fr: "Siège", en: "Head office")
    }
    static func headOfficeAnswerMark(_ l: Language) -> String {
        l.pick(fr: " (réponse du siège)", en: " (head-office answer)")
    }
    static func inheritedAnswers(_ count: Int, date: String, _ l: Language) -> String {
        let answers = Plural.count(count, singular: l.pick(fr: "réponse", en: "answer"), plural: l.pick(fr: "réponses", en: "answers"), language: l)
        return l.pick(
            fr: "\(answers) du siège (évaluation du \(date)) : ses questions ne sont pas posées ; « aller N » puis une réponse pour en changer une pour ce site.",
            en: "\(answers) from the head office (assessment of \(date)): its questions are not asked; 'goto N' then an answer changes one for this site.")
    }
    static func headOfficeInterview(_ count: Int, _ l: Language) -> String {
        let questions = Plural.count(count, singular: "question", plural: "questions", language: l)
        return l.pick(
            fr: "Entretien du siège : les \(questions) que le siège décide pour tous ses sites ; les entretiens des sites reprendront ces réponses sans les reposer.",
            en: "Head-office interview: the \(questions) the head office decides for all its sites; the sites' interviews will take these answers without asking them again.")
    }
    static func noAssociationQuestion(_ path: String, _ l: Language) -> String {
        l.pick(fr: "le questionnaire \(path) n’a aucune question du siège (scope: association) : l’entretien du siège n’a rien à demander",
               en: "questionnaire \(path) has no head-office question (scope: association): the head office's interview has nothing to ask")
    }
    static func headOfficeHasItsID(_ l: Language) -> String {
        l.pick(fr: "--site-id ne va pas avec --association : l’évaluation du siège a toujours l’identifiant \(AssociationAssessment.siteID)",
               en: "--site-id does not go with --association: the head office's assessment always has the id \(AssociationAssessment.siteID)")
    }
    static func siteIDIsTheHeadOffice(_ l: Language) -> String {
        l.pick(fr: "l’identifiant \(AssociationAssessment.siteID) est réservé à l’évaluation du siège : lancez « sobre interview --association », ou choisissez un autre --site-id",
               en: "the id \(AssociationAssessment.siteID) is kept for the head office's assessment: run 'sobre interview --association', or choose another --site-id")
    }
    static func associationInProgress(_ path: String, _ l: Language) -> String {
        l.pick(fr: "l’évaluation du siège \(path) est encore en cours : terminez-la d’abord (sobre interview --resume \(ShellQuote.quote(path)))",
               en: "the head office's assessment \(path) is still in progress: finish it first (sobre interview --resume \(ShellQuote.quote(path)))")
    }
    static func associationOfOtherQuestionnaire(_ path: String, found: String, wanted: String, _ l: Language) -> String {
        l.pick(fr: "l’évaluation du siège \(path) suit le questionnaire « \(found) », pas « \(wanted) » : ses réponses ne peuvent pas être reprises",
               en: "the head office's assessment \(path) follows questionnaire '\(found)', not '\(wanted)': its answers cannot be taken")
    }
}
