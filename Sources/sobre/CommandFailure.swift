import SobreCore

/// Why a command stops: what it says on stderr and its exit status, thrown by every command and
/// printed once, by `Sobre.main()`.
struct CommandFailure: Error {
    /// Printed first, as `FILE:LINE:COLUMN: error: MESSAGE`.
    var diagnostics: [Diagnostic] = []
    /// Then these lines, each shown inert (see `Terminal.writeError`).
    var lines: [String]
    var exitCode: Int32 = 1

    init(diagnostics: [Diagnostic] = [], lines: [String], exitCode: Int32 = 1) {
        self.diagnostics = diagnostics
        self.lines = lines
        self.exitCode = exitCode
    }

    /// `sobre: MESSAGE`, exit status 1.
    init(_ message: String) {
        self.init(lines: ["sobre: " + message])
    }

    /// An exit status alone: what went wrong has been said already (diagnostics, the interview's own lines).
    static func exit(_ code: Int32) -> CommandFailure {
        CommandFailure(lines: [], exitCode: code)
    }

    /// Prints the failure on stderr.
    func write() {
        Terminal.printDiagnostics(diagnostics)
        for line in lines { Terminal.writeError(line) }
    }
}
