import Foundation
import SobreCore
// Every file of this target sees the helpers all test targets share (Repository,
// TemporaryFolder…), those written before they moved to SobreTestSupport included.
@_exported import SobreTestSupport
import SobreJSON

/// Small questionnaires written by the tests, so the bundled one may change freely.
enum E2EFixtures {
    /// `Tests/SobreTestSupport/Questionnaires/end-to-end.fr.yaml`.
    static let questionnaire = FixtureQuestionnaire.endToEnd.text

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
