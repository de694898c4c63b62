import Synchronization

/// The questionnaires of a comparison, for the threads that score it (a `Crew`'s members).
///
/// Each member finds and parses the questionnaires it needs in a cache of its own, and scores
/// with its own copy: every text and list of a questionnaire is counted each time an
/// assessment's score holds it, and with one questionnaire for both cores each count moved the
/// memory holding it from one core to the other (scoring on two cores took a fifth more work
/// than on one, Fourteenth session, docs/PERFORMANCE.md). The members parse at the same time, so
/// a copy costs no wait. Finding a questionnaire is rare work (once per hash and folder) next to
/// scoring. The first copy made of each questionnaire (by its hash) is the one every assessment
/// taken with it names (`Source.named`).
final class SharedQuestionnaires: Sendable {
    /// One member's cache and copies. Only that member reads them: its lock is never waited for.
    private final class Member: Sendable {
        struct State: ~Copyable {
            var cache: QuestionnaireCache
            var sources: [String: Source] = [:]
            /// The source found for each hash given, once found: the cache then gives that hash
            /// the same questionnaire wherever the file lies, so nearly every file of a comparison
            /// is one lookup, without copying the questionnaire or making its key.
            var byGivenHash: [String: Source] = [:]
        }

        let state: Mutex<State>

        init(library: QuestionnaireLibrary) { state = Mutex(State(cache: QuestionnaireCache(library: library))) }
    }

    private let members: [Member]
    /// The first copy made of each questionnaire, by its hash (a hash names exact bytes, as the
    /// cache has it): the one assessments name, whichever member, from whichever file, made it.
    private let originals = Mutex<[String: ComparedQuestionnaire]>([:])
    /// Factor values that replace the questionnaires' (`--factors`).
    private let factors: FactorOverrides?

    /// `members`: how many threads score with it, the caller (member 0) included.
    init(library: QuestionnaireLibrary, factors: FactorOverrides? = nil, members: Int = 1) {
        self.members = (0..<max(members, 1)).map { _ in Member(library: library) }
        self.factors = factors
    }

    /// A member's own copy of a questionnaire, and the copy the assessments taken with it name
    /// (the first one made of that questionnaire, maybe `own` itself).
    struct Source: Sendable {
        let own: ComparedQuestionnaire
        let named: ComparedQuestionnaire
    }

    /// The source of the questionnaire `reference` names, for the assessment at `path`, as
    /// member `member` scores with it, or what the search met. A member beyond the crew is taken
    /// for the last one.
    ///
    /// A member that cannot find again what another found (its file removed or unreadable since)
    /// shares the other's copy rather than fail the files it scores.
    func source(for reference: Assessment.QuestionnaireReference, near path: String, member: Int = 0)
        -> Result<Source, QuestionnaireCopy.NotFound>
    {
        let mine = members[min(max(member, 0), members.count - 1)]
        return mine.state.withLock { state in
            if let given = reference.sha256, let known = state.byGivenHash[given] { return .success(known) }
            var found = state.cache.search(for: reference, near: path).map { q in
                let key = q.sha256 + "\u{0}" + q.path
                if let known = state.sources[key] { return known }
                let source = copy(of: q)
                state.sources[key] = source
                return source
            }
            if case .failure = found, let given = reference.sha256.flatMap(QuestionnaireCopy.normalizedHash),
               let other = originals.withLock({ $0[given] }) {
                found = .success(Source(own: other, named: other))
            }
            if let given = reference.sha256, case .success(let source) = found { state.byGivenHash[given] = source }
            return found
        }
    }

    /// The member's own copy of `q`, made outside any lock shared with the others, and the first
    /// copy of its hash, which it becomes when there is none yet.
    private func copy(of q: Questionnaire) -> Source {
        let own = ComparedQuestionnaire(factors?.applied(to: q) ?? q)
        let named = originals.withLock { originals in
            if let first = originals[q.sha256] { return first }
            originals[q.sha256] = own
            return own
        }
        return Source(own: own, named: named)
    }
}
