import ArgumentParser
import SobreCore

struct QuestionnairesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "questionnaires",
        abstract: "Liste les questionnaires connus (list the known questionnaires)."
    )

    func run() throws {
        let entries = Resources.library.bundled()
        if entries.isEmpty {
            let message = Terminal.language.pick(
                fr: "aucun questionnaire trouvé : définissez SOBRE_HOME vers le dossier qui contient Questionnaires/",
                en: "no questionnaire found: set SOBRE_HOME to the folder that holds Questionnaires/")
            throw CommandFailure(message)
        }
        var rows: [[String]] = [["id", "version", "language", "title", "path"]]
        var broken = false
        for entry in entries {
            if let q = entry.questionnaire {
                rows.append([q.id, q.version, q.language.rawValue, q.title, entry.path])
            } else {
                broken = true
                Terminal.printDiagnostics(entry.result.diagnostics.filter { $0.severity == .error })
            }
        }
        Terminal.write(TextTable.render(rows))
        if broken { throw CommandFailure.exit(1) }
    }
}
