import SobreCore
import SobreReport
// Every file of this target sees the helpers all test targets share (Repository,
// TemporaryFolder…), those written before they moved to SobreTestSupport included.
@_exported import SobreTestSupport
import Testing

enum Fixtures {
    /// The sample assessment of Reports/examples with the bundled questionnaire.
    static func sample() throws -> ReportModel {
        let library = QuestionnaireLibrary(bundledDirectories: [Repository.path("Questionnaires")])
        let loaded = try AssessmentStore(library: library).open(Repository.path("Reports/examples/assessment.json"))
        return ReportModel(questionnaire: loaded.questionnaire, assessment: loaded.assessment)
    }

    static func questionnaire(_ yaml: String) throws -> Questionnaire {
        let result = QuestionnaireLoader.load(bytes: Array(yaml.utf8), path: "test.yaml")
        guard let q = result.questionnaire else {
            Issue.record("questionnaire does not load: \(result.diagnostics)")
            throw FixtureError()
        }
        return q
    }

    struct FixtureError: Error {}
}
