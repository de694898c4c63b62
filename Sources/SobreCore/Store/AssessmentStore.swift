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
        try open(path, language: language, questionnaire: questionnaire)
    }

    /// The questionnaire `reference` names for the assessment at `path`: by content hash (copies
    /// beside it, then bundled); without a hash, the bundled one with the same id and version.
    public func questionnaire(
        _ reference: Assessment.QuestionnaireReference, near path: String
    ) -> Result<Questionnaire, QuestionnaireCopy.NotFound> {
        if let sha = reference.sha256 { return library.find(sha256: sha, near: path) }
        return library.bundled().compactMap(\.questionnaire).first {
            $0.id == reference.id && $0.version == reference.version
        }.map { .success($0) } ?? .failure(QuestionnaireCopy.NotFound())
    }

    /// Reads `path` and asks `questionnaire` for the questionnaire its answers belong to.
    public func open(
        _ path: String, language: Language = .fr,
        questionnaire find: (Assessment.QuestionnaireReference, String) -> Result<Questionnaire, QuestionnaireCopy.NotFound>
    ) throws(AssessmentCodec.ReadError) -> Loaded {
        let assessment = try read(path, language: language)
        switch find(assessment.questionnaire, path) {
        case .success(let questionnaire):
            return Loaded(path: path, assessment: assessment, questionnaire: questionnaire)
        case .failure(let missing):
            throw Self.questionnaireNotFound(assessment.questionnaire, missing, language: language)
        }
    }

    /// Reads and decodes `path` without looking for its questionnaire.
    public func read(_ path: String, language: Language = .fr) throws(AssessmentCodec.ReadError) -> Assessment {
        try AssessmentCodec.decode(Self.bytes(of: path, language: language), language: language)
    }

    /// Reads and decodes `path`, with the hex SHA-256 of the bytes read (what `based_on` and
    /// `association` record), without looking for its questionnaire.
    package static func readHashed(_ path: String, language: Language) throws(AssessmentCodec.ReadError)
        -> (assessment: Assessment, sha256: String)
    {
        let bytes = try bytes(of: path, language: language)
        return (try AssessmentCodec.decode(bytes, language: language), SHA256.hex(bytes))
    }

    private static func bytes(of path: String, language: Language) throws(AssessmentCodec.ReadError) -> [UInt8] {
        do throws(FileIO.Failure) {
            return try FileIO.read(path)
        } catch {
            throw cannotRead(error, language: language)
        }
    }

    /// The error for a file that cannot be read.
    package static func cannotRead(_ failure: FileIO.Failure, language: Language) -> AssessmentCodec.ReadError {
        AssessmentCodec.ReadError(message: language.pick(fr: "lecture impossible : \(failure.reason(.fr))",
                                                         en: "cannot read: \(failure.reason)"))
    }

    /// The error for an assessment whose questionnaire is nowhere to be found: when a copy with
    /// its name was there but could not be used, what is wrong with that copy.
    public static func questionnaireNotFound(
        _ reference: Assessment.QuestionnaireReference, _ missing: QuestionnaireCopy.NotFound = .init(), language: Language
    ) -> AssessmentCodec.ReadError {
        let hash = reference.sha256.map { " (sha256 \($0.prefix(12))…)" } ?? ""
        if let problem = missing.problems.first {
            return AssessmentCodec.ReadError(message: copyProblem(reference, problem, language: language))
        }
        return AssessmentCodec.ReadError(message: language.pick(
            fr: "questionnaire introuvable : « \(reference.id) » version \(reference.version)\(hash) ; ni parmi les questionnaires fournis, ni dans un dossier .questionnaires/ à côté de l’évaluation",
            en: "questionnaire not found: '\(reference.id)' version \(reference.version)\(hash); neither bundled nor in a .questionnaires/ folder beside the assessment"))
    }

    /// What is wrong with the copy of the questionnaire `reference` names, no other questionnaire having its content.
    public static func copyProblem(
        _ reference: Assessment.QuestionnaireReference, _ problem: QuestionnaireCopy.Problem, language: Language
    ) -> String {
        let name = language.pick(fr: "« \(reference.id) » version \(reference.version)", en: "'\(reference.id)' version \(reference.version)")
        let path = PathEncoding.shown(problem.path)
        switch problem.kind {
        case .modified:
            return language.pick(
                fr: "la copie du questionnaire \(name) a été modifiée : \(path) ne correspond plus à son empreinte sha256 ; remettez le fichier d’origine (aucun questionnaire fourni n’a ce contenu)",
                en: "the copy of questionnaire \(name) was modified: \(path) no longer matches its sha256 hash; put the original file back (no bundled questionnaire has this content)")
        case .unreadable(let failure):
            return language.pick(
                fr: "la copie du questionnaire \(name) est illisible : \(path) : \(failure.reason(.fr))",
                en: "the copy of questionnaire \(name) cannot be read: \(path): \(failure.reason)")
        case .invalid:
            return language.pick(
                fr: "la copie du questionnaire \(name) n’est pas un questionnaire valide pour cette version de sobre : \(path) (voir sobre validate)",
                en: "the copy of questionnaire \(name) is not a valid questionnaire for this version of sobre: \(path) (see sobre validate)")
        }
    }
}
