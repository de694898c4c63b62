import SobreCore

/// The guided interview of SPEC §7, independent of any terminal or disk.
///
/// It asks the relevant questions theme by theme, understands answers and commands, records
/// every change through `save` at once, and returns how the interview ended. Output goes to
/// `output` as whole lines (each string ends with a newline); input comes from a `LineReader`.
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
    private let style: InterviewStyle
    private let filePath: String
    private let interactive: Bool
    private var language: Language { questionnaire.language }

    private var card: Scorecard
    /// Questions passed with `>` (or an empty text) in this run; not asked again until the end.
    private var skipped: Set<String> = []
    /// After "go back over the missing required questions": only those are asked.
    private var requiredOnly = false
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
    public init(
        questionnaire: Questionnaire, assessment: Assessment, reader: LineReader, output: @escaping (String) -> Void,
        save: @escaping (Assessment) throws -> Void, clock: @escaping () -> String, style: InterviewStyle = .plain,
        filePath: String, interactive: Bool
    ) {
        self.questionnaire = questionnaire
        self.assessment = assessment
        self.reader = reader
        self.output = output
        self.save = save
        self.clock = clock
        self.style = style
        self.filePath = filePath
        self.interactive = interactive
        self.card = Scorecard(questionnaire: questionnaire, answers: assessment.answers)
    }

    // MARK: - Running

    /// Runs the interview to its end; `resuming` first shows where it stands.
    public func run(resuming: Bool = false) -> Outcome {
        if resuming { say(statusText()) }
        var current = firstOpen(after: nil)
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
                current = firstOpen(after: id)
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

    // MARK: - Questions in order

    /// Full ids of the relevant questions, in interview order.
    private var relevantIDs: [String] {
        card.questions.filter(\.relevant).map(\.question.fullID)
    }

    private func isGiven(_ id: String) -> Bool {
        assessment.answers[id]?.isGiven ?? false
    }

    private func isMissingRequired(_ id: String) -> Bool {
        card.missingRequired.contains(id)
    }

    /// The first relevant question after `id` (from the start when nil) still to be asked in this run.
    private func firstOpen(after id: String?) -> String? {
        let order = questionnaire.questions.map(\.fullID)
        let start = id.flatMap { order.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
        let relevant = Set(relevantIDs)
        for candidate in order[start...] where relevant.contains(candidate) && !skipped.contains(candidate) && !isGiven(candidate) {
            if requiredOnly, !isMissingRequired(candidate) { continue }
            return candidate
        }
        return nil
    }

    private func position(of id: String) -> (theme: Theme?, inTheme: Int, themeCount: Int, overall: Int, total: Int) {
        let relevant = card.questions.filter(\.relevant).map(\.question)
        let themeID = questionnaire.question(id)?.themeID
        let inTheme = relevant.filter { $0.themeID == themeID }
        return (themeID.flatMap(questionnaire.theme), (inTheme.firstIndex { $0.fullID == id } ?? -1) + 1, inTheme.count,
                (relevant.firstIndex { $0.fullID == id } ?? -1) + 1, relevant.count)
    }

    // MARK: - One question

    private func ask(_ id: String) -> Step {
        guard let question = questionnaire.question(id) else { return .next }
        show(question)
        let completions = completionWords(for: question)
        while true {
            let pos = position(of: id)
            let prompt = "\(pos.overall)/\(pos.total) > "
            let raw: String
            switch reader.readLine(prompt: prompt, completions: completions) {
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
            if input.isEmpty, isGiven(id) { return .next }   // Enter keeps the current answer
            switch AnswerParser.parse(input, for: question, language: language) {
            case .refused(let reason):
                say(reason)
                say(question.text)
            case .nothing:
                skipped.insert(id)
                return .next
            case .value(let value):
                var answer = assessment.answers[id] ?? Answer()
                answer.value = value
                answer.notApplicable = false
                answer.at = clock()
                assessment.answers[id] = answer
                if !commit() { return .leave(.saveFailed(saveFailure ?? "")) }
                return .next
            }
        }
    }

    /// Carries out a command; a step when it leaves the question, nil to ask again.
    private func perform(_ command: InterviewCommandWord, at question: Question) -> Step? {
        let l = language
        let id = question.fullID
        switch command {
        case .help:
            if let help = question.help, !help.isEmpty {
                say(l.pick(fr: "Aide : ", en: "Help: ") + help)
            } else {
                say(l.pick(fr: "Pas d’aide pour cette question.", en: "No help for this question."))
            }
            say(l.pick(
                fr: "Commandes : ? aide · < retour · > passer · na sans objet (si proposé) · note TEXTE · sommaire · aller N · relire · q quitter",
                en: "Commands: ? help · < back · > skip · na not applicable (when offered) · note TEXT · summary · goto N · review · q quit"))
            return nil
        case .back:
            let relevant = relevantIDs
            guard let k = relevant.firstIndex(of: id), k > 0 else {
                say(l.pick(fr: "C’est la première question : pas de question avant.", en: "This is the first question: there is none before."))
                return nil
            }
            return .move(relevant[k - 1])
        case .skip:
            if !isGiven(id) { skipped.insert(id) }
            return .next
        case .notApplicable:
            guard question.allowsNA else {
                say(l.pick(fr: "« Sans objet » n’est pas proposé pour cette question.", en: "'Not applicable' is not offered for this question."))
                return nil
            }
            var answer = assessment.answers[id] ?? Answer()
            answer.value = nil
            answer.notApplicable = true
            answer.at = clock()
            assessment.answers[id] = answer
            if !commit() { return .leave(.saveFailed(saveFailure ?? "")) }
            return .next
        case .note(let text):
            if text.isEmpty {
                if let note = assessment.answers[id]?.note {
                    say(l.pick(fr: "Note : ", en: "Note: ") + stored(note))
                } else {
                    say(l.pick(fr: "Pas de note. Tapez note suivi du texte pour en ajouter une.",
                               en: "No note. Type note followed by the text to add one."))
                }
                return nil
            }
            var answer = assessment.answers[id] ?? Answer()
            answer.note = text
            assessment.answers[id] = answer
            if !commit() { return .leave(.saveFailed(saveFailure ?? "")) }
            say(l.pick(fr: "Note enregistrée.", en: "Note saved."))
            return nil
        case .summary:
            say(progressText(current: id))
            return nil
        case .goto(let text):
            let relevant = relevantIDs
            guard let n = Int(text), n >= 1, n <= relevant.count else {
                say(l.pick(fr: "Tapez aller suivi d’un numéro de question de 1 à \(relevant.count).",
                           en: "Type goto followed by a question number from 1 to \(relevant.count)."))
                return nil
            }
            return .move(relevant[n - 1])
        case .review:
            say(reviewText())
            return nil
        case .quit:
            return .leave(.quit)
        }
    }

    /// Records the change: `updated_at`, then the file; recomputes relevance.
    private func commit() -> Bool {
        assessment.updatedAt = clock()
        card = Scorecard(questionnaire: questionnaire, answers: assessment.answers)
        do {
            try save(assessment)
            return true
        } catch {
            saveFailure = stored("\(error)")
            return false
        }
    }

    // MARK: - The end

    private func finish() -> Ending {
        let l = language
        let missing = card.missingRequired
        if missing.isEmpty {
            assessment.status = .complete
            if !commit() { return .leave(.saveFailed(saveFailure ?? "")) }
            say("")
            sayStyled(style.bold(l.pick(fr: "Entretien terminé.", en: "Interview finished.")))
            sayStyled(InterviewSummary.text(assessment, questionnaire: questionnaire, style: style), newline: false)
            say(l.pick(fr: "Évaluation enregistrée : \(stored(filePath))", en: "Assessment saved: \(stored(filePath))"))
            return .leave(.complete)
        }
        say("")
        let count = missing.count
        say(l.pick(
            fr: count == 1 ? "1 question obligatoire est restée sans réponse :" : "\(count) questions obligatoires sont restées sans réponse :",
            en: count == 1 ? "1 required question has no answer:" : "\(count) required questions have no answer:"))
        let relevant = relevantIDs
        for id in missing {
            let number = (relevant.firstIndex(of: id) ?? -1) + 1
            say("  \(number). \(questionnaire.question(id)?.text ?? id)")
        }
        while true {
            let prompt = l.pick(fr: "Y revenir maintenant ? (oui/non) > ", en: "Go back to them now? (yes/no) > ")
            switch reader.readLine(prompt: prompt, completions: l == .fr ? ["oui", "non"] : ["yes", "no"]) {
            case .interrupted: return .leave(.interrupted)
            case .endOfInput: return .leave(.endOfInput)
            case .refused(let problem):
                say(problem.reason(l))
            case .line(let line):
                let word = line.trimmingSpaces.lowercased()
                switch word {
                case "oui", "o", "yes", "y":
                    skipped.removeAll()
                    requiredOnly = true
                    if let first = firstOpen(after: nil) { return .ask(first) }
                    return finish()
                case "non", "n", "no":
                    return .leave(.incomplete)
                case "q", "quitter", "quit":
                    return .leave(.quit)
                case "<", "retour", "back":
                    if let last = relevant.last { return .ask(last) }
                default:
                    say(l.pick(fr: "Répondez oui ou non.", en: "Answer yes or no."))
                }
            }
        }
    }

    /// Saves once more, then says where the file is and how to resume it.
    private func leave(_ outcome: Outcome) -> Outcome {
        let l = language
        switch outcome {
        case .complete:
            return outcome
        case .saveFailed(let reason):
            // The file on disk is the one last saved: replaced atomically, never half-written.
            say(l.pick(fr: "Erreur : impossible d’enregistrer l’évaluation (\(reason)). L’entretien s’arrête ; la dernière réponse n’est pas enregistrée, les précédentes restent dans \(stored(filePath)).",
                       en: "Error: cannot save the assessment (\(reason)). The interview stops; the last answer is not saved, the earlier ones stay in \(stored(filePath))."))
            say(l.pick(fr: "Pour le reprendre une fois le problème réglé : ", en: "To resume it once the problem is solved: ")
                + "sobre interview --resume \(stored(ShellQuote.quote(filePath)))")
            return outcome
        case .incomplete:
            sayStyled(InterviewSummary.text(assessment, questionnaire: questionnaire, style: style), newline: false)
        case .endOfInput where !interactive:
            say(l.pick(fr: "Fin des réponses : l’entretien n’est pas terminé.", en: "End of input: the interview is not finished."))
        default:
            break
        }
        if !commit() {
            say(l.pick(fr: "Erreur : impossible d’enregistrer l’évaluation (\(saveFailure ?? "")).",
                       en: "Error: cannot save the assessment (\(saveFailure ?? ""))."))
            return .saveFailed(saveFailure ?? "")
        }
        let given = assessment.answers.filter { $0.answer.isGiven }.count
        say(l.pick(fr: "Entretien enregistré (en cours, \(given) réponse\(given > 1 ? "s" : "")) : \(stored(filePath))",
                   en: "Interview saved (in progress, \(given) answer\(given == 1 ? "" : "s")): \(stored(filePath))"))
        say(l.pick(fr: "Pour le reprendre : ", en: "To resume it: ") + "sobre interview --resume \(stored(ShellQuote.quote(filePath)))")
        return outcome
    }

    // MARK: - Screen

    /// Shows `text`: whatever it quotes from the questionnaire or the file, no character in it
    /// can drive the terminal (line breaks of multi-line help are kept; stored values are
    /// neutralised where they are quoted, line breaks included).
    private func say(_ text: String, newline: Bool = true) {
        sayStyled(TerminalText.neutralised(text, keepingNewlines: true), newline: newline)
    }

    /// Shows text that is already neutralised and may hold this program's own escape codes.
    private func sayStyled(_ text: String, newline: Bool = true) {
        output(newline ? text + "\n" : text)
    }

    /// A value read from the assessment file, shown on one line and inert.
    private func stored(_ text: String) -> String {
        TerminalText.neutralised(text)
    }

    private func show(_ question: Question) {
        let l = language
        let pos = position(of: question.fullID)
        if lastThemeShown != question.themeID, let theme = pos.theme {
            say("")
            sayStyled(style.bold(TerminalText.neutralised(theme.title)))
            if let description = theme.description, !description.isEmpty { say(description) }
            lastThemeShown = question.themeID
        }
        say("")
        say("\(pos.theme?.title ?? question.themeID) · \(pos.inTheme)/\(pos.themeCount) · \(pos.overall)/\(pos.total)")
        say(question.text)
        switch question.kind {
        case .single(let options), .multiple(let options):
            for (k, option) in options.enumerated() {
                say("  \(k + 1). \(option.label)")
            }
        default:
            break
        }
        say(hint(for: question))
        if let answer = assessment.answers[question.fullID] {
            if answer.isGiven {
                say(l.pick(fr: "Réponse actuelle : ", en: "Current answer: ") + Display.answer(answer, for: question, l)
                    + l.pick(fr: " (Entrée pour la garder)", en: " (Enter keeps it)"))
            }
            if let note = answer.note { say(l.pick(fr: "Note : ", en: "Note: ") + stored(note)) }
        }
        say(l.pick(
            fr: "? aide · < retour · > passer · \(question.allowsNA ? "na · " : "")note … · sommaire · relire · q quitter",
            en: "? help · < back · > skip · \(question.allowsNA ? "na · " : "")note … · summary · review · q quit"))
    }

    /// How to answer, by type.
    func hint(for question: Question) -> String {
        let l = language
        switch question.kind {
        case .single:
            return l.pick(fr: "Une réponse : son numéro ou son identifiant.", en: "One answer: its number or its id.")
        case .multiple(let options):
            var text = l.pick(fr: "Une ou plusieurs réponses (numéros ou identifiants), séparées par des virgules ou des espaces.",
                              en: "One or more answers (numbers or ids), separated by commas or spaces.")
            for option in options where option.exclusive {
                text += l.pick(fr: " « \(option.label) » se choisit seul.", en: " '\(option.label)' is picked alone.")
            }
            return text
        case .boolean:
            return l.pick(fr: "Répondez oui ou non.", en: "Answer yes or no.")
        case .scale(let min, let max, let labels):
            var text = l.pick(fr: "Une note entière de \(min) à \(max)", en: "A whole number from \(min) to \(max)")
            let named = labels.keys.sorted().compactMap { k in labels[k].map { "\(k) = \($0)" } }
            if !named.isEmpty { text += " : " + named.joined(separator: " · ") }
            return text + "."
        case .number(let rules):
            var text = rules.integer ? l.pick(fr: "Un nombre entier", en: "A whole number") : l.pick(fr: "Un nombre", en: "A number")
            if let unit = rules.unit, !unit.isEmpty { text += l.pick(fr: " (en \(unit))", en: " (in \(unit))") }
            switch (rules.min, rules.max) {
            case let (min?, max?):
                text += l.pick(fr: ", de \(Display.number(min, l)) à \(Display.number(max, l))",
                               en: ", from \(Display.number(min, l)) to \(Display.number(max, l))")
            case let (min?, nil):
                text += l.pick(fr: ", au moins \(Display.number(min, l))", en: ", at least \(Display.number(min, l))")
            case let (nil, max?):
                text += l.pick(fr: ", au plus \(Display.number(max, l))", en: ", at most \(Display.number(max, l))")
            case (nil, nil):
                break
            }
            return text + "."
        case .text:
            return l.pick(fr: "Texte libre (Entrée seule : rien n’est enregistré).", en: "Free text (Enter alone: nothing is recorded).")
        }
    }

    private func completionWords(for question: Question) -> [String] {
        var words = question.options.map(\.id)
        if case .boolean = question.kind { words += language == .fr ? ["oui", "non"] : ["yes", "no"] }
        return words + InterviewCommandWord.words(language)
    }

    /// Answered, skipped, remaining: where a resumed interview stands.
    func statusText() -> String {
        let l = language
        let relevant = relevantIDs
        let lastGiven = relevant.lastIndex(where: isGiven) ?? -1
        var answered = 0, skippedCount = 0, remaining = 0
        for (k, id) in relevant.enumerated() {
            if isGiven(id) { answered += 1 } else if k < lastGiven { skippedCount += 1 } else { remaining += 1 }
        }
        let site = stored(assessment.site.name ?? assessment.site.id), date = stored(assessment.date)
        return l.pick(
            fr: "Reprise de l’entretien — \(site), \(date)\nRépondues : \(answered) · passées : \(skippedCount) · restantes : \(remaining) (sur \(relevant.count) questions)",
            en: "Resuming the interview — \(site), \(date)\nAnswered: \(answered) · skipped: \(skippedCount) · remaining: \(remaining) (of \(relevant.count) questions)")
    }

    /// Progress per theme.
    func progressText(current: String?) -> String {
        let l = language
        var lines = [l.pick(fr: "Avancement :", en: "Progress:")]
        var total = 0, done = 0
        for theme in questionnaire.themes {
            let ids = card.questions.filter { $0.relevant && $0.question.themeID == theme.id }.map(\.question.fullID)
            let given = ids.filter(isGiven).count
            total += ids.count
            done += given
            lines.append("  \(theme.title) : \(given)/\(ids.count)")
        }
        lines.append(l.pick(fr: "  Total : \(done)/\(total) réponses", en: "  Total: \(done)/\(total) answers"))
        if let current {
            let n = position(of: current).overall
            lines.append(l.pick(fr: "  Question en cours : \(n)", en: "  Current question: \(n)"))
        }
        return lines.joined(separator: "\n")
    }

    /// Every answer given so far to a relevant question, numbered as `aller N` expects.
    func reviewText() -> String {
        let l = language
        var lines: [String] = []
        for (k, id) in relevantIDs.enumerated() {
            guard let answer = assessment.answers[id], answer.isGiven || answer.note != nil,
                  let question = questionnaire.question(id) else { continue }
            let shown = answer.isGiven ? Display.answer(answer, for: question, l) : l.pick(fr: "pas de réponse", en: "no answer")
            lines.append("  \(k + 1). \(question.text) → \(shown)")
            if let note = answer.note { lines.append("      " + l.pick(fr: "note : ", en: "note: ") + stored(note)) }
        }
        if lines.isEmpty { return l.pick(fr: "Aucune réponse pour l’instant.", en: "No answer yet.") }
        return ([l.pick(fr: "Réponses données :", en: "Answers given:")] + lines).joined(separator: "\n")
    }
}

/// Quotes a path for the shell when it needs it, so the printed command can be pasted.
enum ShellQuote {
    static func quote(_ text: String) -> String {
        let safe = text.unicodeScalars.allSatisfy { s in
            (s.value >= 0x30 && s.value <= 0x39) || (s.value >= 0x41 && s.value <= 0x5A) || (s.value >= 0x61 && s.value <= 0x7A)
                || "/._-+:@%,".unicodeScalars.contains(s) || s.value > 0x7F
        }
        if safe, !text.isEmpty { return text }
        return "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }
}
