import SobreCore

/// What the interview shows, as lines ready for the terminal (no newline at their end).
///
/// Whatever a line quotes from the questionnaire or the file, no character in it can drive the
/// terminal: questionnaire text keeps the line breaks of multi-line help, values read from the
/// assessment file are shown on one line, and only this program's own styles are escape codes.
struct InterviewScreen {
    let questionnaire: Questionnaire
    let style: InterviewStyle
    /// The earlier assessment a re-assessment proposes answers from.
    var earlier: EarlierAnswers? = nil
    var language: Language { questionnaire.language }

    /// Text to show as it is, line breaks kept, any control character made inert.
    func plain(_ text: String) -> String {
        TerminalText.neutralised(text, keepingNewlines: true)
    }

    /// A value read from the assessment file, shown on one line and inert.
    func stored(_ text: String) -> String {
        TerminalText.neutralised(text)
    }

    // MARK: - The opening

    /// A new interview's first screen: the questionnaire's title and version, then its
    /// description (what the interview is, what to prepare), when it has one.
    func opening() -> [String] {
        let title = InterviewMessages.questionnaireTitle(
            TerminalText.neutralised(questionnaire.title), version: TerminalText.neutralised(questionnaire.version), language)
        var lines = [style.bold(title)]
        if let description = questionnaire.description, !description.isEmpty { lines.append(plain(description)) }
        return lines
    }

    /// For a re-assessment, the earlier answers no question of this questionnaire can take; none otherwise.
    func removedQuestions() -> [String] {
        guard let earlier else { return [] }
        let ids = earlier.removedQuestions(now: questionnaire)
        return ids.isEmpty ? [] : [plain(InterviewMessages.removedQuestions(date: stored(earlier.date), ids.map(stored), language))]
    }

    // MARK: - A question

    /// A theme's title and description, shown when the interview enters it.
    func themeBanner(_ theme: Theme) -> [String] {
        var lines = ["", style.bold(TerminalText.neutralised(theme.title))]
        if let description = theme.description, !description.isEmpty { lines.append(plain(description)) }
        return lines
    }

    /// Where the question sits, its text, its options, how to answer, its current answer and note, the commands.
    func question(_ question: Question, at pos: InterviewNavigator.Position, answer: Answer?) -> [String] {
        let l = language
        var lines = ["", plain("\(pos.theme?.title ?? question.themeID) · \(pos.inTheme)/\(pos.themeCount) · \(pos.overall)/\(pos.total)"),
                     plain(question.text)]
        switch question.kind {
        case .single(let options), .multiple(let options):
            for (k, option) in options.enumerated() { lines.append(plain("  \(k + 1). \(option.label)")) }
        default:
            break
        }
        lines.append(plain(hint(for: question)))
        if answer?.isGiven != true, let earlier { lines += proposal(earlier.proposal(for: question), date: earlier.date, question) }
        if let answer {
            if answer.isGiven {
                let mark = answer.inherited ? InterviewMessages.headOfficeAnswerMark(l) : ""
                lines.append(plain(InterviewMessages.currentAnswer(Display.answer(answer, for: question, l) + mark, l)))
            }
            if let note = answer.note { lines.append(plain(InterviewMessages.notePrefix(l) + stored(note))) }
        }
        lines.append(plain(InterviewMessages.commandsInShort(allowsNA: question.allowsNA, l)))
        return lines
    }

    /// The earlier answer Enter keeps (and its note, shown only), or why there is none.
    func proposal(_ proposal: EarlierAnswers.Proposal, date: String, _ question: Question) -> [String] {
        let l = language
        let day = stored(date)
        switch proposal {
        case .usable(let answer):
            var lines = [plain(InterviewMessages.earlierAnswer(date: day, Display.answer(answer, for: question, l), l))]
            if let note = answer.note { lines.append(plain(InterviewMessages.earlierNote(date: day, stored(note), l))) }
            return lines
        case .unusable(let why):
            return [plain(InterviewMessages.notProposed(why, date: day, l))]
        }
    }

