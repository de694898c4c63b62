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
                                              format: .html, by: .group)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;") || html.contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;"))
    }

    @Test func markdownEscapesMarkup() throws {
        let md = try CompareTemplate.render(try Self.comparison(), template: try Repository.text("Reports/compare.md.mustache"),
                                            format: .markdown, by: .group)
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

    /// ESC sequences (screen clearing, OSC 52 clipboard write), a BEL, a forged line, a bidi override.
    static let evil = "A\u{1B}[2J\u{1B}]52;c;ZXZpbA==\u{07}\r\nsobre: faux\u{202E}Z"

    @Test(arguments: [false, true])
    func textNeutralisesControlsFromEveryFile(colour: Bool) throws {
        let q = try Mini.questionnaire()
        var a = Mini.assessment(q, site: "evil", group: Self.evil, ["a.q": "full", "b.q": "half"])
        a.site.name = Self.evil
        let b = Mini.assessment(q, site: "ok", group: "ok", ["a.q": "half", "b.q": "half"])
        let comparison = Comparison(
            assessments: [a, b].map { ComparedAssessment(file: "\($0.site.id).json", assessment: $0, questionnaire: q) },
            errors: [FileProblem(file: "x\u{1B}[2J.json", message: Self.evil)])
        let text = CompareText.render(comparison, by: .group, colour: colour)
        let left = text.replacing(#/\u{1B}\[[0-9;]*m/#, with: "").unicodeScalars.filter { TerminalText.isUnsafe($0) && $0 != "\n" }
        #expect(left.isEmpty, "\(left.map { String($0.value, radix: 16) })")
        #expect(!text.contains("\nsobre: faux"))
        #expect(text.contains("x\\u{1B}[2J.json : A\\u{1B}[2J"))
        #expect(text.contains("A\\u{1B}[2J\\u{1B}]52;c;"))
    }
}
