/// Reads the assessment files of a comparison: each file found under the paths given, read,
/// scanned (or decoded in full) and scored with its exact questionnaire, on every core.
///
/// It is the store's side of a comparison; `Comparison` only computes over what it returns.
public enum ComparisonReader {
    /// How many files are read and scored together.
    static let chunkSize = 1024
    /// How many files the first chunk holds at most.
    static let firstChunkSize = 16

    /// Reads every assessment under `paths` (files, and folders searched recursively), each with
    /// its questionnaire found by hash (each questionnaire parsed once per core, `SharedQuestionnaires`).
    ///
    /// Files are named relative to `base` when they lie under it. Bad files become `errors`,
    /// in the order they were met, while every good one is read. `factors` replaces the values
    /// of the factors it names in every questionnaire that declares them (`--factors`).
    public static func read(paths: [String], library: QuestionnaireLibrary, relativeTo base: String? = nil, language: Language = .fr,
                            factors: FactorOverrides? = nil)
        -> (assessments: [ComparedAssessment], errors: [FileProblem])
    {
        let read = read(paths: paths, library: library, relativeTo: base, language: language, factors: factors, chunkSize: chunkSize)
        return (read.assessments, read.errors)
    }

    /// `read`, by chunks of `chunkSize` files, the first of at most `firstChunkSize`, on a crew of
    /// `crewSize` threads (one per core when nil). Tests try several sizes of both: the result
    /// does not depend on them.
    package static func read(paths: [String], library: QuestionnaireLibrary, relativeTo base: String?, language: Language,
                             factors: FactorOverrides?, chunkSize: Int, crewSize: Int? = nil)
        -> (assessments: [ComparedAssessment], errors: [FileProblem], files: [FileIdentity: String])
    {
        let chunkSize = max(chunkSize, 1)
        // The folders are listed on a thread of their own while the files found are read.
        let feed = FileFeed(listing: paths, relativeTo: base, language: language)
        var errors: [FileProblem] = []
        var assessments: [ComparedAssessment] = []
        var latest = LatestSoFar()
        var identities: [FileIdentity: String] = [:]
        // Each file is read, scanned (or decoded) and scored on one core in one go, on every
        // core, each with its own copy of the questionnaire (`SharedQuestionnaires`: parsed once
        // per core and hash, the cores at the same time). Then, per
        // chunk, the details of the assessments kept (second pass below). By chunks, to bound
        // what is in flight.
        // The first chunk is small: its first file names the questionnaire, parsed then (tens of
        // milliseconds) while the listing goes on, instead of after a thousand files are found (the
        // listing hands files over by `FileFeed.batch`).
        var size = min(chunkSize, firstChunkSize)
        // The same threads for both passes of every chunk (`Crew`).
        let crew = crewSize.map { Crew(size: $0) } ?? Crew()
        defer { crew.dismiss() }
        let shared = SharedQuestionnaires(library: library, factors: factors, members: crew.count)
        while let chunk = feed.next(size) {
            size = chunkSize
            // Optional, to be moved out (`take`): a copy of each outcome, scorecard and all, then
            // its release with the array, was most of the part of reading done on one core.
            let made = crew.map(chunk) { member, file -> Outcome? in read(file, shared: shared, member: member, language: language) }
            var outcomes = made.results
            // Each scorecard with what the second pass makes of it, told once the chunk is offered.
            var cards: [(card: Scorecard, wanted: LatestSoFar.Kept)] = []
            var indices: [Int] = []
            var madeBy: [Int] = []
            cards.reserveCapacity(chunk.count)
            indices.reserveCapacity(chunk.count)
            madeBy.reserveCapacity(chunk.count)
            for (k, file) in zip(outcomes.indices, chunk) {
                guard let outcome = outcomes[k].take() else { continue }
                if let identity = outcome.identity { identities[identity] = identities[identity] ?? file.path }
                switch outcome.result {
                case .success(let compared, let card):
                    let index = assessments.count
                    assessments.append(compared)
                    let dropped = latest.offer(index, in: assessments)
                    if let old = dropped.0 { assessments[old].details = nil }
                    if let old = dropped.1 { assessments[old].details = nil }
                    if let card {
                        cards.append((card, .nothing))
                        indices.append(index)
                        madeBy.append(made.madeBy[k])
                    }
                case .failure(let problem): errors.append(problem)
                }
            }
            outcomes.removeAll()
            // The second pass: the plan and estimates of the assessments a site's latest so far
            // (or latest complete one), the indicator values of a baseline (`LatestSoFar.kept`). A
            // site whose files span two chunks may have them made twice, never kept for an older
            // one. Each scorecard is released on the thread that made it (`Crew`), not here on
            // one, nor on another core, which would wait for the first one's heap. What to
            // make is set in place: a copy of each scorecard, then its release, was a fifth of the
            // part of reading done on one core.
            for (k, index) in indices.enumerated() { cards[k].wanted = latest.kept(index, in: assessments) }
            let details = crew.map(draining: &cards, madeBy: madeBy) { item -> ComparedDetails? in
                switch item.wanted {
                case .all: ComparedDetails(item.card.withDetails())
                case .indicatorValues: ComparedDetails(indicatorValuesOf: item.card.withIndicatorValues())
                case .nothing: nil
                }
            }
            for (index, made) in zip(indices, details) where made != nil { assessments[index].details = made }
        }
        // What could not be searched comes first, as it did when the listing came first.
        return (assessments, feed.problems + errors, identities)
    }

