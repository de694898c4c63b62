import SobreCore

/// How `sobre interview` begins, decided from its options and the files: the questionnaire,
/// the assessment to start from and the lock held for the whole interview, or why it cannot begin.
///
/// The policy: a complete assessment is never overwritten; one in progress is offered for
/// resuming (on a terminal) or resumed (from a pipe); a new file's questionnaire copy is kept
/// beside it before anything else is made; the lock is taken before the file is looked at again,
/// so two interviews cannot both find it absent or both resume it.
public enum InterviewStart {
    /// What the command line said, text options already repaired (see `PathEncoding.repaired`).
    public struct Options: Sendable, Equatable {
        public var questionnaire, site, siteID, finess, group, category, respondent, role, interviewer, date, out, resume: String?
        /// An earlier assessment of the site to start from (SPEC §10).
        public var from: String?
        /// `--association` alone: the head office's interview of the association questions (SPEC §12).
        public var headOffice: Bool
        /// `--association FILE`: the head office's assessment a site interview inherits from.
        public var association: String?
        /// Where a site interview looks for the head office's assessment without `--association FILE`.
        public var associationFolder = AssociationAssessment.defaultFolder

        public init(
            questionnaire: String? = nil, site: String? = nil, siteID: String? = nil, finess: String? = nil, group: String? = nil,
            category: String? = nil,
            respondent: String? = nil, role: String? = nil, interviewer: String? = nil, date: String? = nil, out: String? = nil,
            resume: String? = nil, from: String? = nil, headOffice: Bool = false, association: String? = nil
        ) {
            self.from = from
            (self.headOffice, self.association) = (headOffice, association)
            (self.questionnaire, self.site, self.siteID, self.finess, self.group, self.category) = (questionnaire, site, siteID, finess, group, category)
            (self.respondent, self.role, self.interviewer, self.date, self.out, self.resume) = (respondent, role, interviewer, date, out, resume)
        }
    }

    /// What the interview starts from.
    public struct Plan {
        public var questionnaire: Questionnaire
        public var assessment: Assessment
        /// Held for the whole interview; names the file.
        public var lock: InterviewLock
        /// A file in progress is taken up again: the interview first says where it stands.
        public var resuming: Bool
        /// For a re-assessment, the earlier answers to propose.
        public var earlier: EarlierAnswers? = nil
    }

    /// Why the interview does not begin: the message (without the `sobre: ` the command line
    /// puts before it; none after Ctrl-C or the end of input at the question), the questionnaire's
    /// errors when it is not valid, and the exit code.
    public struct Failure: Error {
        public var message: String?
        public var diagnostics: [Diagnostic] = []
        public var exitCode: Int32 = 1
    }

    /// Where the interview begins; makes the file (and its folder and questionnaire copy) for a new one.
    ///
    /// - Parameters:
    ///   - library: where questionnaires are found, by id, path or content.
    ///   - reader: asks whether to resume an interview in progress, when `interactive`.
    ///   - interfaceLanguage: the language of messages before any questionnaire is known.
    ///   - now: seconds since 1970, for the default date and the timestamps.
    ///   - output: receives the lines shown on the way (each ends with a newline).
    public static func plan(
        _ options: Options, library: QuestionnaireLibrary, reader: LineReader, interactive: Bool,
        interfaceLanguage: Language, now: Int, output: (String) -> Void
    ) throws(Failure) -> Plan {
        let context = Context(options: options, library: library, now: now)
        if let resume = options.resume { return try context.resumePlan(resume, language: interfaceLanguage, output: output) }
        return try context.newPlan(reader: reader, interactive: interactive, language: interfaceLanguage, output: output)
    }

    private struct Context {
        let options: Options
        let library: QuestionnaireLibrary
        let now: Int

        func fail(_ message: String) -> Failure {
            Failure(message: message)
        }

