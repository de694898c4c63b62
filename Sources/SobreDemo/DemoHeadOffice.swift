import SobreCore

/// The demo's head office (SPEC §12): one interview a year of the questions it decides for
/// every site, whose answers the sites inherit, so that amortisation, purchasing rules or the
/// waste channel are one fact per association, not twelve different answers.
extension DemoAssociation {
    /// The site whose last campaign overrides one head-office answer (a local IT provider of its own):
    /// the demo shows an override as well as inheritance.
    static let overridingSite = 5

    /// The head office's assessment of each campaign, oldest first; empty when the questionnaire
    /// has no question of scope `association`.
    public func headOfficeAssessments(questionnaire: Questionnaire) -> [Assessment] {
        guard questionnaire.questions.contains(where: { $0.scope == .association }) else { return [] }
        return years.enumerated().map { index, year in
            let date = "\(year)-02-15"
            // The head office moves a little ahead of its average site.
            let maturity = min(0.3 + 0.15 * Double(index), 0.9)
            let generator = AnswerGenerator(seed: seed, siteKey: AssociationAssessment.siteID, yearKey: String(year), size: 400)
            let all = generator.answers(for: questionnaire, maturity: { _ in maturity }, date: date, start: 0)
            var answers = AnswerSet()
            for (id, answer) in all where questionnaire.question(id)?.scope == .association { answers[id] = answer }
            var assessment = Assessment(
                questionnaire: .init(id: questionnaire.id, version: questionnaire.version, sha256: questionnaire.sha256),
                site: .init(id: AssociationAssessment.siteID, name: "Siège de l’association"),
                respondent: .init(name: "Hélène Garnier", role: "Directrice générale"),
                interviewer: "Camille Roux, chargée de mission RSE de l’association",
                date: date, status: .complete, startedAt: AnswerGenerator.timestamp(date, seconds: 0),
                updatedAt: answers.compactMap(\.answer.at).max(), answers: answers)
            assessment.kind = .association
            return assessment
        }
    }

    /// `answers` of a site's campaign `index` with the head office's answers in place of its own
    /// to the association questions, marked inherited (one site overrides one in its last campaign).
    func inheriting(
        _ assessment: Assessment, site: DemoSite, campaign index: Int, headOffices: [Assessment], questionnaire: Questionnaire
    ) -> Assessment {
        guard index < headOffices.count else { return assessment }
        let headOffice = headOffices[index]
        var result = assessment
        for question in questionnaire.questions where question.scope == .association { result.answers[question.fullID] = nil }
        let found = AssociationAssessment(
            path: "assessments/\(AssociationAssessment.siteID)/\(headOffice.date).json", assessment: headOffice,
            sha256: SHA256.hex(AssessmentCodec.bytes(headOffice)))
        found.inherit(into: &result, questionnaire: questionnaire, sitePath: "assessments/\(site.id)/\(result.date).json")
        if sites.count > Self.overridingSite, sites[Self.overridingSite].id == site.id, index == years.count - 1,
           let question = questionnaire.question("achats.prestataires"),
           let own = question.options.reversed().first(where: { .string($0.id) != result.answers[question.fullID]?.value }) {
            var answer = result.answers[question.fullID] ?? Answer()
            answer.value = .string(own.id)
            answer.inherited = false
            result.answers[question.fullID] = answer
        }
        return result
    }
}
