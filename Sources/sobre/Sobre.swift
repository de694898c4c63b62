import ArgumentParser

@main
struct Sobre: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sobre",
        abstract: "Autodiagnostic de sobriété numérique pour les ESSMS (digital sobriety self-assessment).",
        discussion: """
            Mène l’entretien avec la direction d’un établissement, calcule les niveaux de maturité \
            par thème, propose un plan d’actions priorisé et compare les sites d’une association.
            """,
        version: "0.1.0",
        subcommands: [
            InterviewCommand.self, ReportCommand.self, CompareCommand.self, DemoCommand.self, ValidateCommand.self,
            QuestionnairesCommand.self,
        ],
        defaultSubcommand: nil
    )

    /// Parses the arguments with their bytes kept (`CommandLine.arguments` replaces those that
    /// are not UTF-8 with U+FFFD, which names another file).
    static func main() {
        main(Arguments.decoded())
    }
}
