import ArgumentParser
import SobreCore

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Vérifie des questionnaires YAML (validate questionnaire files).",
        discussion: """
            Chaque problème est une ligne FICHIER:LIGNE:COLONNE: error: MESSAGE. Tous les problèmes \
            d’un fichier sont donnés en une fois. Code de sortie 1 s’il y a une erreur ; les \
            avertissements (warning) ne changent pas le code de sortie.
            """
    )

    @Argument(help: ArgumentHelp("Fichiers de questionnaire (.yaml).", valueName: "FILE"), completion: .file(extensions: ["yaml", "yml"]))
    var files: [String]

    func run() throws {
        var failed = false
        for file in files {
            let result = QuestionnaireLibrary.load(file)
            Terminal.printDiagnostics(result.diagnostics)
            if result.diagnostics.hasErrors { failed = true }
        }
        if failed { throw CommandFailure.exit(1) }
    }
}
