import SobreCore

/// Where a re-assessment's earlier answers come from (SPEC §10): `--from`, the offer of the
/// site's latest complete assessment, or the `based_on` of a file resumed.
extension InterviewStart {
    /// An earlier assessment read once: its answers, questionnaire and the hash of the bytes read.
    struct EarlierFile {
        var assessment: Assessment
        var questionnaire: Questionnaire
        var sha256: String
    }

    /// Why an earlier file cannot be used, in words.
    struct EarlierProblem: Error {
        var message: String
    }

    /// Reads `path` and finds the questionnaire it was taken with; the problem in words otherwise.
    static func readEarlier(_ path: String, library: QuestionnaireLibrary, language l: Language) -> Result<EarlierFile, EarlierProblem> {
        readAssessment(path, language: l).flatMap { read in
            switch AssessmentStore(library: library).questionnaire(read.assessment.questionnaire, near: path) {
            case .success(let questionnaire):
                return .success(EarlierFile(assessment: read.assessment, questionnaire: questionnaire, sha256: read.sha256))
            case .failure(let missing):
                return .failure(EarlierProblem(
                    message: AssessmentStore.questionnaireNotFound(read.assessment.questionnaire, missing, language: l).message))
            }
        }
    }

    /// Reads and decodes `path`, with the hash of the bytes read; its questionnaire is not looked for.
    static func readAssessment(_ path: String, language l: Language) -> Result<(assessment: Assessment, sha256: String), EarlierProblem> {
        do throws(AssessmentCodec.ReadError) {
            return .success(try AssessmentStore.readHashed(path, language: l))
        } catch {
            return .failure(EarlierProblem(message: error.message))
        }
    }

    /// The earlier answers of `file` at `path`, recorded relative to the new assessment at `newPath`.
    static func earlier(_ file: EarlierFile, at path: String, forAssessment newPath: String) -> EarlierAnswers {
        let reference = BasedOn(
            file: FileIO.relative(path, fromFolder: FileIO.directory(of: newPath)), date: file.assessment.date, sha256: file.sha256)
        return EarlierAnswers(assessment: file.assessment, questionnaire: file.questionnaire, reference: reference)
    }

    /// The latest complete assessment of `siteID` dated before `day` in its default folder, if any.
    static func latestComplete(siteID: String, before day: String, library: QuestionnaireLibrary, language l: Language)
        -> (path: String, file: EarlierFile)?
    {
        let folder = FileIO.directory(of: InterviewFiles.defaultPath(siteID: siteID, date: day))
        return latestComplete(in: folder, siteID: siteID, before: day, language: l) { assessment, path in
            try? AssessmentStore(library: library).questionnaire(assessment.questionnaire, near: path).get()
        }
    }

    /// The latest complete assessment of `siteID` dated before `day` in `folder` whose
    /// questionnaire `find` gives (the last in `AssessmentOrder`).
    ///
    /// Files are chosen on their own fields first, and only the questionnaire of the one offered
    /// is looked for (the next one's when it has none): a site's folder holds a file per year,
    /// and finding a questionnaire parses it.
    static func latestComplete(
        in folder: String, siteID: String, before day: String, language l: Language,
        questionnaire find: (Assessment, String) -> Questionnaire?
    ) -> (path: String, file: EarlierFile)? {
        var candidates: [(path: String, assessment: Assessment, sha256: String)] = []
        for name in FileIO.list(folder) where AssessmentFiles.isAssessmentName(name) {
            let path = FileIO.join(folder, name)
            // A file that cannot be used is no candidate: the offer is a convenience, `--from` says why.
            guard case .success(let read) = readAssessment(path, language: l), read.assessment.status == .complete,
                  read.assessment.site.id == siteID, read.assessment.date < day else { continue }
            candidates.append((path, read.assessment, read.sha256))
        }
        // In the order a comparison places them, the latest first: the file offered is the
        // one `compare` shows as the site's latest complete assessment.
        func key(_ c: (path: String, assessment: Assessment, sha256: String)) -> AssessmentOrder.Key {
            .init(date: c.assessment.date, updatedAt: c.assessment.updatedAt, file: c.path)
        }
        for c in candidates.sorted(by: { AssessmentOrder.precedes(key($1), key($0)) }) {
            guard let questionnaire = find(c.assessment, c.path) else { continue }
            return (c.path, EarlierFile(assessment: c.assessment, questionnaire: questionnaire, sha256: c.sha256))
        }
        return nil
    }

    /// The earlier answers a file in progress started from, read again; nil (and why, through
    /// `output`) when its earlier file vanished, changed since or cannot be read.
    static func reopen(
        _ assessment: Assessment, at path: String, library: QuestionnaireLibrary, language l: Language, output: (String) -> Void
    ) -> EarlierAnswers? {
        guard let reference = assessment.basedOn else { return nil }
        let earlierPath = FileIO.resolve(reference.file, fromFolder: FileIO.directory(of: path))
        let shown = TerminalText.neutralised(earlierPath)
        guard FileIO.exists(earlierPath) else {
            output(InterviewMessages.earlierVanished(shown, l) + "\n")
            return nil
        }
        switch readEarlier(earlierPath, library: library, language: l) {
        case .failure(let problem):
            output(InterviewMessages.earlierUnusable(shown, TerminalText.neutralised(problem.message), l) + "\n")
            return nil
        case .success(let file) where file.sha256 != reference.sha256:
            output(InterviewMessages.earlierChanged(shown, l) + "\n")
            return nil
        case .success(let file):
            output(InterviewMessages.startingFrom(date: TerminalText.neutralised(file.assessment.date), path: shown, l) + "\n")
            return EarlierAnswers(assessment: file.assessment, questionnaire: file.questionnaire, reference: reference)
        }
    }
}
