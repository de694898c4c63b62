/// Questionnaires found by content hash, each file parsed once, for commands over many assessments.
///
/// It finds what `QuestionnaireLibrary.find(sha256:near:)` finds (the copies in `.questionnaires/`
/// folders from the assessment's folder up to the root, then the bundled questionnaires), but
/// reads the bundled folder once and each questionnaire file once, however many assessments
/// name it. A hash names exact bytes, so a questionnaire found once is the right one for every
/// assessment with that hash.
public final class QuestionnaireCache {
    public let library: QuestionnaireLibrary
    private var byHash: [String: Questionnaire] = [:]
    /// Copies already looked at, by path: the questionnaire, or nil when absent or broken.
    private var copies: [String: Questionnaire?] = [:]
    private var bundledByHash: [String: Questionnaire]?
    private var bundledByVersion: [String: Questionnaire]?
    /// `hash + folder` pairs already searched in vain.
    private var misses: Set<String> = []

    /// A cache over `library`.
    public init(library: QuestionnaireLibrary) {
        self.library = library
    }

    /// How many distinct questionnaires were parsed so far.
    public var loadedCount: Int { byHash.count }

    /// The questionnaire `reference` names, for the assessment at `path`.
    ///
    /// Without a hash (a file written by hand), the bundled questionnaire with the same id and version.
    public func questionnaire(for reference: Assessment.QuestionnaireReference, near path: String) -> Questionnaire? {
        guard let sha = reference.sha256 else {
            loadBundled()
            return bundledByVersion?[reference.id + "\u{0}" + reference.version]
        }
        return questionnaire(sha256: sha, near: path)
    }

    /// The questionnaire with this content hash, for the assessment at `path`.
    public func questionnaire(sha256 sha: String, near path: String) -> Questionnaire? {
        if let known = byHash[sha] { return known }
        guard sha.count == 64, sha.allSatisfy({ $0.isHexDigit }) else { return nil }
        let start = FileIO.directory(of: FileIO.absolute(path))
        let missKey = sha + "\u{0}" + start
        if misses.contains(missKey) { return nil }
        var folder = start
        while true {
            let candidate = FileIO.join(FileIO.join(folder, ".questionnaires"), "\(sha).yaml")
            if let found = copy(at: candidate), found.sha256 == sha {
                byHash[sha] = found
                return found
            }
            let parent = FileIO.directory(of: folder)
            if parent == folder { break }
            folder = parent
        }
        loadBundled()
        if let found = bundledByHash?[sha] {
            byHash[sha] = found
            return found
        }
        misses.insert(missKey)
        return nil
    }

    private func copy(at path: String) -> Questionnaire? {
        if let seen = copies[path] { return seen }
        let found: Questionnaire? = FileIO.exists(path) ? QuestionnaireLibrary.load(path).questionnaire : nil
        copies[path] = found
        return found
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
