import SobreCore
import SobreJSON
import SobreReport
import Testing

/// Inherited answers are marked "réponse du siège" in every human format and `inherited: true`
/// in the JSON; the site's own answers are not (SPEC §12).
@Suite struct HeadOfficeMarkTests {
    /// The sample assessment with its amortisation inherited from a head-office assessment.
    static func model(inheriting: Bool = true) throws -> ReportModel {
        let sample = try Fixtures.sample()
        var assessment = sample.assessment
        if inheriting {
            assessment.answers["achats.amortissement"]?.inherited = true
            assessment.association = .init(file: "../_association/2026-02-15.json", date: "2026-02-15", sha256: "ab")
        }
        return ReportModel(questionnaire: sample.questionnaire, assessment: assessment)
    }

    @Test func everyFormatMarksTheInheritedAnswer() throws {
        let model = try Self.model()
        let text = TextReport.render(model)
        #expect(text.contains("1 réponse du siège, reprise de son évaluation du 15 février 2026."))
        let md = try TemplateReport.render(model, template: try Repository.text("Reports/report.md.mustache"), format: .markdown)
        let html = try TemplateReport.render(model, template: try Repository.text("Reports/report.html.mustache"), format: .html).withPlainSpaces
        for rendered in [md, html] {
            #expect(rendered.contains("(réponse du siège)"))
            #expect(rendered.contains("1 réponse du siège, reprise de son évaluation du 15 février 2026."))
        }
        let line = try #require(model.answers.first { $0.question.fullID == "achats.amortissement" })
        #expect(line.inherited && line.display.hasSuffix(" (réponse du siège)"))
        #expect(model.answers.filter { $0.display.contains("réponse du siège") }.count == 1)
        let json = JSONReport.render(model)
        #expect(json.contains(#""inherited": true"#))
    }

    @Test func aSiteWithoutInheritanceHasNoMark() throws {
        let model = try Self.model(inheriting: false)
        let md = try TemplateReport.render(model, template: try Repository.text("Reports/report.md.mustache"), format: .markdown)
        #expect(!md.contains("réponse du siège") && !md.contains("reprise de son évaluation"))
        #expect(!JSONReport.render(model).contains("inherited"))
        #expect(!TextReport.render(model).contains("réponse du siège"))
    }
}