    /// The head office's interview says what it is; a site that inherited the head office's
    /// answers, how many, from which date, how to change one.
    func inheritance(_ assessment: Assessment) -> [String] {
        if assessment.kind == .association {
            let count = questionnaire.questions.filter { $0.scope == .association }.count
            return [plain(InterviewMessages.headOfficeInterview(count, language))]
        }
        guard let reference = assessment.association else { return [] }
        let count = assessment.answers.filter { $0.answer.inherited }.count
        return [plain(InterviewMessages.inheritedAnswers(count, date: stored(reference.date), language))]
    }

    /// The prompt of a question: its number among the relevant ones.
    func prompt(at pos: InterviewNavigator.Position) -> String {
        "\(pos.overall)/\(pos.total) > "
    }

    /// How to answer, by type.
    func hint(for question: Question) -> String {
        let l = language
        switch question.kind {
        case .single:
            return InterviewMessages.hintSingle(l)
        case .multiple(let options):
            var text = InterviewMessages.hintMultiple(l)
            for option in options where option.exclusive { text += InterviewMessages.pickedAlone(option.label, l) }
            return text
        case .boolean:
            return InterviewMessages.answerYesOrNo(l)
        case .scale(let min, let max, let labels):
            var text = InterviewMessages.hintScale(min: min, max: max, l)
            let named = labels.keys.sorted().compactMap { k in labels[k].map { "\(k) = \($0)" } }
            if !named.isEmpty { text += " : " + named.joined(separator: " · ") }
            return text + "."
        case .number(let rules):
            var text = InterviewMessages.hintNumber(integer: rules.integer, l)
            if let unit = rules.unit, !unit.isEmpty { text += InterviewMessages.inUnit(unit, l) }
            switch (rules.min, rules.max) {
            case let (min?, max?): text += InterviewMessages.fromTo(Display.number(min, l), Display.number(max, l), l)
            case let (min?, nil): text += InterviewMessages.atLeast(Display.number(min, l), l)
            case let (nil, max?): text += InterviewMessages.atMost(Display.number(max, l), l)
            case (nil, nil): break
            }
            return text + "."
        case .text:
            return InterviewMessages.hintText(l)
        }
    }

    /// `?`: the question's help, then every command.
    func help(_ question: Question) -> [String] {
        let l = language
        let help = question.help.flatMap { $0.isEmpty ? nil : InterviewMessages.helpPrefix(l) + $0 } ?? InterviewMessages.noHelp(l)
        return [plain(help), plain(InterviewMessages.commandsInFull(l))]
    }

    /// `note` alone: the question's note, or how to add one.
    func note(_ note: String?) -> [String] {
        let l = language
        return [plain(note.map { InterviewMessages.notePrefix(l) + stored($0) } ?? InterviewMessages.noNote(l))]
    }

    // MARK: - Where it stands

    /// Answered, skipped, remaining: where a resumed interview stands.
    func status(_ assessment: Assessment, _ nav: InterviewNavigator) -> String {
        let relevant = nav.relevantIDs
        let lastGiven = relevant.lastIndex(where: nav.isGiven) ?? -1
        var answered = 0, skipped = 0, remaining = 0
        for (k, id) in relevant.enumerated() {
            if nav.isGiven(id) { answered += 1 } else if k < lastGiven { skipped += 1 } else { remaining += 1 }
        }
        return InterviewMessages.resuming(
            site: stored(assessment.site.name ?? assessment.site.id), date: stored(assessment.date), answered: answered,
            skipped: skipped, remaining: remaining, total: relevant.count, language)
    }

