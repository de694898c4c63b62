import SobreCore

/// The words of the reports about the head office's answers (SPEC §12).
extension Words {
    /// After an answer copied from the head office's assessment; empty for the site's own.
    static func headOfficeMark(_ answer: Answer?, _ language: Language) -> String {
        answer?.inherited == true ? language.pick(fr: " (réponse du siège)", en: " (head-office answer)") : ""
    }

    /// Under the site line: how many answers came from the head office, and from which assessment;
    /// for the head office's own assessment, that it holds its questions only. Nil for a plain site.
    func associationLine(_ assessment: Assessment) -> String? {
        if assessment.kind == .association {
            return language.pick(fr: "Évaluation du siège : seules les questions décidées par le siège pour tous les sites ; les autres thèmes sont évalués site par site.",
                                 en: "Head-office assessment: only the questions the head office decides for every site; the other themes are assessed site by site.")
        }
        guard let reference = assessment.association else { return nil }
        let count = assessment.answers.filter { $0.answer.inherited }.count
        let answers = Plural.count(count, singular: language.pick(fr: "réponse", en: "answer"), plural: language.pick(fr: "réponses", en: "answers"), language: language)
        return language.pick(fr: "\(answers) du siège, \(count == 1 ? "reprise" : "reprises") de son évaluation du \(date(reference.date)).",
                             en: "\(answers) from the head office, taken from its assessment of \(date(reference.date)).")
    }
}
