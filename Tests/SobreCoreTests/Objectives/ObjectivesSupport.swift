import Testing
@testable import SobreCore

/// A small questionnaire for objectives: four levels (0, 30, 55, 80), `weakest_link: 1`,
/// a two-question theme `gouv` and a theme `achats` whose last question (weight 2) no action fixes.
enum ObjectivesFixture {
    static func questionnaire(achatsWeight: Double = 1) throws -> Questionnaire {
        try loadValid("""
            format: 1
            id: objectifs
            version: "1"
            language: fr
            title: Objectifs
            levels:
              - { id: 1, name: Découverte, min: 0 }
              - { id: 2, name: Engagé, min: 30 }
              - { id: 3, name: Structuré, min: 55 }
              - { id: 4, name: Exemplaire, min: 80 }
            scoring: { weakest_link: 1 }
            themes:
              - id: gouv
                title: Gouvernance
                questions:
                  - { id: g1, text: G1, type: boolean }
                  - { id: g2, text: G2, type: boolean }
              - id: achats
                title: Achats
                weight: \(achatsWeight)
                questions:
                  - { id: a1, text: A1, type: boolean }
                  - { id: a2, text: A2, type: boolean }
                  - { id: a3, text: A3, type: boolean }
                  - { id: a4, text: A4, type: boolean }
                  - { id: a5, text: A5, type: boolean, weight: 2 }
            actions:
              - { id: nommer, title: Nommer, theme: gouv, priority: high, effort: low, when: "score(gouv.g1) < 1", owner: Direction }
              - { id: inventaire, title: Inventaire, theme: achats, priority: medium, effort: low, when: "score(achats.a2) < 1" }
              - { id: charte, title: Charte, theme: gouv, priority: high, effort: medium, when: "score(gouv.g2) < 1", after: [inventaire] }
              - { id: reemploi, title: Réemploi, theme: achats, priority: high, effort: high, when: "score(achats.a3) < 1" }
              - { id: audit, title: Audit, theme: achats, priority: low, effort: high, when: "score(achats.a4) < 1" }

            """)
    }

    /// Answers by `theme.question` = yes/no; the others unanswered.
    static func answers(_ values: [String: Bool]) -> AnswerSet {
        var answers = AnswerSet()
        for id in ["gouv.g1", "gouv.g2", "achats.a1", "achats.a2", "achats.a3", "achats.a4", "achats.a5"] {
            answers[id] = Answer(value: .bool(values[id] ?? false))
        }
        return answers
    }

    /// Every answer no but `achats.a1`: gouv 0, achats 100/6.
    static func card(_ yes: [String] = ["achats.a1"], achatsWeight: Double = 1) throws -> Scorecard {
        Scorecard(questionnaire: try questionnaire(achatsWeight: achatsWeight),
                  answers: answers(Dictionary(uniqueKeysWithValues: yes.map { ($0, true) })))
    }
}