    /// `sommaire`: progress per theme.
    func progress(_ nav: InterviewNavigator, current: String?) -> String {
        let l = language
        var lines = [InterviewMessages.progressTitle(l)]
        var total = 0, done = 0
        for theme in questionnaire.themes {
            let ids = nav.relevantIDs(inTheme: theme.id)
            let given = ids.filter(nav.isGiven).count
            total += ids.count
            done += given
            lines.append("  \(theme.title) : \(given)/\(ids.count)")
        }
        lines.append(InterviewMessages.progressTotal(done: done, total: total, l))
        if let earlier {
            let tally = earlier.tally(nav.answers, among: nav.relevantIDs)
            lines.append(InterviewMessages.earlierTally(date: stored(earlier.date), confirmed: tally.confirmed, changed: tally.changed, l))
        }
        if let current { lines.append(InterviewMessages.currentQuestion(nav.position(of: current).overall, l)) }
        return lines.joined(separator: "\n")
    }

    /// `relire`: every answer given so far to a relevant question, numbered as `aller N` expects.
    func review(_ assessment: Assessment, _ nav: InterviewNavigator) -> String {
        let l = language
        var lines: [String] = []
        for (k, id) in nav.relevantIDs.enumerated() {
            guard let answer = assessment.answers[id], answer.isGiven || answer.note != nil,
                  let question = questionnaire.question(id) else { continue }
            let shown = answer.isGiven ? Display.answer(answer, for: question, l) : InterviewMessages.noAnswer(l)
            let mark = answer.isGiven && answer.inherited ? InterviewMessages.headOfficeAnswerMark(l) : ""
            lines.append("  \(k + 1). \(question.text) → \(shown)\(mark)")
            if let earlier, let before = earlier.assessment.answers[id], before.isGiven {
                // The earlier answer in the earlier questionnaire's words: its options may have changed since.
                let asked = earlier.questionnaire.question(id) ?? question
                let changed = answer.isGiven && !EarlierAnswers.same(answer, before)
                lines.append(InterviewMessages.reviewEarlier(date: stored(earlier.date), Display.answer(before, for: asked, l), changed: changed, l))
            }
            if let note = answer.note { lines.append("      " + InterviewMessages.reviewNotePrefix(l) + stored(note)) }
        }
        if lines.isEmpty { return InterviewMessages.noAnswerYet(l) }
        return ([InterviewMessages.answersGiven(l)] + lines).joined(separator: "\n")
    }

    // MARK: - The end

    /// Every required question answered: the title above the summary.
    func finishedTitle() -> [String] {
        ["", style.bold(InterviewMessages.finished(language))]
    }

    /// The summary of levels, as `InterviewSummary` writes it (its lines end with a newline).
    func summaryText(_ assessment: Assessment) -> String {
        InterviewSummary.text(
            assessment, questionnaire: questionnaire, style: style, previous: earlier.map { ($0.questionnaire, $0.assessment) })
    }

    /// Below the summary: where the complete file is.
    func saved(path: String) -> [String] {
        [plain(InterviewMessages.saved(stored(path), language))]
    }

    /// The required questions still without an answer, numbered as `aller N` expects.
    func missingRequired(_ nav: InterviewNavigator) -> [String] {
        let missing = nav.missingRequired
        return ["", plain(InterviewMessages.missingRequired(missing.count, language))]
            + missing.map { id in plain("  \(nav.number(of: id)). \(questionnaire.question(id)?.text ?? id)") }
    }

    /// The interview stopped because the file could not be written.
    func saveFailedStops(_ reason: String, path: String) -> [String] {
        let l = language
        return [plain(InterviewMessages.saveFailedStops(reason, path: stored(path), l)),
                plain(InterviewMessages.resumeOnceSolved(l) + resumeCommand(path))]
    }

    /// Saved, in progress: where the file is and how to resume it.
    func savedInProgress(given: Int, path: String) -> [String] {
        let l = language
        return [plain(InterviewMessages.savedInProgress(given: given, path: stored(path), l)),
                plain(InterviewMessages.toResume(l) + resumeCommand(path))]
    }

    private func resumeCommand(_ path: String) -> String {
        "sobre interview --resume \(stored(ShellQuote.quote(path)))"
    }
}
