@testable import SobreCore
@testable import SobreReport
import Testing

/// The objectives in the Markdown and HTML reports (SPEC §9): this year's short list with owners,
/// the objectives beside the levels, the roadmap by year, the path to the next level, and the
/// radar's target and previous outlines.
@Suite struct ObjectivesTemplateTests {
    static func markdown(_ model: ReportModel) throws -> String {
        try TemplateReport.render(model, template: try Repository.text("Reports/report.md.mustache"), format: .markdown)
    }

    static func html(_ model: ReportModel) throws -> String {
        try TemplateReport.render(model, template: try Repository.text("Reports/report.html.mustache"), format: .html)
    }

    @Test func markdownShowsThisYearsShortListTheObjectivesAndTheRoadmap() throws {
        let md = try Self.markdown(try ObjectivesReportTests.sample(targets: ObjectivesReportTests.targets))
        let shortList = try #require(md.range(of: "**À faire en 2026 pour les objectifs de 2029 : 4 actions**\n- "))
        let table = try #require(md.range(of: "| Achats responsables | Engagé | Exemplaire | atteint avec la feuille de route |"))
        let roadmap = try #require(md.range(of: "### Feuille de route\n\n**2026**\n- "))
        #expect(shortList.lowerBound < table.lowerBound && table.lowerBound < roadmap.lowerBound)
        #expect(md.contains(" — Direction\n"))
        #expect(!md.contains("## Le niveau suivant"))
    }

    @Test func markdownWithoutObjectivesGivesThePathToTheNextLevel() throws {
        let md = try Self.markdown(try ObjectivesReportTests.sample())
        #expect(md.contains("## Le niveau suivant\n\nPour atteindre Structuré\u{A0}: 30 points en Portage et pilotage et 17 points de score global\u{A0}; ces 6 actions\u{A0}:\n- "))
    }

    @Test func htmlHasTheObjectivesSectionAndTheRadarTargetOutlineDashed() throws {
        let html = try Self.html(try ObjectivesReportTests.sample(targets: ObjectivesReportTests.targets))
        #expect(html.contains("<h2 id=\"h-objectives\">Objectifs pour 2029</h2>"))
        #expect(html.contains("<th scope=\"row\">Achats responsables</th><td>Engagé</td><td>Exemplaire</td>"))
        #expect(html.contains("class=\"outline\""))
        #expect(html.contains("stroke-dasharray=\"6 4\""))
        #expect(html.contains(">Objectifs</text>"))
        #expect(!html.contains(">Évaluation précédente</text>"))
        // Without objectives, no outline.
        #expect(!(try Self.html(try ObjectivesReportTests.sample())).contains("class=\"outline\""))
    }

    @Test func theTargetOutlineSitsAtEachThemesAimedLevelAndThePreviousAtLastYearsScores() throws {
        let model = try ObjectivesReportTests.sample(previous: .some(ObjectivesReportTests.targets))
        let themes = model.themes.filter { !$0.informational }
        let q = model.questionnaire
        let outline = try #require(RadarOutlines.target(model, themes: themes))
        for (t, value) in zip(themes, outline) {
            let aimed = t.theme.id == "achats" ? 4 : 3
            #expect(value == q.level(id: aimed)?.min)
        }
        // The earlier assessment had no answer: every theme at 0.
        #expect(RadarOutlines.previous(model, themes: themes) == themes.map { _ in 0 })
        #expect(try Self.html(model).contains(">Évaluation précédente</text>"))
    }
}
