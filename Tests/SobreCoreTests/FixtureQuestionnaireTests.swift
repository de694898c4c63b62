import SobreCore
import Testing

/// The questionnaires the tests share are files: each one is there and loads, so a test that
/// starts from one never starts from nothing.
@Suite struct FixtureQuestionnaireTests {
    @Test(arguments: FixtureQuestionnaire.allCases)
    func loadsWithoutError(_ fixture: FixtureQuestionnaire) {
        #expect(!fixture.bytes.isEmpty, "\(fixture.path) cannot be read")
        let result = QuestionnaireLoader.load(bytes: fixture.bytes, path: fixture.path)
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
        #expect(result.questionnaire != nil)
    }
}
