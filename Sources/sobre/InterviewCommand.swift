import ArgumentParser

struct InterviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "interview", abstract: "Mène l’entretien guidé.")
    func run() throws {}
}
