import ArgumentParser
import SobreCore
import SobreInterview
import SobreReport

struct TargetsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "targets",
        abstract: "Objectifs d’une évaluation : les voir, les fixer, les effacer (objectives of an assessment).",
        discussion: """
            Sans option, montre les objectifs. Exemple : sobre targets évaluation.json --by 2029 \
            --overall 3 --theme gouvernance=3. Un niveau se donne par son numéro ou son nom. \
            Le fichier est réécrit d’un coup (remplacement atomique), les clés inconnues gardées.
            """
    )

    @Argument(help: ArgumentHelp("Le fichier d’évaluation (.json).", valueName: "ASSESSMENT"), completion: .file(extensions: ["json"]))
    var assessment: String

    @Option(name: .long, help: ArgumentHelp("L’année où les objectifs doivent être atteints.", valueName: "YEAR"))
    var by: Int?

    @Option(name: .long, help: ArgumentHelp("Le niveau global visé (numéro ou nom).", valueName: "LEVEL"))
    var overall: String?

    @Option(name: .long, help: ArgumentHelp("Le niveau visé pour un thème (répétable).", valueName: "ID=LEVEL"))
    var theme: [String] = []

    @Option(name: .long, help: ArgumentHelp("La variation visée d’un indicateur, en % (répétable).", valueName: "ID=PERCENT"))
    var indicator: [String] = []

    @Flag(name: .long, help: "Effacer les objectifs.")
    var clear = false

    func run() throws {
        let store = AssessmentStore(library: Resources.library)
        let edit = TargetsEdit(by: by, overall: overall, themes: theme, indicators: indicator, clear: clear)
        if edit.isEmpty {
            let loaded = try open(store)
            Terminal.write(TargetsSummary.lines(loaded.assessment.targets, questionnaire: loaded.questionnaire,
                                                path: assessment).joined(separator: "\n") + "\n")
            return
        }
        // Held like an interview's, so that no interview writes the file between the read and the rewrite.
        let lock: InterviewLock
        do {
            lock = try InterviewLock.acquire(assessment, since: IsoDate.now())
        } catch {
            throw CommandFailure(error.message(Terminal.language))
        }
        try withExtendedLifetime(lock) {
            let loaded = try open(store)
            var updated = loaded.assessment
            let l = loaded.questionnaire.language
            switch edit.applied(to: updated.targets, questionnaire: loaded.questionnaire, year: IsoDate.year(of: updated.date),
                                indicatorIDs: loaded.questionnaire.indicators.map(\.id)) {
            case .failure(let problems):
                throw CommandFailure(lines: problems.messages.map { "sobre: \(assessment): \($0)" })
            case .success(let targets):
                updated.targets = targets
            }
            do throws(FileIO.Failure) {
                try InterviewFiles.save(updated, under: lock)
            } catch {
                throw CommandFailure("\(assessment): " + l.pick(fr: "écriture impossible : \(error.reason(.fr))",
                                                                en: "cannot write: \(error.reason)"))
            }
            Terminal.write(TargetsSummary.lines(updated.targets, questionnaire: loaded.questionnaire,
                                                path: assessment).joined(separator: "\n") + "\n")
        }
    }

    private func open(_ store: AssessmentStore) throws -> AssessmentStore.Loaded {
        do {
            return try store.open(assessment, language: Terminal.language)
        } catch {
            throw CommandFailure("\(assessment): \(error.message)")
        }
    }
}
