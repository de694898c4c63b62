import SobreCore
@testable import SobreReport
import Testing

/// Text typed by users or written in questionnaires must come out inert in every format.
@Suite struct HostileTextTests {
    static let yaml = """
        format: 1
        id: hostile
        version: "1"
        language: fr
        title: "Titre <b>gras</b> & « guillemets »"
        levels:
          - { id: 1, name: "Bas <i>", min: 0 }
          - { id: 2, name: Haut, min: 50 }
        themes:
          - id: t
            title: "Thème <script>alert('t')</script>"
            questions:
              - id: libre
                text: "Décrivez [lien](javascript:x) *vite*"
                type: text
              - id: choix
                text: Choix ?
                type: single
                options:
                  - { id: a, label: "=HYPERLINK(\\"http://x\\")", score: 0 }
                  - { id: b, label: B, score: 1 }
        actions:
          - id: faire
            title: "Action <img src=x onerror=alert(1)>"
            theme: t
            priority: high
            effort: low
            when: score(t.choix) < 1
        """

    static func model() throws -> ReportModel {
        let q = try Fixtures.questionnaire(yaml)
        var answers = AnswerSet()
        answers["t.libre"] = Answer(value: .string("<script>alert(\"x\")</script> | colonne"), note: "=cmd|' /C calc'!A0")
        answers["t.choix"] = Answer(value: .string("a"), note: "+33 6 12 34 56 78 \"citation\" ; fin")
        let a = Assessment(
            questionnaire: .init(id: q.id, version: q.version, sha256: q.sha256),
            site: .init(id: "site", name: "Site <script>x</script>", group: "@groupe"), date: "2026-11-29",
            answers: answers, notes: "-2+3 <b>notes</b>")
        return ReportModel(questionnaire: q, assessment: a)
    }

    @Test func htmlEscapesEverything() throws {
        let html = try TemplateReport.render(try Self.model(), template: try Repository.text("Reports/report.html.mustache"), format: .html)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>"))
        #expect(!html.contains("<i>"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
        #expect(html.contains("Action &lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("Thème &lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;"))
    }

    @Test func markdownEscapesMarkupAndHTML() throws {
        let md = try TemplateReport.render(try Self.model(), template: try Repository.text("Reports/report.md.mustache"), format: .markdown)
        #expect(!md.contains("<script"))
        #expect(!md.contains("<img"))
        #expect(!md.contains("[lien](javascript"))
        #expect(md.contains("\\[lien\\](javascript:x) \\*vite\\*"))
        #expect(md.contains("&lt;script&gt;"))
        // A pipe in an answer cannot open a new table column.
        #expect(md.contains("\\| colonne"))
    }

    @Test func csvNeutralisesFormulas() throws {
        let csv = CSVReport.render(try Self.model())
        #expect(csv.hasPrefix("\u{FEFF}section;site;date;"))
        let lines = csv.split(separator: "\r\n").map(String.init)
        let libre = try #require(lines.first { $0.contains(";t.libre;") })
        #expect(libre.hasSuffix(";'=cmd|' /C calc'!A0"))
        let choix = try #require(lines.first { $0.contains(";t.choix;") })
        #expect(choix.contains(";\"'=HYPERLINK(\"\"http://x\"\")\";0;"))
        #expect(choix.hasSuffix(";\"'+33 6 12 34 56 78 \"\"citation\"\" ; fin\""))
        #expect(!csv.contains(";=") && !csv.contains(";+") && !csv.contains(";@"))
    }

    @Test func csvKeepsNumbersAsNumbersWithDecimalComma() {
        #expect(CSVReport.Cell.number(0.25).rendered(decimalComma: true) == "0,25")
        #expect(CSVReport.Cell.number(-3).rendered(decimalComma: true) == "-3")
        #expect(CSVReport.Cell.number(0.25).rendered(decimalComma: false) == "0.25")
        #expect(CSVReport.Cell.text("-3").rendered(decimalComma: true) == "'-3")
        #expect(CSVReport.Cell.text("\tx").rendered(decimalComma: true) == "'\tx")
    }

    @Test func textReportShowsTextAsIs() throws {
        let text = TextReport.render(try Self.model())
        #expect(text.contains("Action <img src=x onerror=alert(1)>"))
        #expect(!text.contains("\u{1B}"))
    }

    /// ESC sequences (screen clearing, OSC 52 clipboard write), a BEL, a forged line, a bidi override.
    static let evil = "A\u{1B}[2J\u{1B}]52;c;ZXZpbA==\u{07}\r\nsobre: faux\u{202E}Z"

    static func controlModel() throws -> ReportModel {
        let yaml = Self.yaml.replacing("title: \"Titre <b>gras</b> & « guillemets »\"", with: "title: \"Titre\\e[2J\"")
            .replacing("name: \"Bas <i>\"", with: "name: \"Bas\\e]52;c;eA==\\a\"")
            .replacing("title: \"Thème <script>alert('t')</script>\"", with: "title: \"Thème\\u202E\"")
            .replacing("text: Choix ?", with: "text: \"Choix\\r\\nsobre: faux ?\"")
            .replacing("title: \"Action <img src=x onerror=alert(1)>\"", with: "title: \"Action\\e[H\"")
        let q = try Fixtures.questionnaire(yaml)
        var answers = AnswerSet()
        answers["t.libre"] = Answer(value: .string(evil), note: evil)
        answers["t.choix"] = Answer(value: .string("a"))
        let a = Assessment(
            questionnaire: .init(id: q.id, version: q.version, sha256: q.sha256),
            site: .init(id: "site", name: evil, group: evil), date: "2026-11-29", answers: answers, notes: evil)
        return ReportModel(questionnaire: q, assessment: a)
    }

    /// What is left once the report's own bold codes are taken out: no character that drives a
    /// terminal, breaks a line or reorders text.
    static func unsafe(_ text: String) -> [String] {
        text.replacing("\u{1B}[1m", with: "").replacing("\u{1B}[0m", with: "").unicodeScalars
            .filter { TerminalText.isUnsafe($0) && $0 != "\n" }.map { String($0.value, radix: 16) }
    }

    @Test(arguments: [false, true])
    func textReportNeutralisesControlsFromEveryField(colour: Bool) throws {
        let text = TextReport.render(try Self.controlModel(), colour: colour)
        #expect(Self.unsafe(text) == [])
        #expect(!text.contains("\nsobre: faux"))
        #expect(text.contains("Titre\\u{1B}[2J"))
        #expect(text.contains("A\\u{1B}[2J\\u{1B}]52;c;ZXZpbA==\\u{7}\\u{D}\\u{A}sobre: faux\\u{202E}Z · 29 novembre 2026"))
        #expect(text.contains("Thème\\u{202E}"))
        #expect(text.contains("Action\\u{1B}[H"))
        #expect(text.contains("Choix\\u{D}\\u{A}sobre: faux ? → =HYPERLINK"))
    }

    @Test func markdownCellsStayOnOneLine() throws {
        var model = try Self.controlModel()
        var answers = model.assessment.answers
        answers["t.libre"] = Answer(value: .string("un\r\ndeux\rtrois\nquatre\u{2028}cinq\u{2029}six | sept"))
        var assessment = model.assessment
        assessment.answers = answers
        model = ReportModel(questionnaire: model.questionnaire, assessment: assessment)
        let md = try TemplateReport.render(model, template: try Repository.text("Reports/report.md.mustache"), format: .markdown)
        #expect(md.contains("un deux trois quatre cinq six \\| sept"))
        #expect(!md.unicodeScalars.contains("\r"))
        #expect(!md.unicodeScalars.contains("\u{2028}"))
    }
}
