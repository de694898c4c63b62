import SobreCore

/// The guided interview of SPEC §7, independent of any terminal or disk.
///
/// It asks the relevant questions theme by theme, understands answers and commands, records
/// every change through `save` at once, and returns how the interview ended. Output goes to
/// `output` as whole lines (each string ends with a newline); input comes from a `LineReader`.
///
/// This is the loop only: `InterviewNavigator` says which question comes next, `InterviewScreen`
/// what is shown, `InterviewMessages` every sentence.
public final class InterviewSession {
    /// How the interview ended.
    public enum Outcome: Sendable, Equatable {
        /// Every required relevant question answered: the file says `complete`.
        case complete
        /// At the end, the interviewer chose not to go back over the missing required questions.
        case incomplete
        /// `q` / `quitter`.
        case quit
        /// Ctrl-D, or the end of piped input.
        case endOfInput
        /// Ctrl-C.
        case interrupted
        /// The file could not be written; the interview stopped.
        case saveFailed(String)
    }

    /// The assessment as last saved (or about to be).
    public private(set) var assessment: Assessment
    public let questionnaire: Questionnaire

    private let reader: LineReader
    private let output: (String) -> Void
    private let save: (Assessment) throws -> Void
    private let clock: () -> String
    private let screen: InterviewScreen
    private let filePath: String
    private let interactive: Bool
    private let earlier: EarlierAnswers?
    private var language: Language { questionnaire.language }

    private var navigator: InterviewNavigator
    private var lastThemeShown: String?
    private var saveFailure: String?

    /// A session over `assessment`, taken with `questionnaire`.
    ///
    /// - Parameters:
    ///   - reader: where answers come from.
    ///   - output: receives the text to show, in whole lines.
    ///   - save: writes the assessment; called after every change. A throw stops the interview.
    ///   - clock: the current time as `2026-11-29T09:12:00Z`.
    ///   - filePath: the assessment's path, shown when leaving with the command that resumes it.
    ///   - interactive: false when answers come from a pipe (changes a few words only).
    ///   - earlier: for a re-assessment, the earlier answers Enter confirms (SPEC §10).
    public init(
        questionnaire: Questionnaire, assessment: Assessment, reader: LineReader, output: @escaping (String) -> Void,
        save: @escaping (Assessment) throws -> Void, clock: @escaping () -> String, style: InterviewStyle = .plain,
        filePath: String, interactive: Bool, earlier: EarlierAnswers? = nil
    ) {
        self.questionnaire = questionnaire
        self.assessment = assessment
        self.reader = reader
        self.output = output
        self.save = save
        self.clock = clock
        self.screen = InterviewScreen(questionnaire: questionnaire, style: style, earlier: earlier)
        self.earlier = earlier
        self.filePath = filePath
        self.interactive = interactive
        self.navigator = InterviewNavigator(
            questionnaire: questionnaire, answers: assessment.answers, only: assessment.kind == .association ? .association : nil)
        // A site that inherited the head office's answers is not asked its questions again;
        // `aller N` still reaches each, and a missing required one is offered at the end.
        if assessment.association != nil {
            for question in questionnaire.questions where question.scope == .association { navigator.skip(question.fullID) }
        }
    }

    // MARK: - Running

    /// Runs the interview to its end: a new one first shows the questionnaire's title, version
    /// and description (what to prepare), a resumed one where it stands.
    public func run(resuming: Bool = false) -> Outcome {
        show(resuming ? [screen.plain(screen.status(assessment, navigator))] : screen.opening())
        show(screen.removedQuestions())
        show(screen.inheritance(assessment))
        var current = navigator.firstOpen(after: nil)
        while true {
            guard let id = current else {
                switch finish() {
                case .ask(let id):
                    current = id
                    continue
                case .leave(let outcome):
                    return leave(outcome)
                }
            }
            switch ask(id) {
            case .next:
                current = navigator.firstOpen(after: id)
            case .move(let id):
                current = id
            case .leave(let outcome):
                return leave(outcome)
            }
        }
    }

