import SobreCore
@testable import SobreInterview
import SobreReport
import Testing

/// The smallest input of every crash the fuzz targets found, each kept as a named test.
@Suite struct FuzzRegressionTests {
    /// Loads `yaml`; it must not load, and must say `expected` somewhere.
    private func refused(_ yaml: String, saying expected: String) {
        let result = QuestionnaireLoader.load(bytes: Array(yaml.utf8), path: "regression.yaml")
        #expect(result.questionnaire == nil)
        checkDiagnostics(result, input: Array(yaml.utf8), label: "regression")
        #expect(result.diagnostics.contains { $0.message.contains(expected) }, "\(result.diagnostics)")
    }

    static let header = """
        format: 1
        id: x
        version: "1"
        language: fr
        title: T
        levels:
          - { id: 1, name: A, min: 0 }
          - { id: 2, name: B, min: 50 }

        """

    /// A question with a `when` in a theme whose id is wrong: its condition was stored by the
    /// index the theme would have had, past the end of the themes kept (index out of range).
    @Test func conditionInAThemeWithABadID() {
        refused(Self.header + """
            themes:
              - id: Invalide
                title: T
                questions:
                  - { id: q, text: Q, type: boolean, when: "true" }
            """, saying: "identifiant « Invalide » invalide")
    }

    /// A stored scale answer far off the scale (a hand-edited file), on a scale with labels:
    /// the label lookup converted it with Int(n), which traps beyond Int's range.
    @Test func hugeScaleValueWithLabels() throws {
        let questionnaire = try #require(Corpus.loaded.first { $0.id == "fuzz-types" })
        let question = try #require(questionnaire.question("usages.extinction"))
        var answers = AnswerSet()
        answers["usages.extinction"] = Answer(value: .number(1e20))
        let assessment = Assessment(questionnaire: .init(id: questionnaire.id, version: questionnaire.version, sha256: questionnaire.sha256),
                                    site: .init(id: "s"), date: "2026-11-29", answers: answers)
        let text = TextReport.render(ReportModel(questionnaire: questionnaire, assessment: assessment))
        #expect(!text.isEmpty)
        #expect(AnswerText.display(.number(1e20), notApplicable: false, for: question, language: .fr) == "1e+20")
        #expect(Display.answer(Answer(value: .number(1e20)), for: question, .fr) == "1e+20")
    }

    /// A scale whose max - min does not fit an Int: the steps count overflowed (arithmetic trap).
    @Test func scaleSpanBeyondInt() {
        refused(Self.header + """
            themes:
              - id: t
                title: T
                questions:
                  - { id: q, text: Q, type: scale, min: -9223372036854775808, max: 9223372036854775807 }
            """, saying: "plus de 1000 crans")
    }

    /// weakest_link near Int.max: the cap (lowest level id + k) overflowed while scoring.
    @Test func weakestLinkBeyondInt() throws {
        let yaml = Self.header.replacing("levels:", with: "scoring: { weakest_link: 9223372036854775807 }\nlevels:") + """
            themes:
              - id: t
                title: T
                questions:
                  - { id: q, text: Q, type: boolean }
            """
        let result = QuestionnaireLoader.load(bytes: Array(yaml.utf8), path: "regression.yaml")
        let questionnaire = try #require(result.questionnaire, "\(result.diagnostics)")
        var answers = AnswerSet()
        answers["t.q"] = Answer(value: .bool(true))
        let card = Scorecard(questionnaire: questionnaire, answers: answers)
        #expect(card.overallScore == 100)
        #expect(card.overallLevel?.id == 2)
        #expect(!card.capped)
    }

