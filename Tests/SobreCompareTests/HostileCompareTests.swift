import SobreCore
import SobreReport
import Testing

/// Text from users or questionnaires comes out inert in every comparison format.
@Suite struct HostileCompareTests {
    static func comparison() throws -> Comparison {
        let q = try Mini.questionnaire()
        var a = Mini.assessment(q, site: "evil", group: "=HYPERLINK(\"http://x\")", ["a.q": "full", "b.q": "half"])
        a.site.name = "<script>alert('x')</script> | *gras* [lien](javascript:x)"
        var b = Mini.assessment(q, site: "ok", ["a.q": "half", "b.q": "half"])
        b.site.name = "+33 Site ; \"cité\""
        return Comparison(assessments: [a, b].map { ComparedAssessment(file: "\($0.site.id).json", assessment: $0, questionnaire: q) },
                          errors: [FileProblem(file: "<b>x</b>.json", message: "<img src=x onerror=alert(1)>")])
    }

    @Test func htmlEscapesEverything() throws {
        let html = try CompareTemplate.render(try Self.comparison(), template: try Repository.text("Reports/compare.html.mustache"),
                                              format: .html, byGroup: true)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;") || html.contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;"))
    }

    @Test func markdownEscapesMarkup() throws {
        let md = try CompareTemplate.render(try Self.comparison(), template: try Repository.text("Reports/compare.md.mustache"),
                                            format: .markdown, byGroup: true)
        #expect(!md.contains("<script"))
        #expect(!md.contains("[lien](javascript"))
        #expect(md.contains("\\| \\*gras\\*"))
    }

    @Test func csvNeutralisesFormulas() throws {
        for long in [false, true] {
            let csv = CompareCSV.render(try Self.comparison(), long: long)
            #expect(csv.contains(";\"'=HYPERLINK(\"\"http://x\"\")\";"))
            #expect(csv.contains(";\"'+33 Site ; \"\"cité\"\"\";"))
            #expect(!csv.contains(";=") && !csv.contains(";+"))
        }
    }
}
