/// Questionnaires found by content hash, each file parsed once, for commands over many assessments.
///
/// It finds what `QuestionnaireLibrary.find(sha256:near:)` finds (the copies in `.questionnaires/`
/// folders from the assessment's folder up to the root, then the bundled questionnaires), but
/// reads the bundled folder once and each questionnaire file once, however many assessments
/// name it. A hash names exact bytes, so a questionnaire found once is the right one for every
/// assessment with that hash.
package final class QuestionnaireCache {
    package let library: QuestionnaireLibrary
    private var byHash: [String: Questionnaire] = [:]
    /// Copies already looked at, by path.
    private var copies: [String: QuestionnaireCopy.Look] = [:]
    private var bundledByHash: [String: Questionnaire]?
    private var bundledByVersion: [String: Questionnaire]?
    /// `hash + folder` pairs already searched in vain, and what the search met.
    private var misses: [String: QuestionnaireCopy.NotFound] = [:]

    /// A cache over `library`.
    package init(library: QuestionnaireLibrary) {
        self.library = library
    }

    /// How many distinct questionnaires were parsed so far.
    package var loadedCount: Int { byHash.count }

    /// The questionnaire `reference` names, for the assessment at `path`.
    package func questionnaire(for reference: Assessment.QuestionnaireReference, near path: String) -> Questionnaire? {
        try? search(for: reference, near: path).get()
    }

    /// The questionnaire `reference` names, for the assessment at `path`, or what the search met.
    ///
    /// Without a hash (a file written by hand), the bundled questionnaire with the same id and version.
    package func search(for reference: Assessment.QuestionnaireReference, near path: String)
        -> Result<Questionnaire, QuestionnaireCopy.NotFound>
    {
        guard let sha = reference.sha256 else {
            loadBundled()
            return bundledByVersion?[reference.id + "\u{0}" + reference.version].map { .success($0) }
                ?? .failure(QuestionnaireCopy.NotFound())
        }
        return search(sha256: sha, near: path)
    }

    /// The questionnaire with this content hash, for the assessment at `path`.
    package func questionnaire(sha256 sha: String, near path: String) -> Questionnaire? {
        try? search(sha256: sha, near: path).get()
    }

    /// The questionnaire with this content hash (either case), for the assessment at `path`, or
    /// what the search met.
    package func search(sha256 given: String, near path: String) -> Result<Questionnaire, QuestionnaireCopy.NotFound> {
        if let known = byHash[given] { return .success(known) }
        guard let sha = QuestionnaireCopy.normalizedHash(given) else { return .failure(QuestionnaireCopy.NotFound()) }
        if let known = byHash[sha] { return .success(known) }
        let start = FileIO.directory(of: FileIO.absolute(path))
        let missKey = sha + "\u{0}" + start
        if let miss = misses[missKey] { return .failure(miss) }
        let found = QuestionnaireCopy.search(sha256: sha, near: path) { candidate in
            if let seen = copies[candidate] { return seen }
            let look = QuestionnaireCopy.look(at: candidate, sha256: sha)
            copies[candidate] = look
            return look
        }
        switch found {
        case .success(let questionnaire):
            byHash[sha] = questionnaire
            return found
        case .failure(let miss):
            loadBundled()
            if let bundled = bundledByHash?[sha] {
                byHash[sha] = bundled
                return .success(bundled)
            }
            misses[missKey] = miss
            return found
        }
    }

    private func loadBundled() {
        guard bundledByHash == nil else { return }
        var hashes: [String: Questionnaire] = [:]
        var versions: [String: Questionnaire] = [:]
        for entry in library.bundled() {
            guard let q = entry.questionnaire else { continue }
            if hashes[q.sha256] == nil { hashes[q.sha256] = q }
            let key = q.id + "\u{0}" + q.version
            if versions[key] == nil { versions[key] = q }
        }
        bundledByHash = hashes
        bundledByVersion = versions
    }
}
