import SobreCore
import SobreReport
import Testing

/// Paths in the repository, found from this file.
enum Repository {
    static let root: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)  // Tests/SobreReportTests/Fixtures.swift
        return parts.joined(separator: "/")
    }()

    static func path(_ relative: String) -> String { root + "/" + relative }

    static func text(_ relative: String) throws -> String {
        String(decoding: try FileIO.read(path(relative)), as: UTF8.self)
    }
}

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
