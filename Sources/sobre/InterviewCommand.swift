#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import SobreCore
import SobreInterview
import SobreReport

struct InterviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interview",
        abstract: "Mène l’entretien guidé (run the guided interview).",
        discussion: """
            Pose les questions thème par thème et enregistre l’évaluation après chaque réponse \
            (par défaut dans assessments/<site>/<date>.json). Sur un terminal, Tab complète les \
            réponses et les commandes ; ? affiche l’aide, q enregistre et quitte. Sans terminal, \
            les réponses sont lues une par ligne. Avec --from (ou, sur un terminal, en acceptant \
            l’offre de la dernière évaluation terminée du site), chaque réponse précédente est \
            proposée : Entrée la garde. Codes de sortie : 0 terminé ou quitté, 1 erreur, \
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

    @Option(name: .long, help: ArgumentHelp("Catégorie d’établissement (EHPAD, IME, ESAT…), pour les comparaisons.", valueName: "C"),
            completion: .custom { _, _, typed in CategoryCompletion.candidates(typed) })
    var category: String?

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

    @Option(name: .long, help: ArgumentHelp("Part des réponses d’une évaluation antérieure du même site : Entrée garde chaque réponse proposée.", valueName: "EARLIER"),
            completion: .file(extensions: ["json"]))
    var from: String?

    /// Alone: the head office's interview; with a file: the head office's assessment a site inherits.
    @Option(name: .long, defaultAsFlag: "",
            help: ArgumentHelp(
                "Seul : l’entretien du siège (questions de portée association, écrit dans assessments/_association/<date>.json). "
                    + "Avec un fichier : l’évaluation du siège dont le site reprend les réponses (par défaut la dernière de assessments/_association/).",
                valueName: "FILE"),
            completion: .file(extensions: ["json"]))
    var association: String?

    /// Paths on the command line keep their bytes (see `Arguments`); these options are text,
    /// so bytes that are not UTF-8 become U+FFFD in them, as a decoder repairs them.
    mutating func validate() throws {
        for option in [\Self.site, \.siteID, \.finess, \.group, \.category, \.respondent, \.role, \.interviewer, \.date] {
            self[keyPath: option] = self[keyPath: option].map(PathEncoding.repaired)
        }
    }

    func run() throws {
        let interactive = isatty(0) == 1
        let reader: LineReader = interactive ? ReadlineLineReader() : PlainLineReader()
        let options = InterviewStart.Options(
            questionnaire: questionnaire, site: site, siteID: siteID, finess: finess, group: group, category: category, respondent: respondent,
            role: role, interviewer: interviewer, date: date, out: out, resume: resume, from: from,
            headOffice: association == "", association: association == "" ? nil : association)
        let plan: InterviewStart.Plan
        do throws(InterviewStart.Failure) {
            plan = try InterviewStart.plan(
                options, library: Resources.library, reader: reader, interactive: interactive,
                interfaceLanguage: Terminal.language, now: IsoDate.nowSeconds(), output: Terminal.write)
        } catch {
            throw CommandFailure(diagnostics: error.diagnostics, lines: error.message.map { ["sobre: " + $0] } ?? [], exitCode: error.exitCode)
        }
        let questionnaire = plan.questionnaire
        let lock = plan.lock
        let session = InterviewSession(
            questionnaire: questionnaire, assessment: plan.assessment, reader: reader,
            output: { text in Terminal.write(Terminal.width().map { TextWrap.wrap(text, width: $0) } ?? text) },
            save: { assessment in
                do throws(FileIO.Failure) {
                    try InterviewFiles.save(assessment, under: lock)
                } catch {
                    let l = questionnaire.language
                    throw SaveFailure(text: l.pick(fr: "\(error.path) : \(error.reason(l))", en: "\(error.path): \(error.reason)"))
                }
            },
            clock: { IsoDate.now() },
            style: InterviewStyle(colour: interactive && Terminal.useColour(fd: 1)),
            filePath: lock.assessmentPath, interactive: interactive, earlier: plan.earlier)
        // The lock is held to the very end: the last save happens inside `run`.
        let outcome = withExtendedLifetime(lock) { session.run(resuming: plan.resuming) }
        switch outcome {
        case .complete, .quit, .incomplete: return
        case .endOfInput: if !interactive { throw CommandFailure.exit(3) }
        case .interrupted: throw CommandFailure.exit(130)
        case .saveFailed: throw CommandFailure.exit(1)
        }
    }
}

/// Why saving failed, in the questionnaire's language, as the interview shows it.
private struct SaveFailure: Error, CustomStringConvertible {
    var text: String
    var description: String { text }
}
