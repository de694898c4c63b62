import SobreCore
@testable import SobreInterview
import Testing

/// A line reader that plays a script and records the prompts and completions it was asked for.
final class ScriptedLineReader: LineReader {
    private var script: [LineInput]
    private(set) var prompts: [String] = []
    private(set) var completions: [[String]] = []

    init(_ lines: [String], then end: LineInput = .endOfInput) {
        script = lines.map { .line($0) } + [end]
    }

    func readLine(prompt: String, completions: [String]) -> LineInput {
        prompts.append(prompt)
        self.completions.append(completions)
        if script.isEmpty { return .endOfInput }
        return script.removeFirst()
    }

    /// Lines never read.
    var unread: Int { max(0, script.count - 1) }
}

struct SaveFailure: Error, CustomStringConvertible {
    var description: String { "disque plein" }
}

/// One run of a session against a script, with everything it said and saved.
struct Run {
    let outcome: InterviewSession.Outcome
    let output: String
    let saves: [Assessment]
    let final: Assessment
    let reader: ScriptedLineReader

    var lines: [String] { output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
}

/// Timestamps that advance one second at each call, from 2026-11-29T09:12:00Z.
final class TestClock {
    private var seconds = 0
    func next() -> String {
        defer { seconds += 1 }
        return "2026-11-29T09:12:\(seconds < 10 ? "0" : "")\(seconds)Z"
    }
}

func run(_ lines: [String], questionnaire: Questionnaire = Fixtures.questionnaire, assessment: Assessment? = nil,
         resuming: Bool = false, end: LineInput = .endOfInput, interactive: Bool = false,
         failSavesAfter: Int? = nil) -> Run {
    let reader = ScriptedLineReader(lines, then: end)
    var output = ""
    var saves: [Assessment] = []
    let clock = TestClock()
    let session = InterviewSession(
        questionnaire: questionnaire, assessment: assessment ?? Fixtures.assessment(questionnaire), reader: reader,
        output: { output += $0 },
        save: { a in
            if let limit = failSavesAfter, saves.count >= limit { throw SaveFailure() }
            saves.append(a)
        },
        clock: { clock.next() }, filePath: "/tmp/évaluations/foyer.json", interactive: interactive)
    let outcome = session.run(resuming: resuming)
    return Run(outcome: outcome, output: output, saves: saves, final: session.assessment, reader: reader)
}

enum Fixtures {
    static let yaml = """
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
            description: Qui porte la démarche.
            questions:
              - id: sponsor
                text: La direction porte-t-elle la démarche ?
                help: Demander le mandat écrit.
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
                unit: heures
                integer: true
                min: 0
                max: 200
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
                labels: { 1: Jamais, 5: Toujours }
                na: true
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
          - id: eteindre
            title: Éteindre les postes le soir
            theme: usages
            priority: medium
            effort: low
            when: usages.extinction < 4
        """

    static let questionnaire: Questionnaire = load(yaml)

    static let english: Questionnaire = load("""
        format: 1
        id: test-en
        version: "1"
        language: en
        title: Test
        levels:
          - { id: 1, name: Start, min: 0 }
          - { id: 2, name: Good, min: 50 }
        themes:
          - id: gov
            title: Governance
            questions:
              - id: lead
                text: Is there a lead?
                type: boolean
              - id: count
                text: How many screens?
                type: number
                min: 0
        """)

    static func load(_ text: String) -> Questionnaire {
        let result = QuestionnaireLoader.load(bytes: Array(text.utf8), path: "test.yaml")
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
        guard let q = result.questionnaire else {
            return Questionnaire(id: "broken", version: "0", language: .fr, title: "", levels: [], themes: [], actions: [])
        }
        return q
    }

    static func assessment(_ q: Questionnaire, answers: AnswerSet = AnswerSet()) -> Assessment {
        Assessment(questionnaire: .init(id: q.id, version: q.version, sha256: q.sha256),
                   site: .init(id: "foyer", name: "Foyer Les Tilleuls"), date: "2026-11-29",
                   startedAt: "2026-11-29T09:00:00Z", updatedAt: "2026-11-29T09:00:00Z", answers: answers)
    }
}
