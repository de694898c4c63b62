import SobreCore

/// `--targets FILE` of `report` and `compare`, and the check of an assessment's own objectives.
enum ObjectivesOption {
    /// The objectives of the file, or its problems at their line and column.
    static func load(_ path: String, questionnaire: Questionnaire) throws -> Targets {
        let bytes: [UInt8]
        do throws(FileIO.Failure) {
            bytes = try FileIO.read(path)
        } catch {
            throw CommandFailure("\(path): " + questionnaire.language.pick(fr: "lecture impossible : \(error.reason(.fr))",
                                                                          en: "cannot read: \(error.reason)"))
        }
        switch TargetsFile.load(bytes: bytes, path: path, questionnaire: questionnaire,
                                 indicators: questionnaire.indicators.map(\.id)) {
        case .success(let targets): return targets
        case .failure(let problems): throw CommandFailure(diagnostics: problems.diagnostics, lines: [])
        }
    }

    /// Refuses an assessment whose own objectives name themes or levels its questionnaire does not have.
    static func check(_ loaded: AssessmentStore.Loaded, path: String) throws {
        guard let targets = loaded.assessment.targets else { return }
        let problems = TargetsCheck.problems(targets, questionnaire: loaded.questionnaire, year: nil,
                                           indicators: loaded.questionnaire.indicators.map(\.id))
        guard !problems.isEmpty else { return }
        throw CommandFailure(lines: problems.map { "sobre: \(path): targets.\($0.key): \($0.message)" })
    }
}
