import SobreCore
@testable import SobreInterview
import Testing

/// Text from an assessment file (anyone may edit it) or a questionnaire never drives the terminal:
/// controls, line breaks of stored values and bidi characters are shown as `\u{…}`.
@Suite struct InterviewHostileTextTests {
    /// ESC sequences that clear the screen and write the clipboard, a forged line, a BEL, a bidi override.
    static let evil = "A\u{1B}[2J\u{1B}]52;c;ZXZpbA==\u{07}\r\nsobre: faux\u{202E}Z"
    static let shownEvil = "A\\u{1B}[2J\\u{1B}]52;c;ZXZpbA==\\u{7}\\u{D}\\u{A}sobre: faux\\u{202E}Z"

    /// No character that could drive the terminal or reorder text, in what the session printed.
    static func expectInert(_ output: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let unsafe = output.unicodeScalars.filter { TerminalText.isUnsafe($0) && $0 != "\n" }
        #expect(unsafe.isEmpty, "unsafe characters: \(unsafe.map { String($0.value, radix: 16) })", sourceLocation: sourceLocation)
        #expect(!output.contains("\nsobre: faux"), sourceLocation: sourceLocation)
    }

    static func hostileAssessment() -> Assessment {
        var answers = AnswerSet()
        answers["gouv.sponsor"] = Answer(value: .string("formel"), note: evil)
        answers["usages.commentaire"] = Answer(value: .string(evil))
        var a = Fixtures.assessment(Fixtures.questionnaire, answers: answers)
        a.site.name = evil
        a.date = evil
        return a
    }

    @Test func resumeBannerReviewAndSummaryShowStoredTextInert() {
        let r = run(["relire", "sommaire", "<", "q"], assessment: Self.hostileAssessment(), resuming: true)
        #expect(r.lines.first == "Reprise de l’entretien — \(Self.shownEvil), \(Self.shownEvil)")
        #expect(r.output.contains("      note : \(Self.shownEvil)\n"))
        #expect(r.output.contains("  5. Un commentaire ? → « \(Self.shownEvil) »\n"))
        #expect(r.output.contains("Note : \(Self.shownEvil)\n"))
        Self.expectInert(r.output)
    }

    @Test func questionnaireTextWithControlsIsShownInertButKeepsItsParagraphs() {
        let q = Fixtures.load("""
            format: 1
            id: hostile
            version: "1"
            language: fr
            title: "Titre\\e[2J"
            description: "À préparer\\e]52;c;eA==\\a\\nl’inventaire\\r"
            levels:
              - { id: 1, name: "Bas\\e]52;c;eA==\\a", min: 0 }
              - { id: 2, name: Haut, min: 50 }
            themes:
              - id: t
                title: "Thème\\e[31m"
                description: "Première ligne\\nSeconde ligne\\r"
                questions:
                  - id: choix
                    text: "Choix\\u202E ?"
                    help: "Aide\\e[H\\nsuite"
                    type: single
                    options:
                      - { id: a, label: "A\\e[1A", score: 0 }
                      - { id: b, label: B, score: 1 }
            """)
        let r = run(["?", "1"], questionnaire: q)
        #expect(r.output.hasPrefix("Titre\\u{1B}[2J (version 1)\nÀ préparer\\u{1B}]52;c;eA==\\u{7}\nl’inventaire\\u{D}\n"))
        #expect(r.lines.contains("Thème\\u{1B}[31m"))
        #expect(r.output.contains("Première ligne\nSeconde ligne\\u{D}\n"))
        #expect(r.lines.contains("Choix\\u{202E} ?"))
        #expect(r.lines.contains("  1. A\\u{1B}[1A"))
        #expect(r.output.contains("Aide : Aide\\u{1B}[H\nsuite\n"))
        Self.expectInert(r.output)
    }

    @Test func colouredTitlesKeepOnlyTheSessionsOwnEscapes() {
        let q = Fixtures.load(Fixtures.yaml.replacing("title: Gouvernance", with: "title: \"Gouv\\e[2J\""))
        let reader = ScriptedLineReader(["q"])
        var output = ""
        let session = InterviewSession(questionnaire: q, assessment: Fixtures.assessment(q), reader: reader, output: { output += $0 },
                                       save: { _ in }, clock: { "2026-11-29T09:12:00Z" }, style: InterviewStyle(colour: true),
                                       filePath: "a\u{1B}[2J.json", interactive: true)
        _ = session.run()
        #expect(output.contains("\u{1B}[1mGouv\\u{1B}[2J\u{1B}[0m"))
        #expect(output.contains("sobre interview --resume 'a\\u{1B}[2J.json'"))
        #expect(!output.contains("\u{1B}[2J"))
    }

    @Test func refusedAnswersQuoteTheTypingInert() {
        #expect(AnswerParser.shown("x\u{1B}[2J\u{202E}") == "x\\u{1B}[2J\\u{202E}")
        #expect(AnswerParser.shown(String(repeating: "é", count: 41)) == String(repeating: "é", count: 40) + "…")
        #expect(AnswerParser.shown(String(repeating: "\u{202E}", count: 6)) == String(repeating: "\\u{202E}", count: 5) + "…")
    }
}