    private enum Step {
        case next
        case move(String)
        case leave(Outcome)
    }

    private enum Ending {
        case ask(String)
        case leave(Outcome)
    }

    // MARK: - One question

    private func ask(_ id: String) -> Step {
        guard let question = questionnaire.question(id) else { return .next }
        if lastThemeShown != question.themeID, let theme = navigator.position(of: id).theme {
            show(screen.themeBanner(theme))
            lastThemeShown = question.themeID
        }
        show(screen.question(question, at: navigator.position(of: id), answer: assessment.answers[id]))
        // Proposed only while the question has no answer of this interview; copied only when confirmed.
        let proposed = navigator.isGiven(id) ? nil : earlier?.usable(for: question)
        let completions = completionWords(for: question)
        while true {
            let raw: String
            switch reader.readLine(prompt: screen.prompt(at: navigator.position(of: id)), completions: completions) {
            case .interrupted: return .leave(.interrupted)
            case .endOfInput: return .leave(.endOfInput)
            case .refused(let problem):
                say(problem.reason(language))
                continue
            case .line(let line): raw = line
            }
            let input = raw.trimmingSpaces
            if let command = InterviewCommandWord.parse(input) {
                if let step = perform(command, at: question) { return step }
                continue
            }
            if input.isEmpty, navigator.isGiven(id) { return .next }   // Enter keeps the current answer
            if input.isEmpty, let proposed, let earlier {   // Enter confirms the earlier answer, as a new one
                if !interactive { say(InterviewMessages.earlierKept(date: screen.stored(earlier.date), language)) }
                return record(id) { answer in
                    answer.value = proposed.value
                    answer.notApplicable = proposed.notApplicable
                }
            }
            switch AnswerParser.parse(input, for: question, language: language) {
            case .refused(let reason):
                say(reason)
                say(question.text)
            case .nothing:
                navigator.skip(id)
                return .next
            case .value(let value):
                return record(id) { answer in
                    answer.value = value
                    answer.notApplicable = false
                }
            }
        }
    }

    /// Changes the answer to `id`, stamped now, and saves it.
    private func record(_ id: String, _ change: (inout Answer) -> Void) -> Step {
        var answer = assessment.answers[id] ?? Answer()
        change(&answer)
        answer.inherited = false   // the site's own answer now, no longer the head office's
        answer.at = clock()
        assessment.answers[id] = answer
        if !commit() { return .leave(.saveFailed(saveFailure ?? "")) }
        return .next
    }

    /// Carries out a command; a step when it leaves the question, nil to ask again.
    private func perform(_ command: InterviewCommandWord, at question: Question) -> Step? {
        let l = language
        let id = question.fullID
        switch command {
        case .help:
            show(screen.help(question))
            return nil
        case .back:
            guard let previous = navigator.previous(id) else {
                say(InterviewMessages.noQuestionBefore(l))
                return nil
            }
            return .move(previous)
        case .skip:
            if !navigator.isGiven(id) { navigator.skip(id) }
            return .next
        case .notApplicable:
            guard question.allowsNA else {
                say(InterviewMessages.notApplicableNotOffered(l))
                return nil
            }
            return record(id) { answer in
                answer.value = nil
                answer.notApplicable = true
            }
        case .note(let text):
            if text.isEmpty {
                show(screen.note(assessment.answers[id]?.note))
                return nil
            }
            var answer = assessment.answers[id] ?? Answer()
            answer.note = text
            assessment.answers[id] = answer
            if !commit() { return .leave(.saveFailed(saveFailure ?? "")) }
            say(InterviewMessages.noteSaved(l))
            return nil
        case .summary:
            say(screen.progress(navigator, current: id))
            return nil
        case .goto(let text):
            guard let n = Int(text), let target = navigator.question(number: n) else {
                say(InterviewMessages.gotoRange(navigator.relevantIDs.count, l))
                return nil
            }
            return .move(target)
        case .review:
            say(screen.review(assessment, navigator))
            return nil
        case .quit:
            return .leave(.quit)
        }
    }

