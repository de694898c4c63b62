/// The head office's assessment a site inherits from (SPEC §12): finding it, and copying its answers.
public struct AssociationAssessment: Sendable {
    /// The file as read.
    public var path: String
    public var assessment: Assessment
    /// Hex SHA-256 of the file's bytes.
    public var sha256: String

    /// An assessment read from `path`, whose bytes hash to `sha256`.
    public init(path: String, assessment: Assessment, sha256: String) {
        self.path = path
        self.assessment = assessment
        self.sha256 = sha256
    }

    /// The folder the association's interview writes into by default: `assessments/_association`.
    public static let defaultFolder = "assessments/\(siteID)"
    /// The site id of the association's own assessment, its folder's name.
    public static let siteID = "_association"

    /// Reads `path` as an association assessment; the reason in `language` when it is not one.
    public static func read(_ path: String, language: Language) -> Result<AssociationAssessment, AssessmentCodec.ReadError> {
        do throws(AssessmentCodec.ReadError) {
            let (assessment, sha256) = try AssessmentStore.readHashed(path, language: language)
            guard assessment.kind == .association else {
                return .failure(.init(message: language.pick(
                    fr: "\(path) n’est pas l’évaluation du siège (« kind »: \"association\" attendu) : donnez un fichier écrit par « sobre interview --association »",
                    en: "\(path) is not a head-office assessment (\"kind\": \"association\" expected): give a file written by 'sobre interview --association'")))
            }
            return .success(AssociationAssessment(path: path, assessment: assessment, sha256: sha256))
        } catch {
            return .failure(.init(message: language.pick(fr: "\(path) : \(error.message)", en: "\(path): \(error.message)")))
        }
    }

    /// The latest complete association assessment in `folder` of the questionnaire `questionnaireID`
    /// dated on or before `date` (the last in `AssessmentOrder`); files that
    /// cannot be read, in progress, of another questionnaire or dated after are passed over.
    public static func latest(in folder: String, questionnaireID: String, onOrBefore date: String) -> AssociationAssessment? {
        var best: AssociationAssessment?
        for name in FileIO.list(folder) where AssessmentFiles.isAssessmentName(name) {
            guard case .success(let found) = read(FileIO.join(folder, name), language: .fr) else { continue }
            let a = found.assessment
            guard a.status == .complete, a.questionnaire.id == questionnaireID, a.date <= date else { continue }
            if let best, !AssessmentOrder.precedes(best.orderKey, found.orderKey) { continue }
            best = found
        }
        return best
    }

    /// Where this file stands in time among the head office's files (`AssessmentOrder`).
    var orderKey: AssessmentOrder.Key { .init(date: assessment.date, updatedAt: assessment.updatedAt, file: path) }

    /// Copies into `site` the answers of this assessment to the association questions of
    /// `questionnaire` that fit them (same type, options that still exist, N/A where offered),
    /// each marked `inherited`, and records where they come from; an answer the site already
    /// has is kept. Returns how many were copied.
    ///
    /// - Parameters:
    ///   - sitePath: the site's file, so that `association.file` is relative to its folder.
    @discardableResult
    public func inherit(into site: inout Assessment, questionnaire: Questionnaire, sitePath: String) -> Int {
        var copied = 0
        for question in questionnaire.questions where question.scope == .association {
            let id = question.fullID
            guard let given = assessment.answers[id], given.isGiven, site.answers[id]?.isGiven != true else { continue }
            if given.notApplicable ? !question.allowsNA : !(given.value.map { AnswerInterpreter.fits($0, question) } ?? false) { continue }
            var answer = site.answers[id] ?? Answer()
            answer.value = given.value
            answer.notApplicable = given.notApplicable
            answer.at = given.at
            answer.inherited = true
            site.answers[id] = answer
            copied += 1
        }
        site.association = .init(file: FileIO.relative(path, fromFolder: FileIO.directory(of: sitePath)), date: assessment.date, sha256: sha256)
        return copied
    }

}
