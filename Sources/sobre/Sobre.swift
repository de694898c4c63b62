#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import SobreCore

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
            QuestionnairesCommand.self, TargetsCommand.self,
        ],
        defaultSubcommand: nil
    )

    /// ArgumentParser's own `main`, except that the arguments keep their bytes
    /// (`CommandLine.arguments` replaces those that are not UTF-8 with U+FFFD, which names another
    /// file) and its error messages, which quote the values given (`The value 'x' is invalid…`),
    /// are printed inert like every other message. A command's own `CommandFailure` is printed here too.
    static func main() {
        do {
            var command = try parseAsRoot(Arguments.decoded())
            try command.run()
        } catch let failure as CommandFailure {
            failure.write()
            Glibc.exit(failure.exitCode)
        } catch {
            let code = exitCode(for: error)
            guard code != .success else { exit(withError: error) }   // --help, --version: our own text
            let message = fullMessage(for: error)
            if !message.isEmpty { FileIO.write(TerminalText.neutralised(message, keepingNewlines: true) + "\n", fd: 2) }
            Glibc.exit(code.rawValue)
        }
    }
}
