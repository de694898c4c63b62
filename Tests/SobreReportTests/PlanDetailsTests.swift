import SobreCore
@testable import SobreReport
import Testing

/// An action's description, owner and source reach every report, not only HTML.
@Suite struct PlanDetailsTests {
    static let yaml = """
        format: 1
        id: details
        version: "1"
        language: fr
        title: Détails
        levels:
          - { id: 1, name: Bas, min: 0 }
          - { id: 2, name: Haut, min: 50 }
        themes:
          - id: t
            title: T
            questions:
              - { id: q, text: Éteint-on les écrans ?, type: boolean }
        actions:
          - id: eteindre
            title: Éteindre les écrans
            description: Programmer l'extinction à 20 h.
            theme: t
            priority: high
            effort: low
            when: t.q == false
            owner: Direction
            source: GBPNR 2.1
          - id: inventorier
            title: Faire l'inventaire
            theme: t
            priority: high
            effort: medium
            when: t.q == false
          - id: sourcer
            title: Lire le guide
            theme: t
            priority: high
            effort: high
            when: t.q == false
            source: Guide Nexem–Mazars
        """

    static func model() throws -> ReportModel {
        let q = try Fixtures.questionnaire(yaml)
        var answers = AnswerSet()
        answers["t.q"] = Answer(value: .bool(false))
        let a = Assessment(questionnaire: .init(id: q.id, version: q.version, sha256: q.sha256),
                           site: .init(id: "site", name: "Site"), date: "2026-11-29", answers: answers)
        return ReportModel(questionnaire: q, assessment: a)
    }

    @Test func jsonPlanItemsCarryDescriptionOwnerAndSourceOrNull() throws {
        let plan = try #require(JSONReport.value(try Self.model()).objectValue?["plan"]?.arrayValue)
        let items = plan.compactMap(\.objectValue)
        #expect(items.map { $0["id"]?.stringValue } == ["eteindre", "inventorier", "sourcer"])
        #expect(items.map { $0["description"] } == [.string("Programmer l'extinction à 20 h."), .null, .null])
        #expect(items.map { $0["owner"] } == [.string("Direction"), .null, .null])
        #expect(items.map { $0["source"] } == [.string("GBPNR 2.1"), .null, .string("Guide Nexem–Mazars")])
    }

    @Test func textPlanItemsShowOwnerAndSource() throws {
        let lines = TextReport.render(try Self.model()).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let first = try #require(lines.firstIndex { $0.contains("Éteindre les écrans") && $0.contains("[") })
        #expect(lines[first + 1].hasPrefix("      Pourquoi : "))
        #expect(lines[first + 2] == "      Pilote : Direction · Source : GBPNR 2.1")
        let second = try #require(lines.firstIndex { $0.contains("Faire l'inventaire") && $0.contains("[") })
        #expect(!lines[second + 2].contains("Source"))
        let third = try #require(lines.firstIndex { $0.contains("Lire le guide") && $0.contains("[") })
        #expect(lines[third + 2] == "      Source : Guide Nexem–Mazars")
    }

    @Test func markdownPlanItemsShowOwnerAndSource() throws {
        let template = try Repository.text("Reports/report.md.mustache")
        let md = try TemplateReport.render(try Self.model(), template: template, format: .markdown)
        // The quick win: a line of its own, after a hard break.
        #expect(md.contains("→ _Non_.   \n   Pilote : Direction · Source : GBPNR 2.1\n"))
        // The plan tables: beside the title.
        #expect(md.contains("| 1 | Éteindre les écrans — _Pilote : Direction · Source : GBPNR 2.1_ |"))
        #expect(md.contains("| 2 | Faire l'inventaire | T |"))
        #expect(md.contains("| 3 | Lire le guide — _Source : Guide Nexem–Mazars_ |"))
    }

    @Test func htmlPlanShowsTheOwner() throws {
        let template = try Repository.text("Reports/report.html.mustache")
        let html = try TemplateReport.render(try Self.model(), template: template, format: .html).withPlainSpaces
        #expect(html.contains("<strong>Éteindre les écrans</strong><br><span class=\"small\">Pilote : Direction</span><br><span class=\"small\">GBPNR 2.1</span>"))
    }
}
