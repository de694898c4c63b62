@testable import SobreCore
import Testing

/// The properties both fuzzers check can fail: each one, given a broken result, says so (and a
/// sound one passes), so a fuzz run that finds nothing means something.
@Suite struct FuzzPropertiesTests {
    @Test func syntaxErrorsAndProblemsOutsideTheTextAreCaught() {
        #expect(ConditionProperties.failures(of: ExpressionSyntaxError(offset: 3, message: "x"), in: "abc") == [])
        #expect(ConditionProperties.failures(of: ExpressionSyntaxError(offset: 4, message: "x"), in: "abc") == ["a syntax error at 4 of 3: x"])
        #expect(ConditionProperties.failures(of: ExpressionSyntaxError(offset: 0, message: ""), in: "abc").count == 1)
        let problems = [ExpressionChecker.Problem(offset: 1, message: "in"), ExpressionChecker.Problem(offset: -1, message: "out")]
        #expect(ConditionProperties.failures(of: problems, in: "é\u{301}") == ["a problem at -1 of 2: out"])
    }

    /// An environment with one answer by name and another by position.
    struct Disagreeing: ExpressionEnvironment {
        var byName = ExpressionValue.number(1)
        var byPosition = ExpressionValue.number(2)
        func value(of question: String) -> ExpressionValue { byName }
        func score(of question: String) -> Double? { nil }
        func isNotApplicable(_ question: String) -> Bool { false }
        func themeScore(_ theme: String) -> Double? { nil }
        func themeLevel(_ theme: String) -> Int? { nil }
        func overallScore() -> Double? { nil }
        func overallLevel() -> Int? { nil }
        func value(at position: Int) -> ExpressionValue { byPosition }
    }

    @Test func aBoundConditionThatEvaluatesOtherwiseIsCaught() throws {
        let expression = try Expression.parse("t.q + 0")
        #expect(ConditionProperties.failures(evaluating: expression, boundTo: [:], in: Disagreeing()) == [])
        #expect(ConditionProperties.failures(evaluating: expression, boundTo: ["t.q": 0], in: Disagreeing())
            == ["bound to positions, the condition evaluates otherwise"])
        // NaN is not even equal to itself: the bound comparison fails with it.
        #expect(ConditionProperties.failures(evaluating: try Expression.parse("t.q"), boundTo: [:], in: Disagreeing(byName: .number(.nan)))
            .first == "evaluates to NaN")
    }

    @Test func diagnosticsOutOfPlaceAreCaught() {
        let input = Array("a: 1\rb: 2\r\nc: 3\u{2028}d".utf8)
        #expect(LoadingProperties.yamlLineCount(input) == 4)
        let at = { (line: Int, column: Int) in SourceLocation(file: "f.yaml", line: line, column: column) }
        let fine = QuestionnaireLoader.Result(questionnaire: nil, diagnostics: [Diagnostic(.error, "faux", at: at(4, 1))])
        #expect(LoadingProperties.failures(of: fine, input: input) == [])
        let wrong = QuestionnaireLoader.Result(questionnaire: nil, diagnostics: [
            Diagnostic(.error, "faux", at: at(5, 1)), Diagnostic(.warning, " ", at: at(1, 0)), Diagnostic(.warning, "où ?", at: nil),
        ])
        #expect(LoadingProperties.failures(of: wrong, input: input) == [
            "a diagnostic at 5:1 (4 lines): faux", "a diagnostic at 1:0 (4 lines):  ", "an empty message at f.yaml:1:0",
            "a diagnostic without a place: où ?",
        ])
        #expect(LoadingProperties.failures(of: .init(questionnaire: nil, diagnostics: []), input: input)
            == ["errors false but questionnaire nil"])
    }

    @Test func aSoundAssessmentPassesAndARefusalIsExplained() {
        let sample = Corpus.sampleAssessment
        #expect(!sample.isEmpty)
        let reading = AssessmentReadingProperties(sample, questionnaires: Corpus.loaded)
        #expect(reading.failures == [])
        #expect(reading.assessment != nil)
        #expect(reading.scanned)
        let refused = AssessmentReadingProperties(Array("{".utf8), questionnaires: [])
        #expect(refused.assessment == nil && !refused.scanned && refused.failures == [])
    }
}
