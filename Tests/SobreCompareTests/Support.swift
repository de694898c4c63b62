import SobreCore
// Every file of this target sees the helpers all test targets share (Repository,
// TemporaryFolder…), those written before they moved to SobreTestSupport included.
@_exported import SobreTestSupport
import Testing

/// A small questionnaire written for these tests, and assessments of it.
enum Mini {
    /// Two themes of one question each; `themes` picks which (for versions without a theme).
    static func yaml(version: String = "1", themes: [String] = ["a", "b"]) -> String {
        var text = """
            format: 1
            id: mini
            version: "\(version)"
            language: fr
            title: Mini
            levels:
              - { id: 1, name: Bas, min: 0 }
              - { id: 2, name: Moyen, min: 40 }
              - { id: 3, name: Haut, min: 80 }
            themes:

            """
        for theme in themes {
            text += """
                  - id: \(theme)
                    title: Thème \(theme.uppercased())
                    questions:
                      - id: q
                        text: Où en êtes-vous ?
                        type: single
                        options:
                          - { id: zero, label: Zéro, score: 0 }
                          - { id: half, label: Moitié, score: 0.5 }
                          - { id: full, label: Tout, score: 1 }

                """
        }
        text += "actions:\n"
        // act_b comes first in the file, so file order and id order differ.
        for (id, theme, effort) in [("act_b", "b", "low"), ("act_a", "a", "low"), ("act_c", "c", "low"), ("act_rare", "a", "high")]
        where themes.contains(theme) {
            let when = id == "act_rare" ? "a.q == 'zero'" : "score(\(theme).q) < 1"
            text += """
                  - id: \(id)
                    title: Agir \(id)
                    theme: \(theme)
                    priority: medium
                    effort: \(effort)
                    when: "\(when)"

                """
        }
        return text
    }

    static func questionnaire(version: String = "1", themes: [String] = ["a", "b"]) throws -> Questionnaire {
        let result = QuestionnaireLoader.load(bytes: Array(yaml(version: version, themes: themes).utf8), path: "mini.yaml")
        return try #require(result.questionnaire, "mini questionnaire: \(result.diagnostics)")
    }

    static func assessment(
        _ q: Questionnaire, site: String, date: String = "2026-03-01", updated: String? = nil, group: String? = nil,
        status: Assessment.Status = .complete, _ answers: [String: String]
    ) -> Assessment {
        var set = AnswerSet()
        for key in answers.keys.sorted() { set[key] = Answer(value: .string(answers[key] ?? "")) }
        return Assessment(questionnaire: .init(id: q.id, version: q.version, sha256: q.sha256),
                          site: .init(id: site, name: "Site \(site)", group: group), date: date, status: status,
                          updatedAt: updated, answers: set)
    }

    static func scored(
        _ q: Questionnaire, site: String, date: String = "2026-03-01", updated: String? = nil, file: String? = nil,
        group: String? = nil, _ answers: [String: String]
    ) -> ComparedAssessment {
        ComparedAssessment(file: file ?? "\(site)/\(date).json",
                           assessment: assessment(q, site: site, date: date, updated: updated, group: group, answers),
                           questionnaire: q)
    }
}
