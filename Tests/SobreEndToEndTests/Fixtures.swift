import Foundation
import SobreCore
import SobreJSON

/// Small questionnaires written by the tests, so the bundled one may change freely.
enum E2EFixtures {
    static let questionnaire = """
        format: 1
        id: test-entretien
        version: "1"
        language: fr
        title: Questionnaire d’essai
        levels:
          - { id: 1, name: Début, min: 0 }
          - { id: 2, name: Avancé, min: 50 }
        themes:
          - id: gouv
            title: Gouvernance
            questions:
              - id: sponsor
                text: La direction porte-t-elle la démarche ?
                type: single
                options:
                  - { id: non, label: Non, score: 0 }
                  - { id: informel, label: "Oui, de façon informelle", score: 0.5 }
                  - { id: formel, label: "Oui, formellement", score: 1 }
              - id: referent
                text: Un référent est-il nommé ?
                type: boolean
              - id: temps
                text: Combien d’heures par mois pour le référent ?
                type: number
                min: 0
                when: gouv.referent == true
          - id: usages
            title: Usages
            questions:
              - id: impression
                text: Quelles pratiques d’impression ?
                type: multiple
                options:
                  - { id: recto_verso, label: Recto-verso par défaut, score: 0.5 }
                  - { id: badge, label: Impression sur badge, score: 0.5 }
                  - { id: aucune, label: Aucune de ces pratiques, score: 0, exclusive: true }
              - id: extinction
                text: Les postes sont-ils éteints le soir ?
                type: scale
                min: 1
                max: 5
              - id: commentaire
                text: Un commentaire ?
                type: text
                required: false
        actions:
          - id: nommer
            title: Nommer un référent
            theme: gouv
            priority: high
            effort: low
            when: not (gouv.referent == true)
        """

    /// `count` questions cycling through single, boolean and number, and the answer to type for each.
    static func long(_ count: Int) -> (yaml: String, answers: [(id: String, typed: String, stored: JSONValue)]) {
        var yaml = """
            format: 1
            id: test-long
            version: "1"
            language: fr
            title: Long
            levels:
              - { id: 1, name: Début, min: 0 }
              - { id: 2, name: Avancé, min: 50 }
            themes:
              - id: t
                title: Tout
                questions:

            """
        var answers: [(String, String, JSONValue)] = []
        for k in 1...count {
            switch k % 3 {
            case 0:
                yaml += "      - { id: q\(k), text: Question \(k) ?, type: boolean }\n"
                answers.append(("t.q\(k)", k % 2 == 0 ? "oui" : "non", .bool(k % 2 == 0)))
            case 1:
                yaml += """
                          - id: q\(k)
                            text: Question \(k) ?
                            type: single
                            options: [{ id: a, label: A, score: 0 }, { id: b, label: B, score: 1 }]

                    """
                answers.append(("t.q\(k)", k % 2 == 0 ? "a" : "2", k % 2 == 0 ? .string("a") : .string("b")))
            default:
                yaml += "      - { id: q\(k), text: Question \(k) ?, type: number }\n"
                answers.append(("t.q\(k)", "\(k),5", .number(Double(k) + 0.5)))
            }
        }
        return (yaml, answers)
    }
}
