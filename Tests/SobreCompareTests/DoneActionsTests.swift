import Foundation
import SobreCore
import SobreDemo
import Testing

/// No action is proposed to a site whose answers say it is already done, read from the table
/// « action → réponses qui disent que c'est fait » of `docs/actions-deja-faites.md`.
@Suite struct DoneActionsTests {
    static let document = "docs/actions-deja-faites.md"
    /// Prefix of the actions added to the questionnaire for the check, one per row.
    static let marker = "deja_fait__"

    /// The table's rows: action id → condition in the questionnaire's expression language.
    static func table() throws -> [(action: String, done: String)] {
        var rows: [(String, String)] = []
        for line in try Repository.text(document).split(separator: "\n") {
            // | `action_id` | `condition` |
            let cells = line.split(separator: "|", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 4, cells[1].hasPrefix("`"), cells[2].hasPrefix("`") else { continue }
            rows.append((String(cells[1].dropFirst().dropLast()), String(cells[2].dropFirst().dropLast())))
        }
        return rows
    }

    /// The bundled questionnaire with, after its actions, one action per row whose condition
    /// is `condition(row)`: the loader checks each condition and searches what triggers it.
    static func augmented(_ condition: (Action, String) -> String?) throws -> QuestionnaireLoader.Result {
        let path = Repository.path("Questionnaires/essms-sobriete.fr.yaml")
        let q = try #require(Repository.library.resolve("essms-sobriete")?.questionnaire)
        let byID = Dictionary(uniqueKeysWithValues: q.actions.map { ($0.id, $0) })
        var text = try Repository.text("Questionnaires/essms-sobriete.fr.yaml")
        #expect(text.hasSuffix("\n"))
        for row in try table() {
            guard let action = byID[row.action], let when = condition(action, row.done) else { continue }
            text += """
                  - id: \(marker)\(row.action)
                    title: \(row.action)
                    theme: \(action.themeID)
                    priority: low
                    effort: low
                    when: "\(when)"

                """
        }
        return QuestionnaireLoader.load(bytes: Array(text.utf8), path: path)
    }

    /// The clause that keeps an action for sites past the first level: the search for answers
    /// cannot compute a level, so it is taken off the condition there (issue 13).
    static let levelGate = " and overall_level() >= 2"

    /// The action's condition without its level gate.
    static func ungated(_ action: Action) -> String {
        let text = action.when.text
        return text.hasSuffix(levelGate) ? String(text.dropLast(levelGate.count)) : text
    }

    static func usesMaturity(_ action: Action) -> Bool {
        ["theme_score(", "theme_level(", "overall_score(", "overall_level("].contains { ungated(action).contains($0) }
    }

    @Test func everyActionHasOneRowAndEveryRowAnAction() throws {
        let q = try #require(Repository.library.resolve("essms-sobriete")?.questionnaire)
        let rows = try Self.table().map(\.action)
        #expect(rows.count == Set(rows).count, "an action has two rows")
        #expect(Set(rows) == Set(q.actions.map(\.id)))
        // Each condition is valid against the questionnaire (ids, options, types).
        let result = try Self.augmented { _, done in done }
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.description) == [])
    }

    @Test func noAnswersCanBothTriggerAnActionAndSayItIsDone() throws {
        let q = try #require(Repository.library.resolve("essms-sobriete")?.questionnaire)
        let result = try Self.augmented { action, done in
            Self.usesMaturity(action) ? nil : "(\(Self.ungated(action))) and (\(done))"
        }
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.description) == [])
        let warnings = result.diagnostics.map(\.message)
        let checked = q.actions.filter { !Self.usesMaturity($0) }
        #expect(checked.count >= q.actions.count - 3)
        for action in checked {
            let untriggerable = warnings.contains { $0.contains("« \(Self.marker)\(action.id) »") }
            #expect(untriggerable, "\(action.id): some answers trigger it although they say it is done (or the search gave up: too many combinations)")
        }
    }

    @Test func noDemoSiteIsProposedWhatItAlreadyDoes() throws {
        let q = try #require(Repository.library.resolve("essms-sobriete")?.questionnaire)
        let checker = try #require(try Self.augmented { _, done in done }.questionnaire)
        var proposals = 0
        for assessment in DemoAssociation().assessments(questionnaire: q) {
            let plan = Scorecard(questionnaire: q, answers: assessment.answers).triggeredActionIDs
            let done = Scorecard(questionnaire: checker, answers: assessment.answers).triggeredActionIDs
            proposals += plan.count
            for action in plan.sorted() where done.contains(Self.marker + action) {
                Issue.record("\(assessment.site.id) \(assessment.date): \(action) is proposed but its answers say it is done")
            }
        }
        #expect(proposals > 100)  // the demo's plans are not empty
    }
}
