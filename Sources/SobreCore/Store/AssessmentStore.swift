/// Reads assessment files with the exact questionnaire each was taken with.
public struct AssessmentStore: Sendable {
    /// An assessment and its questionnaire.
    public struct Loaded: Sendable {
        public let path: String
        public let assessment: Assessment
        public let questionnaire: Questionnaire
    }

    public let library: QuestionnaireLibrary

    /// A store that looks questionnaires up in `library`.
    public init(library: QuestionnaireLibrary) {
        self.library = library
    }

    /// Reads `path` and finds its questionnaire by content hash (copies beside it, then bundled).
    ///
    /// Without a hash (a file written by hand), the bundled questionnaire with the same id and
    /// version is used.
    public func open(_ path: String, language: Language = .fr) throws(AssessmentCodec.ReadError) -> Loaded {
        try open(path, language: language) { reference, path in
            if let sha = reference.sha256 { return library.find(sha256: sha, near: path) }
            return library.bundled().compactMap(\.questionnaire).first {
                $0.id == reference.id && $0.version == reference.version
            }
        }
    }

    /// Reads `path` and asks `questionnaire` for the questionnaire its answers belong to.
    ///
    /// Commands over many files pass a resolver that caches questionnaires by content hash.
    public func open(
        _ path: String, language: Language = .fr,
        questionnaire find: (Assessment.QuestionnaireReference, String) -> Questionnaire?
    ) throws(AssessmentCodec.ReadError) -> Loaded {
        let assessment = try read(path, language: language)
        guard let questionnaire = find(assessment.questionnaire, path) else {
            throw Self.questionnaireNotFound(assessment.questionnaire, language: language)
        }
        return Loaded(path: path, assessment: assessment, questionnaire: questionnaire)
    }

    /// Reads and decodes `path` without looking for its questionnaire.
    public func read(_ path: String, language: Language = .fr) throws(AssessmentCodec.ReadError) -> Assessment {
        let bytes: [UInt8]
        do throws(FileIO.Failure) {
            bytes = try FileIO.read(path)
        } catch {
            throw Self.cannotRead(error, language: language)
        }
        return try AssessmentCodec.decode(bytes, language: language)
    }

    /// The error for a file that cannot be read.
    static func cannotRead(_ failure: FileIO.Failure, language: Language) -> AssessmentCodec.ReadError {
        AssessmentCodec.ReadError(message: language.pick(fr: "lecture impossible : \(failure.reason(.fr))",
                                                         en: "cannot read: \(failure.reason)"))
    }

    /// The error for an assessment whose questionnaire is nowhere to be found.
    public static func questionnaireNotFound(
        _ reference: Assessment.QuestionnaireReference, language: Language
    ) -> AssessmentCodec.ReadError {
        let hash = reference.sha256.map { " (sha256 \($0.prefix(12))…)" } ?? ""
        return AssessmentCodec.ReadError(message: language.pick(
            fr: "questionnaire introuvable : « \(reference.id) » version \(reference.version)\(hash) ; ni parmi les questionnaires fournis, ni dans un dossier .questionnaires/ à côté de l’évaluation",
            en: "questionnaire not found: '\(reference.id)' version \(reference.version)\(hash); neither bundled nor in a .questionnaires/ folder beside the assessment"))
    }
}
