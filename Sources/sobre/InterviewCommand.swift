#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import SobreCore
import SobreInterview

struct InterviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interview",
        abstract: "Mène l’entretien guidé (run the guided interview).",
        discussion: """
            Pose les questions thème par thème et enregistre l’évaluation après chaque réponse \
            (par défaut dans assessments/<site>/<date>.json). Sur un terminal, Tab complète les \
            réponses et les commandes ; ? affiche l’aide, q enregistre et quitte. Sans terminal, \
            les réponses sont lues une par ligne. Codes de sortie : 0 terminé ou quitté, 1 erreur, \
            3 fin des réponses avant la fin de l’entretien, 130 Ctrl-C.
            """
    )

    @Option(name: .long, help: ArgumentHelp("Questionnaire : chemin d’un fichier YAML ou identifiant d’un questionnaire fourni.", valueName: "PATH_OR_ID"),
            completion: .custom { _, _, typed in QuestionnaireCompletion.candidates(typed) })
    var questionnaire: String?

    @Option(name: .long, help: ArgumentHelp("Nom de l’établissement (obligatoire sauf avec --resume).", valueName: "NAME"))
    var site: String?

    @Option(name: .customLong("site-id"), help: ArgumentHelp("Identifiant du site (par défaut tiré du nom).", valueName: "ID"))
    var siteID: String?

    @Option(name: .long, help: ArgumentHelp("Numéro FINESS (9 caractères).", valueName: "N"))
    var finess: String?

    @Option(name: .long, help: ArgumentHelp("Groupe ou région, pour les comparaisons.", valueName: "G"))
    var group: String?

    @Option(name: .long, help: ArgumentHelp("Personne interrogée.", valueName: "NAME"))
    var respondent: String?

    @Option(name: .long, help: ArgumentHelp("Fonction de la personne interrogée.", valueName: "ROLE"))
    var role: String?

    @Option(name: .long, help: ArgumentHelp("Personne qui mène l’entretien.", valueName: "NAME"))
    var interviewer: String?

    @Option(name: .long, help: ArgumentHelp("Date de l’entretien (par défaut aujourd’hui, UTC).", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(name: .long, help: ArgumentHelp("Fichier d’évaluation à écrire (par défaut assessments/<site>/<date>.json).", valueName: "FILE"), completion: .file(extensions: ["json"]))
    var out: String?

    @Option(name: .long, help: ArgumentHelp("Reprend un entretien en cours.", valueName: "FILE"), completion: .file(extensions: ["json"]))
    var resume: String?

    /// Paths on the command line keep their bytes (see `Arguments`); these options are text,
    /// so bytes that are not UTF-8 become U+FFFD in them, as a decoder repairs them.
    mutating func validate() throws {
        for option in [\Self.site, \.siteID, \.finess, \.group, \.respondent, \.role, \.interviewer, \.date] {
            self[keyPath: option] = self[keyPath: option].map(PathEncoding.repaired)
        }
    }

    func run() throws {
        let interactive = isatty(0) == 1
        let reader: LineReader = interactive ? ReadlineLineReader() : PlainLineReader()
        let plan = try prepare(reader: reader, interactive: interactive)
        let questionnaire = plan.questionnaire
        let lock = plan.lock
        let session = InterviewSession(
            questionnaire: questionnaire, assessment: plan.assessment, reader: reader,
            output: { text in Terminal.write(TextWrap.terminalWidth().map { TextWrap.wrap(text, width: $0) } ?? text) },
            save: { assessment in
                do throws(FileIO.Failure) {
                    try InterviewFiles.save(assessment, under: lock)
                } catch {
                    let l = questionnaire.language
                    throw SaveFailure(text: l.pick(fr: "\(error.path) : \(error.reason(l))", en: "\(error.path): \(error.reason)"))
                }
            },
            clock: { InterviewClock.now() },
            style: InterviewStyle(colour: interactive && Terminal.useColour(fd: 1)),
            filePath: lock.assessmentPath, interactive: interactive)
        // The lock is held to the very end: the last save happens inside `run`.
        let outcome = withExtendedLifetime(lock) { session.run(resuming: plan.resuming) }
        switch outcome {
        case .complete, .quit, .incomplete: return
        case .endOfInput: if !interactive { throw ExitCode(3) }
        case .interrupted: throw ExitCode(130)
        case .saveFailed: throw ExitCode(1)
        }
    }

    private struct Plan {
        var questionnaire: Questionnaire
        var assessment: Assessment
        /// Held for the whole interview; names the file.
        var lock: InterviewLock
        var resuming: Bool
    }

    private func fail(_ message: String) -> ExitCode {
        Terminal.writeError("sobre: \(message)")
        return ExitCode(1)
    }

    /// Works out the questionnaire, the file and the assessment to start from; creates the file.
    private func prepare(reader: LineReader, interactive: Bool) throws -> Plan {
        if let resume { return try resumePlan(resume) }
        let l0 = Terminal.language
        guard let site, !site.trimmingSpaces.isEmpty else {
            throw fail(l0.pick(fr: "indiquez l’établissement avec --site NOM (ou --resume FICHIER pour reprendre un entretien)",
                               en: "name the establishment with --site NAME (or --resume FILE to resume an interview)"))
        }
        let name = site.trimmingSpaces
        let wanted = self.questionnaire ?? "essms-sobriete"
        guard let entry = Resources.library.resolve(wanted) else {
            throw fail(l0.pick(fr: "questionnaire « \(wanted) » introuvable (voir sobre questionnaires)",
                               en: "questionnaire '\(wanted)' not found (see sobre questionnaires)"))
        }
        guard let questionnaire = entry.questionnaire else {
            Terminal.printDiagnostics(entry.result.diagnostics.filter { $0.severity == .error })
            throw fail(l0.pick(fr: "le questionnaire \(entry.path) n’est pas valide", en: "questionnaire \(entry.path) is not valid"))
        }
        let l = questionnaire.language
        let names = [("--site", site), ("--group", group), ("--respondent", respondent), ("--role", role), ("--interviewer", interviewer)]
        if let problem = TypedName.problem(names, language: l) { throw fail(problem) }
        let siteID = siteID ?? SiteIdentifier.slug(name)
        if let problem = SiteIdentifier.problem(siteID, language: l) { throw fail(problem) }
        if let finess, let problem = Finess.problem(finess, language: l) { throw fail("--finess : \(problem)") }
        let now = InterviewClock.nowSeconds()
        let day = date ?? InterviewClock.day(now)
        guard IsoDate.isValidDay(day) else {
            throw fail(l.pick(fr: "--date : « \(day) » n’est pas une date AAAA-MM-JJ", en: "--date: '\(day)' is not a YYYY-MM-DD date"))
        }
        let path = out ?? InterviewFiles.defaultPath(siteID: siteID, date: day)
        if path.isEmpty {
            throw fail(l.pick(fr: "--out est vide : donnez le fichier d’évaluation à écrire", en: "--out is empty: give the assessment file to write"))
        }
        if FileIO.isDirectory(path) {
            throw fail(l.pick(fr: "\(path) est un dossier : --out attend un fichier", en: "\(path) is a folder: --out expects a file"))
        }
        // A new file's questionnaire copy is kept first, so a folder that cannot be written is
        // reported as before, with nothing made; the lock is then taken before the file is
        // looked at again, so two interviews cannot both find it absent or both resume it.
        let isNew = !FileIO.exists(path)
        if isNew { try keepCopy(questionnaire, forAssessment: path, defaultLayout: out == nil) }
        let lock = try self.lock(path, since: InterviewClock.timestamp(now), creatingFolder: true, language: l)
        if FileIO.exists(path) {
            return try existingPlan(lock, requested: questionnaire, reader: reader, interactive: interactive)
        }
        if !isNew {   // it was there a moment ago and has gone meanwhile
            try keepCopy(questionnaire, forAssessment: path, defaultLayout: out == nil)
        }

        var respondentValue: Assessment.Respondent?
        if respondent != nil || role != nil { respondentValue = Assessment.Respondent(name: respondent, role: role) }
        let stamp = InterviewClock.timestamp(now)
        let assessment = Assessment(
            questionnaire: .init(id: questionnaire.id, version: questionnaire.version, sha256: questionnaire.sha256),
            site: .init(id: siteID, name: name, finess: finess?.uppercased(), group: group),
            respondent: respondentValue, interviewer: interviewer, date: day, status: .inProgress,
            startedAt: stamp, updatedAt: stamp)
        do {
            try InterviewFiles.save(assessment, under: lock)
        } catch {
            throw fail(InterviewLock.Failure.failed(path: path, error).message(l))
        }
        return Plan(questionnaire: questionnaire, assessment: assessment, lock: lock, resuming: false)
    }

    /// Takes the interview's lock on `path`, or says who holds it.
    private func lock(_ path: String, since: String, creatingFolder: Bool = false, language l: Language) throws -> InterviewLock {
        do {
            return try InterviewLock.acquire(path, since: since, creatingFolder: creatingFolder)
        } catch {
            throw fail(error.message(l))
        }
    }

    /// A file is already there: never overwrite it; offer to resume one in progress.
    private func existingPlan(_ lock: InterviewLock, requested: Questionnaire, reader: LineReader, interactive: Bool) throws -> Plan {
        let l = requested.language
        let path = lock.assessmentPath
        let existing = try load(path, language: l)
        guard existing.status == .inProgress else {
            throw fail(l.pick(
                fr: "\(path) est une évaluation terminée : elle n’est jamais remplacée. Choisissez une autre date (--date) ou un autre fichier (--out)",
                en: "\(path) is a complete assessment: it is never replaced. Choose another date (--date) or another file (--out)"))
        }
        let given = existing.answers.filter { $0.answer.isGiven }.count
        // Shown inert: the file may have been edited by anyone.
        let site = TerminalText.neutralised(existing.site.name ?? existing.site.id), day = TerminalText.neutralised(existing.date)
        let shownPath = TerminalText.neutralised(path)
        if interactive {
            Terminal.write(l.pick(
                fr: "Un entretien est déjà en cours pour \(site) le \(day) (\(given) réponse\(given > 1 ? "s" : "")) : \(shownPath)\n",
                en: "An interview is already in progress for \(site) on \(day) (\(given) answer\(given == 1 ? "" : "s")): \(shownPath)\n"))
            ask: while true {
                switch reader.readLine(prompt: l.pick(fr: "Le reprendre ? (oui/non) > ", en: "Resume it? (yes/no) > "),
                                       completions: l == .fr ? ["oui", "non"] : ["yes", "no"]) {
                case .interrupted: throw ExitCode(130)
                case .endOfInput: throw ExitCode(1)
                case .refused(let problem): Terminal.write(problem.reason(l) + "\n")
                case .line(let line):
                    switch line.trimmingSpaces.lowercased() {
                    case "oui", "o", "yes", "y": break ask
                    case "non", "n", "no":
                        throw fail(l.pick(
                            fr: "rien n’a été modifié : \(path) est gardé tel quel. Pour un autre entretien, choisissez une autre date (--date) ou un autre fichier (--out)",
                            en: "nothing was changed: \(path) is kept as it is. For another interview, choose another date (--date) or another file (--out)"))
                    default:
                        Terminal.write(l.pick(fr: "Répondez oui ou non.\n", en: "Answer yes or no.\n"))
                    }
                }
            }
        } else {
            Terminal.write(l.pick(fr: "Un entretien est déjà en cours dans \(shownPath) : il est repris.\n",
                                  en: "An interview is already in progress in \(shownPath): it is resumed.\n"))
        }
        let questionnaire: Questionnaire
        if existing.questionnaire.sha256.flatMap(QuestionnaireCopy.normalizedHash) == requested.sha256 {
            questionnaire = requested
        } else {
            questionnaire = try find(existing, path: path, language: l)
        }
        try keepCopy(questionnaire, forAssessment: path, defaultLayout: out == nil)
        return Plan(questionnaire: questionnaire, assessment: existing, lock: lock, resuming: true)
    }

    private func resumePlan(_ path: String) throws -> Plan {
        let l0 = Terminal.language
        let others: [(String, String?)] = [
            ("--questionnaire", questionnaire), ("--site", site), ("--site-id", siteID), ("--finess", finess), ("--group", group),
            ("--respondent", respondent), ("--role", role), ("--interviewer", interviewer), ("--date", date), ("--out", out),
        ]
        let given = others.filter { $0.1 != nil }.map(\.0)
        if !given.isEmpty {
            throw fail(l0.pick(fr: "--resume reprend le fichier tel qu’il est : retirez \(given.joined(separator: ", "))",
                               en: "--resume continues the file as it is: remove \(given.joined(separator: ", "))"))
        }
        if path.isEmpty {
            throw fail(l0.pick(fr: "--resume est vide : donnez le fichier d’évaluation à reprendre", en: "--resume is empty: give the assessment file to resume"))
        }
        // A missing file is reported by `load` as before, with no lock file or folder made for it.
        if !FileIO.exists(path) { _ = try load(path, language: l0) }
        let lock = try self.lock(path, since: InterviewClock.now(), language: l0)
        let existing = try load(path, language: l0)
        let questionnaire = try find(existing, path: path, language: l0)
        let l = questionnaire.language
        guard existing.status == .inProgress else {
            throw fail(l.pick(fr: "\(path) est une évaluation terminée : rien à reprendre (voir sobre report \(path))",
                              en: "\(path) is a complete assessment: nothing to resume (see sobre report \(path))"))
        }
        if !questionnaire.path.contains("/.questionnaires/") {
            try keepCopy(questionnaire, forAssessment: path, defaultLayout: false)
        }
        return Plan(questionnaire: questionnaire, assessment: existing, lock: lock, resuming: true)
    }

    private func load(_ path: String, language l: Language) throws -> Assessment {
        let bytes: [UInt8]
        do {
            bytes = try FileIO.read(path)
        } catch {
            throw fail(l.pick(fr: "impossible de lire \(path) : \(error.reason(.fr))", en: "cannot read \(path): \(error.reason)"))
        }
        do {
            return try AssessmentCodec.decode(bytes, language: l)
        } catch {
            throw fail(l.pick(fr: "\(path) : \(error.message) ; le fichier n’est pas modifié",
                              en: "\(path): \(error.message); the file is left unchanged"))
        }
    }

    private func find(_ assessment: Assessment, path: String, language l: Language) throws -> Questionnaire {
        let reference = assessment.questionnaire
        switch reference.sha256.map({ Resources.library.find(sha256: $0, near: path) }) {
        case .success(let questionnaire)?:
            return questionnaire
        case .failure(let missing)? where !missing.problems.isEmpty:
            let problem = AssessmentStore.copyProblem(reference, missing.problems[0], language: l)
            throw fail(l.pick(fr: "\(path) : \(problem) ; le fichier n’est pas modifié", en: "\(path): \(problem); the file is left unchanged"))
        case .failure?, nil:
            throw fail(l.pick(
                fr: "le questionnaire de \(path) (\(reference.id) \(reference.version)) est introuvable : ni copie dans un dossier .questionnaires, ni questionnaire fourni avec le même contenu",
                en: "the questionnaire of \(path) (\(reference.id) \(reference.version)) cannot be found: no copy in a .questionnaires folder, no bundled questionnaire with the same content"))
        }
    }

    private func keepCopy(_ questionnaire: Questionnaire, forAssessment path: String, defaultLayout: Bool) throws {
        do {
            try InterviewFiles.keepCopy(of: questionnaire, in: InterviewFiles.copyFolder(forAssessment: path, defaultLayout: defaultLayout))
        } catch {
            throw fail(error.message)
        }
    }
}

/// Why saving failed, in the questionnaire's language, as the interview shows it.
private struct SaveFailure: Error, CustomStringConvertible {
    var text: String
    var description: String { text }
}
