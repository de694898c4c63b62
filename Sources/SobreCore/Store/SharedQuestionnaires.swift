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

    init(library: QuestionnaireLibrary, factors: FactorOverrides? = nil) {
        state = Mutex(State(cache: QuestionnaireCache(library: library)))
        self.factors = factors
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