    /// A syntax error at the end of a file without a final line break: libyaml put it on the
    /// line after the last one (4:1 in a file of 3 lines); it is the end of the last line.
    @Test func syntaxErrorAtTheEndOfAFileWithoutFinalNewline() throws {
        let input = Array("format: 1\nid: x\nver".utf8)
        let result = QuestionnaireLoader.load(bytes: input, path: "regression.yaml")
        checkDiagnostics(result, input: input, label: "regression")
        let place = try #require(result.diagnostics.first?.location)
        #expect((place.line, place.column) == (3, 4))
        let crlf = QuestionnaireLoader.load(bytes: Array("format: 1\r\nid: x\rver".utf8), path: "regression.yaml")
        #expect(crlf.diagnostics.first.flatMap(\.location).map { [$0.line, $0.column] } == [3, 4])
    }

    /// An action's condition with many nested minus signs: the trigger search doubled its list
    /// of constants at each one (2^60 numbers here), filling the memory.
    @Test(.timeLimit(.minutes(1))) func manyMinusSignsInAnActionCondition() throws {
        let yaml = Self.header + """
            themes:
              - id: t
                title: T
                questions:
                  - { id: n, text: N, type: number, bands: [{ upto: 1, score: 0 }, { score: 1 }] }
            actions:
              - { id: a, title: A, theme: t, priority: low, effort: low, when: "t.n > \(String(repeating: "- ", count: 60))1" }
            """
        let result = QuestionnaireLoader.load(bytes: Array(yaml.utf8), path: "regression.yaml")
        #expect(result.questionnaire != nil, "\(result.diagnostics)")
    }

    /// An action comparing a scale of more than 20 steps with a number beyond Int's range: the
    /// trigger search converted every constant with Int(x), which traps.
    @Test func hugeConstantAgainstALongScale() throws {
        let yaml = Self.header + """
            themes:
              - id: t
                title: T
                questions:
                  - { id: s, text: S, type: scale, min: 0, max: 100 }
            actions:
              - { id: a, title: A, theme: t, priority: low, effort: low, when: "t.s == 99999999999999999999 or t.s < 3" }
            """
        let result = QuestionnaireLoader.load(bytes: Array(yaml.utf8), path: "regression.yaml")
        #expect(result.questionnaire != nil, "\(result.diagnostics)")
    }

    /// A refused answer was quoted whole in the reason: an escape sequence typed moved the
    /// cursor when echoed, and a 1 MB line gave a 1 MB « one-line » reason.
    @Test func refusalQuotesTheInputSafely() throws {
        let question = try #require(Corpus.loaded.first?.question("usages.postes"))
        guard case .refused(let reason) = AnswerParser.parse("1\u{1B}[A2", for: question, language: .fr) else {
            Issue.record("accepted")
            return
        }
        #expect(reason == "« 1\\u{1B}[A2 » n’est pas un nombre (exemples : 12 ou 12,5)")
        guard case .refused(let long) = AnswerParser.parse(String(repeating: "x", count: 100_000), for: question, language: .en) else {
            Issue.record("accepted")
            return
        }
        #expect(long == "'\(String(repeating: "x", count: 40))…' is not a number (e.g. 12 or 12.5)")
    }

    /// Weights near the largest double: their sum is infinite, and the weighted mean was
    /// infinity / infinity, a NaN score (which then trapped when rounded for a report).
    @Test func hugeWeights() throws {
        let yaml = Self.header + """
            themes:
              - id: t
                title: T
                weight: 1e308
                questions:
                  - { id: a, text: A, type: boolean, weight: 1e308 }
                  - { id: b, text: B, type: boolean, weight: 1e308 }
              - id: u
                title: U
                weight: 1e308
                questions:
                  - { id: c, text: C, type: boolean }
            """
        let result = QuestionnaireLoader.load(bytes: Array(yaml.utf8), path: "regression.yaml")
        let questionnaire = try #require(result.questionnaire, "\(result.diagnostics)")
        var answers = AnswerSet()
        answers["t.a"] = Answer(value: .bool(true))
        answers["t.b"] = Answer(value: .bool(false))
        answers["u.c"] = Answer(value: .bool(true))
        let card = Scorecard(questionnaire: questionnaire, answers: answers)
        #expect(card.themes.map(\.score) == [50, 100])
        #expect(card.overallScore == 75)
    }
}
