import SobreCore

/// Where an interview writes: the assessment file and the copy of its questionnaire.
public enum InterviewFiles {
    /// `assessments/<site id>/<date>.json`, under the current folder.
    public static func defaultPath(siteID: String, date: String) -> String {
        "assessments/\(siteID)/\(date).json"
    }

    /// The folder that keeps questionnaire copies for an assessment file: `.questionnaires/` beside it,
    /// or for the default layout `assessments/.questionnaires/`.
    public static func copyFolder(forAssessment path: String, defaultLayout: Bool) -> String {
        let folder = FileIO.directory(of: path)
        return FileIO.join(defaultLayout ? FileIO.directory(of: folder) : folder, ".questionnaires")
    }

    /// Why keeping the copy failed.
    public struct CopyError: Error, Sendable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// Writes `<folder>/<sha256>.yaml` with the questionnaire's exact bytes, unless it is there
    /// already with these bytes: a copy is trusted for its content, not its name, so a damaged
    /// one (edited, cut short, not a regular file) is replaced atomically.
    public static func keepCopy(of questionnaire: Questionnaire, in folder: String) throws(CopyError) {
        let target = FileIO.join(folder, "\(questionnaire.sha256).yaml")
        if let kept = try? FileIO.read(target), SHA256.hex(kept) == questionnaire.sha256 { return }
        let l = questionnaire.language
        let bytes: [UInt8]
        do {
            bytes = try FileIO.read(questionnaire.path)
        } catch {
            throw CopyError(message: InterviewMessages.cannotReadQuestionnaireAgain(error, l))
        }
        guard SHA256.hex(bytes) == questionnaire.sha256 else {
            throw CopyError(message: InterviewMessages.changedWhileRead(questionnaire.path, l))
        }
        do {
            try FileIO.makeDirectories(folder)
            try FileIO.writeAtomically(bytes, to: target)
        } catch {
            throw CopyError(message: InterviewMessages.cannotKeepCopy(folder, error, l))
        }
    }

    /// Saves an assessment to the file `lock` holds, replacing it atomically: only the holder
    /// of the interview's lock writes an assessment (its folder exists, the lock file is in it).
    public static func save(_ assessment: Assessment, under lock: InterviewLock) throws(FileIO.Failure) {
        try FileIO.writeAtomically(AssessmentCodec.bytes(assessment), to: lock.assessmentPath)
    }
}