    /// What became of one file, and which file it was (nil when it could not be opened).
    private struct Outcome: Sendable {
        var result: FileResult
        var identity: FileIdentity?
    }

    private enum FileResult: Sendable {
        /// Scored; with its scorecard when its details are still to be made (a scanned file),
        /// else with them (a file decoded in full: one the scan left to the full reader).
        case success(ComparedAssessment, Scorecard?)
        case failure(FileProblem)
    }

    private static func read(_ file: AssessmentFiles.File, shared: SharedQuestionnaires, member: Int, language: Language) -> Outcome {
        let bytes: [UInt8]
        let identity: FileIdentity
        do throws(FileIO.Failure) {
            (bytes, identity) = try FileIO.readWithIdentity(file.path)
        } catch {
            // Unreadable, it is still an input that `--output` may not replace.
            return Outcome(result: .failure(FileProblem(file: file.display, message: AssessmentStore.cannotRead(error, language: language).message)),
                           identity: FileIdentity(file.path))
        }
        return Outcome(result: read(file, bytes: bytes, shared: shared, member: member, language: language), identity: identity)
    }

    private static func read(_ file: AssessmentFiles.File, bytes: [UInt8], shared: SharedQuestionnaires, member: Int,
                             language: Language) -> FileResult {
        // The usual file, as the interview writes it, is scanned for what scoring needs;
        // anything else is decoded in full, which finds the same answers or says what is wrong.
        // The questionnaire is found as soon as the scan reads its name, so that the answers are
        // placed as they are read; a file that names it after its answers is placed afterwards.
        // Scanned and scored with the member's own copy of the questionnaire; the assessment names
        // the copy every assessment of it names (`SharedQuestionnaires.Source`).
        var named: ComparedQuestionnaire?
        let placing = { (reference: Assessment.QuestionnaireReference) -> ComparedQuestionnaire? in
            guard case .success(let source) = shared.source(for: reference, near: file.path, member: member) else { return nil }
            named = source.named
            return source.own
        }
        if let scan = AssessmentScan(bytes, placing: placing),
           let own = scan.placedWith ?? placing(scan.questionnaire), let slots = own.slots(of: scan) {
            let card = Scorecard(scoresOf: own.questionnaire, slots: slots)
            return .success(ComparedAssessment(file: file.display, path: file.path, site: scan.site, date: scan.date,
                                               updatedAt: scan.updatedAt, status: scan.status,
                                               kind: scan.kind, association: scan.association, targets: scan.targets,
                                               card: card, source: named ?? own), card)
        }
        let assessment: Assessment
        do throws(AssessmentCodec.ReadError) {
            assessment = try AssessmentCodec.decode(bytes, language: language)
        } catch {
            return .failure(FileProblem(file: file.display, message: error.message))
        }
        switch shared.source(for: assessment.questionnaire, near: file.path, member: member) {
        case .success(let source):
            return .success(ComparedAssessment(file: file.display, path: file.path, assessment: assessment, source: source.named), nil)
        case .failure(let missing):
            let error = AssessmentStore.questionnaireNotFound(assessment.questionnaire, missing, language: language)
            return .failure(FileProblem(file: file.display, message: error.message))
        }
    }
}

extension Comparison {
    /// Reads every assessment under `paths` with `ComparisonReader.read` and compares them.
    public init(paths: [String], library: QuestionnaireLibrary, relativeTo base: String? = nil, language: Language = .fr,
                factors: FactorOverrides? = nil) {
        let read = ComparisonReader.read(paths: paths, library: library, relativeTo: base, language: language, factors: factors,
                                         chunkSize: ComparisonReader.chunkSize)
        self.init(assessments: read.assessments, errors: read.errors, language: language)
        filesRead = read.files
    }
}
