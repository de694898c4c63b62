import SobreCore
@testable import SobreReport
import SobreDemo
import Testing

/// The HTML report's column «Évolution depuis …» gives each theme its own change, not the
/// overall one (the demo's EHPAD Les Tilleuls showed +13 on every theme).
@Suite struct ThemeChangeTests {
    @Test func eachThemeShowsItsOwnChange() throws {
        let library = QuestionnaireLibrary(bundledDirectories: [Repository.path("Questionnaires")])
        let q = try #require(library.resolve("essms-sobriete")?.questionnaire)
        let history = DemoAssociation().assessments(questionnaire: q).filter { $0.site.id == "ehpad-les-tilleuls" }.sorted { $0.date < $1.date }
        try #require(history.count >= 2)
        let model = ReportModel(questionnaire: q, assessment: history[history.count - 1], previous: (q, history[history.count - 2]))
        let progress = try #require(model.previous)
        let w = Words(language: model.language)
        #expect(Set(progress.themes.map { w.signed($0.delta) }).count > 2, "the demo site should change by different amounts")
        let html = try TemplateReport.render(model, template: try Repository.text("Reports/report.html.mustache"), format: .html)
        for theme in progress.themes {
            let row = "<tr><th scope=\"row\">\(SVGChart.escape(theme.title))</th>"
            let line = try #require(html.split(separator: "\n").first { $0.hasPrefix(row) }, "no row for \(theme.title)")
            #expect(line.hasSuffix("<td class=\"num\">\(w.signed(theme.delta))</td></tr>"), "\(theme.title): \(line)")
        }
    }
}