        func newPlan(reader: LineReader, interactive: Bool, language l0: Language, output: (String) -> Void) throws(Failure) -> Plan {
            let typedSite = options.site.flatMap { $0.trimmingSpaces.isEmpty ? nil : $0 }
            guard typedSite != nil || options.headOffice else {
                throw fail(InterviewMessages.nameTheSite(l0))
            }
            let wanted = options.questionnaire ?? "essms-sobriete"
            guard let entry = library.resolve(wanted) else {
                throw fail(InterviewMessages.questionnaireNotFound(wanted, l0))
            }
            guard let questionnaire = entry.questionnaire else {
                throw Failure(
                    message: InterviewMessages.questionnaireNotValid(entry.path, l0),
                    diagnostics: entry.result.diagnostics.filter { $0.severity == .error })
            }
            let l = questionnaire.language
            let site = typedSite ?? InterviewMessages.headOfficeName(l)
            let name = site.trimmingSpaces
            try checkScope(questionnaire)
            let names = [("--site", site), ("--group", options.group), ("--category", options.category),
                         ("--respondent", options.respondent), ("--role", options.role), ("--interviewer", options.interviewer)]
            if let problem = TypedName.problem(names, language: l) { throw fail(problem) }
            let siteID = options.headOffice ? AssociationAssessment.siteID : options.siteID ?? Slug.make(name)
            if let problem = SiteIdentifier.problem(siteID, language: l) { throw fail(problem) }
            if let finess = options.finess, let problem = Finess.problem(finess, language: l) { throw fail("--finess : \(problem)") }
            let day = options.date ?? IsoDate.day(now)
            guard IsoDate.isValidDay(day) else {
                throw fail(InterviewMessages.notADay(day, l))
            }
            let path = options.out ?? InterviewFiles.defaultPath(siteID: siteID, date: day)
            if path.isEmpty {
                throw fail(InterviewMessages.outIsEmpty(l))
            }
            if FileIO.isDirectory(path) {
                throw fail(InterviewMessages.outIsAFolder(path, l))
            }
            // A new file's questionnaire copy is kept first, so a folder that cannot be written is
            // reported as before, with nothing made; the lock is then taken before the file is
            // looked at again, so two interviews cannot both find it absent or both resume it.
            let isNew = !FileIO.exists(path)
            var start: (file: EarlierFile, path: String)?
            if isNew {
                start = try self.startingPoint(siteID: siteID, day: day, reader: reader, interactive: interactive, language: l, output: output)
            }
            if isNew { try keepCopy(questionnaire, forAssessment: path, defaultLayout: options.out == nil) }
            let lock = try self.lock(path, creatingFolder: true, language: l)
            if FileIO.exists(path) {
                return try existingPlan(lock, requested: questionnaire, reader: reader, interactive: interactive, output: output)
            }
            if !isNew {   // it was there a moment ago and has gone meanwhile
                try keepCopy(questionnaire, forAssessment: path, defaultLayout: options.out == nil)
            }

            var respondentValue: Assessment.Respondent?
            if options.respondent != nil || options.role != nil {
                respondentValue = Assessment.Respondent(name: options.respondent, role: options.role)
            }
            let stamp = IsoDate.timestamp(now)
            var assessment = Assessment(
                questionnaire: .init(id: questionnaire.id, version: questionnaire.version, sha256: questionnaire.sha256),
                site: .init(id: siteID, name: name, finess: options.finess?.uppercased(), group: options.group, category: options.category),
                respondent: respondentValue, interviewer: options.interviewer, date: day, status: .inProgress,
                startedAt: stamp, updatedAt: stamp)
            // Made relative once the new file's folder exists, so that links resolve on both sides.
            let earlier = start.map { InterviewStart.earlier($0.file, at: $0.path, forAssessment: path) }
            assessment.basedOn = earlier?.reference
            if let earlier {
                let shown = TerminalText.neutralised(FileIO.resolve(earlier.reference.file, fromFolder: FileIO.directory(of: path)))
                output(InterviewMessages.startingFrom(date: TerminalText.neutralised(earlier.date), path: shown, l) + "\n")
            }
            if options.headOffice {
                assessment.kind = .association
            } else if let found = try association(of: questionnaire, day: day) {
                found.inherit(into: &assessment, questionnaire: questionnaire, sitePath: path)
            }
            do {
                try InterviewFiles.save(assessment, under: lock)
            } catch {
                throw fail(InterviewLock.Failure.failed(path: path, error).message(l))
            }
            return Plan(questionnaire: questionnaire, assessment: assessment, lock: lock, resuming: false, earlier: earlier)
        }

