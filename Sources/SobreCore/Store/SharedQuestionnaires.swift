import Synchronization

/// The questionnaire cache shared by the cores that score a comparison, one at a time.
///
/// Finding a questionnaire is rare work (once per hash and folder) next to scoring, so a lock
/// costs little; one `ComparedQuestionnaire` is kept per questionnaire file and shared by all
/// the assessments taken with it.
final class SharedQuestionnaires: Sendable {
    private struct State: ~Copyable {
        var cache: QuestionnaireCache
        var sources: [String: ComparedQuestionnaire] = [:]
        /// The source found for each hash given, once found: the cache then gives that hash the
        /// same questionnaire wherever the file lies, so nearly every file of a comparison is
        /// one lookup, without copying the questionnaire or making its key.
        var byGivenHash: [String: ComparedQuestionnaire] = [:]
    }

    private let state: Mutex<State>
    /// Factor values that replace the questionnaires' (`--factors`).
    private let factors: FactorOverrides?
    /// Each crew member's own copies (`source(for:near:member:)`), member 0 (the caller) excepted.
    private let members: [OwnCopies]

    /// One member's copies of the shared sources, by the hash given and by source. Only that
    /// member reads them: its lock is never waited for.
    private final class OwnCopies: Sendable {
        struct Table {
            var byGivenHash: [String: ComparedQuestionnaire] = [:]
            var bySource: [ObjectIdentifier: ComparedQuestionnaire] = [:]
        }

        let table = Mutex(Table())
    }

    /// `members`: how many threads score with it (a `Crew`'s count), the caller included.
    init(library: QuestionnaireLibrary, factors: FactorOverrides? = nil, members: Int = 1) {
        state = Mutex(State(cache: QuestionnaireCache(library: library)))
        self.factors = factors
        self.members = (0..<max(members - 1, 0)).map { _ in OwnCopies() }
    }

    /// `source(for:near:)` as crew member `member` scores with it: for member 0 the shared
    /// source, for each other member a copy of its own, read from the same file, checked by its
    /// hash, with the same factors (`original` names the shared one).
    ///
    /// Every text and list of a questionnaire is counted each time an assessment's score holds
    /// it: with one questionnaire for both cores, each count moved the memory holding it from one
    /// core to the other, and scoring on two cores took a fifth more work than on one
    /// (Fourteenth session, docs/PERFORMANCE.md). A copy that cannot be read the same is not
    /// made: the member then shares the original.
    func source(for reference: Assessment.QuestionnaireReference, near path: String, member: Int)
        -> Result<ComparedQuestionnaire, QuestionnaireCopy.NotFound>
    {
        guard member > 0, member <= members.count else { return source(for: reference, near: path) }
        let mine = members[member - 1]
        if let given = reference.sha256, let known = mine.table.withLock({ $0.byGivenHash[given] }) { return .success(known) }
        let found = source(for: reference, near: path)
        guard case .success(let shared) = found else { return found }
        let own: ComparedQuestionnaire
        if let known = mine.table.withLock({ $0.bySource[ObjectIdentifier(shared)] }) {
            own = known
        } else {
            own = ownCopy(of: shared)
            mine.table.withLock { $0.bySource[ObjectIdentifier(shared)] = own }
        }
        if let given = reference.sha256 { mine.table.withLock { $0.byGivenHash[given] = own } }
        return .success(own)
    }

    /// A copy of `shared` made of objects of its own: its file loaded again, the same bytes (by
    /// their hash) giving the same questionnaire; `shared` itself when the file no longer has them.
    func ownCopy(of shared: ComparedQuestionnaire) -> ComparedQuestionnaire {
        let q = shared.questionnaire
        guard !q.path.isEmpty, case .found(let loaded) = QuestionnaireCopy.look(at: q.path, sha256: q.sha256) else { return shared }
        return ComparedQuestionnaire(factors?.applied(to: loaded) ?? loaded, copying: shared)
    }

    /// The shared source of the questionnaire `reference` names, for the assessment at `path`,
    /// or what the search met.
    func source(for reference: Assessment.QuestionnaireReference, near path: String)
        -> Result<ComparedQuestionnaire, QuestionnaireCopy.NotFound>
    {
        state.withLock { state in
            if let given = reference.sha256, let known = state.byGivenHash[given] { return .success(known) }
            let found = state.cache.search(for: reference, near: path).map { q in
                let key = q.sha256 + "\u{0}" + q.path
                if let known = state.sources[key] { return known }
                let source = ComparedQuestionnaire(factors?.applied(to: q) ?? q)
                state.sources[key] = source
                return source
            }
            if let given = reference.sha256, case .success(let source) = found { state.byGivenHash[given] = source }
            return found
        }
    }
}