    /// Records the change: `updated_at`, then the file; recomputes relevance.
    private func commit() -> Bool {
        assessment.updatedAt = clock()
        navigator.update(assessment.answers)
        do {
            try save(assessment)
            return true
        } catch {
            saveFailure = screen.stored("\(error)")
            return false
        }
    }

    // MARK: - The end

    private func finish() -> Ending {
        let l = language
        if navigator.missingRequired.isEmpty {
            assessment.status = .complete
            if !commit() { return .leave(.saveFailed(saveFailure ?? "")) }
            show(screen.finishedTitle())
            output(screen.summaryText(assessment))
            // Objectives are a site's (SPEC §9); the head office is no site (§12).
            if interactive, assessment.kind != .association, let failure = offerTargets() { return .leave(.saveFailed(failure)) }
            show(screen.saved(path: filePath))
            return .leave(.complete)
        }
        show(screen.missingRequired(navigator))
        let reply = YesNo.ask(InterviewMessages.goBackPrompt(l), reader: reader, language: l, say: say) { word -> Ending? in
            switch word {
            case "q", "quitter", "quit": return .leave(.quit)
            case "<", "retour", "back": return navigator.relevantIDs.last.map { .ask($0) }
            default: return nil
            }
        }
        switch reply {
        case .interrupted: return .leave(.interrupted)
        case .endOfInput: return .leave(.endOfInput)
        case .yes:
            navigator.goBackOverMissingRequired()
            if let first = navigator.firstOpen(after: nil) { return .ask(first) }
            return finish()
        case .no: return .leave(.incomplete)
        case .other(let ending): return ending
        }
    }

    /// On a terminal, after the summary: "Fixer des objectifs ?" and the exchange; what is typed is saved.
    /// Nil when nothing needed saving or it was saved; the reason when the save failed.
    private func offerTargets() -> String? {
        // The interview's day is checked when it starts; the clock's year would do otherwise.
        let year = IsoDate.year(of: assessment.date) ?? IsoDate.year(ofSeconds: IsoDate.nowSeconds())
        guard let targets = TargetsExchange.run(questionnaire, year: year, current: assessment.targets, reader: reader, say: say)
        else { return nil }
        assessment.targets = targets.isEmpty ? assessment.targets : targets
        say(InterviewMessages.targetsSaved(targets.themes.count + (targets.overall == nil ? 0 : 1), by: targets.by, language))
        if !targets.isEmpty, !commit() { return saveFailure ?? "" }
        return nil
    }

    /// Saves once more, then says where the file is and how to resume it.
    private func leave(_ outcome: Outcome) -> Outcome {
        let l = language
        switch outcome {
        case .complete:
            return outcome
        case .saveFailed(let reason):
            // The file on disk is the one last saved: replaced atomically, never half-written.
            show(screen.saveFailedStops(reason, path: filePath))
            return outcome
        case .incomplete:
            output(screen.summaryText(assessment))
        case .endOfInput where !interactive:
            say(InterviewMessages.endOfInput(l))
        default:
            break
        }
        if !commit() {
            say(InterviewMessages.saveFailed(saveFailure ?? "", l))
            return .saveFailed(saveFailure ?? "")
        }
        show(screen.savedInProgress(given: assessment.answers.filter { $0.answer.isGiven }.count, path: filePath))
        return outcome
    }

    // MARK: - Output

    /// Shows our own text, or text quoted from the questionnaire or the file: made inert.
    private func say(_ text: String) {
        output(screen.plain(text) + "\n")
    }

    /// Shows lines the screen made ready.
    private func show(_ lines: [String]) {
        for line in lines { output(line + "\n") }
    }

    private func show(_ line: String) {
        output(line + "\n")
    }

    private func completionWords(for question: Question) -> [String] {
        var words = question.options.map(\.id)
        if case .boolean = question.kind { words += YesNo.words(language) }
        return words + InterviewCommandWord.words(language)
    }
}