        /// The earlier assessment a new interview starts from: `--from`, or on a terminal the offer
        /// of the site's latest complete assessment before `day` (Enter or yes accepts it).
        func startingPoint(
            siteID: String, day: String, reader: LineReader, interactive: Bool, language l: Language,
            output: (String) -> Void
        ) throws(Failure) -> (file: EarlierFile, path: String)? {
            if let from = options.from {
                let file: EarlierFile
                switch InterviewStart.readEarlier(from, library: library, language: l) {
                case .success(let read): file = read
                case .failure(let problem): throw fail(InterviewMessages.fromNotUsable(from, problem.message, l))
                }
                guard file.assessment.site.id == siteID else {
                    throw fail(InterviewMessages.fromOtherSite(from, earlier: file.assessment.site.id, now: siteID, l))
                }
                return (file, from)
            }
            guard interactive, let latest = InterviewStart.latestComplete(siteID: siteID, before: day, library: library, language: l) else {
                return nil
            }
            let reply: YesNo.Reply<Bool> = YesNo.ask(
                InterviewMessages.offerPrompt(date: TerminalText.neutralised(latest.file.assessment.date), l), reader: reader, language: l,
                say: { output($0 + "\n") }, other: { $0.isEmpty ? true : nil })
            switch reply {
            case .yes, .other: return (latest.file, latest.path)
            case .no: return nil
            case .interrupted: throw Failure(message: nil, exitCode: 130)
            case .endOfInput: throw Failure(message: nil)
            }
        }

        /// The head office's interview needs association questions and has its own id; no site takes that id.
        func checkScope(_ questionnaire: Questionnaire) throws(Failure) {
            let l = questionnaire.language
            if options.headOffice {
                if options.siteID != nil { throw fail(InterviewMessages.headOfficeHasItsID(l)) }
                if !questionnaire.questions.contains(where: { $0.scope == .association }) {
                    throw fail(InterviewMessages.noAssociationQuestion(questionnaire.path, l))
                }
            } else if options.siteID == AssociationAssessment.siteID {
                throw fail(InterviewMessages.siteIDIsTheHeadOffice(l))
            }
        }

        /// The head office's assessment a new site interview inherits from: `--association FILE`,
        /// else the latest complete one of the same questionnaire dated on or before `day` in
        /// `assessments/_association/`; nil when there is none.
        func association(of questionnaire: Questionnaire, day: String) throws(Failure) -> AssociationAssessment? {
            let l = questionnaire.language
            guard let file = options.association else {
                return AssociationAssessment.latest(in: options.associationFolder, questionnaireID: questionnaire.id, onOrBefore: day)
            }
            let found: AssociationAssessment
            switch AssociationAssessment.read(file, language: l) {
            case .success(let read): found = read
            case .failure(let error): throw fail(error.message)
            }
            guard found.assessment.questionnaire.id == questionnaire.id else {
                throw fail(InterviewMessages.associationOfOtherQuestionnaire(
                    file, found: TerminalText.neutralised(found.assessment.questionnaire.id), wanted: questionnaire.id, l))
            }
            guard found.assessment.status == .complete else { throw fail(InterviewMessages.associationInProgress(file, l)) }
            return found
        }

        /// Takes the interview's lock on `path`, or says who holds it.
        func lock(_ path: String, creatingFolder: Bool = false, language l: Language) throws(Failure) -> InterviewLock {
            do {
                return try InterviewLock.acquire(path, since: IsoDate.timestamp(now), creatingFolder: creatingFolder)
            } catch {
                throw fail(error.message(l))
            }
        }

        /// A file is already there: never overwrite it; offer to resume one in progress.
        func existingPlan(
            _ lock: InterviewLock, requested: Questionnaire, reader: LineReader, interactive: Bool, output: (String) -> Void
        ) throws(Failure) -> Plan {
            let l = requested.language
            let path = lock.assessmentPath
            let existing = try load(path, language: l)
            guard existing.status == .inProgress else {
                throw fail(InterviewMessages.completeIsNeverReplaced(path, l))
            }
            let given = existing.answers.filter { $0.answer.isGiven }.count
            // Shown inert: the file may have been edited by anyone.
            let site = TerminalText.neutralised(existing.site.name ?? existing.site.id), day = TerminalText.neutralised(existing.date)
            let shownPath = TerminalText.neutralised(path)
            if interactive {
                output(InterviewMessages.alreadyInProgress(site: site, day: day, given: given, path: shownPath, l) + "\n")
                let reply: YesNo.Reply<Never> = YesNo.ask(
                    InterviewMessages.resumePrompt(l), reader: reader, language: l,
                    say: { output($0 + "\n") })
                switch reply {
                case .yes: break
                case .interrupted: throw Failure(message: nil, exitCode: 130)
                case .endOfInput: throw Failure(message: nil)
                case .no:
                    throw fail(InterviewMessages.keptAsItIs(path, l))
                }
            } else {
                output(InterviewMessages.resumedFromPipe(shownPath, l) + "\n")
            }
            let questionnaire: Questionnaire
            if existing.questionnaire.sha256.flatMap(QuestionnaireCopy.normalizedHash) == requested.sha256 {
                questionnaire = requested
            } else {
                questionnaire = try find(existing, path: path, language: l)
            }
            try keepCopy(questionnaire, forAssessment: path, defaultLayout: options.out == nil)
            if let from = options.from, existing.basedOn.map({ FileIO.canonical(FileIO.resolve($0.file, fromFolder: FileIO.directory(of: path))) })
                ?? nil != FileIO.canonical(from) {
                output(InterviewMessages.fromIgnoredOnResume(shownPath, l) + "\n")
            }
            let earlier = InterviewStart.reopen(existing, at: path, library: library, language: l, output: output)
            return Plan(questionnaire: questionnaire, assessment: existing, lock: lock, resuming: true, earlier: earlier)
        }

        func resumePlan(_ path: String, language l0: Language, output: (String) -> Void) throws(Failure) -> Plan {
            let others: [(String, String?)] = [
                ("--questionnaire", options.questionnaire), ("--site", options.site), ("--site-id", options.siteID),
                ("--finess", options.finess), ("--group", options.group), ("--category", options.category), ("--respondent", options.respondent),
                ("--role", options.role), ("--interviewer", options.interviewer), ("--date", options.date), ("--out", options.out),
                ("--from", options.from),
                ("--association", options.headOffice ? "" : options.association),
            ]
            let given = others.filter { $0.1 != nil }.map(\.0)
            if !given.isEmpty {
                throw fail(InterviewMessages.resumeTakesNoOther(given, l0))
            }
            if path.isEmpty {
                throw fail(InterviewMessages.resumeIsEmpty(l0))
            }
            // A missing file is reported by `load` as before, with no lock file or folder made for it.
            if !FileIO.exists(path) { _ = try load(path, language: l0) }
            let lock = try self.lock(path, language: l0)
            let existing = try load(path, language: l0)
            let questionnaire = try find(existing, path: path, language: l0)
            let l = questionnaire.language
            guard existing.status == .inProgress else {
                throw fail(InterviewMessages.nothingToResume(path, l))
            }
            if !questionnaire.path.contains("/.questionnaires/") {
                try keepCopy(questionnaire, forAssessment: path, defaultLayout: false)
            }
            let earlier = InterviewStart.reopen(existing, at: path, library: library, language: l, output: output)
            return Plan(questionnaire: questionnaire, assessment: existing, lock: lock, resuming: true, earlier: earlier)
        }

        func load(_ path: String, language l: Language) throws(Failure) -> Assessment {
            let bytes: [UInt8]
            do {
                bytes = try FileIO.read(path)
            } catch {
                throw fail(InterviewMessages.cannotRead(path, error, l))
            }
            do {
                return try AssessmentCodec.decode(bytes, language: l)
            } catch {
                throw fail(InterviewMessages.leftUnchanged(path, error.message, l))
            }
        }

        func find(_ assessment: Assessment, path: String, language l: Language) throws(Failure) -> Questionnaire {
            let reference = assessment.questionnaire
            switch reference.sha256.map({ library.find(sha256: $0, near: path) }) {
            case .success(let questionnaire)?:
                return questionnaire
            case .failure(let missing)? where !missing.problems.isEmpty:
                let problem = AssessmentStore.copyProblem(reference, missing.problems[0], language: l)
                throw fail(InterviewMessages.leftUnchanged(path, problem, l))
            case .failure?, nil:
                throw fail(InterviewMessages.questionnaireOfFileNotFound(path, reference, l))
            }
        }

        func keepCopy(_ questionnaire: Questionnaire, forAssessment path: String, defaultLayout: Bool) throws(Failure) {
            do {
                try InterviewFiles.keepCopy(of: questionnaire, in: InterviewFiles.copyFolder(forAssessment: path, defaultLayout: defaultLayout))
            } catch {
                throw fail(error.message)
            }
        }
    }
}
