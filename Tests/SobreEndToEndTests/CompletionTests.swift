import Foundation
import Testing

/// Tab completion as a shell user gets it: the scripts `sobre --generate-completion-script`
/// writes, and the bash one run by a real bash on typed lines.
@Suite struct CompletionTests {
    /// The commands of `sobre`, as the binary describes itself.
    static func commands() throws -> [String] {
        let r = try CommandTests.run(["--experimental-dump-help"])
        let tool = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        let command = tool?["command"] as? [String: Any]
        let subcommands = command?["subcommands"] as? [[String: Any]] ?? []
        return subcommands.compactMap { $0["commandName"] as? String }
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func scriptNamesEveryCommandAndOption(shell: String) throws {
        let r = try CommandTests.run(["--generate-completion-script", shell])
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)
        let commands = try Self.commands()
        #expect(commands.count == 8)
        for name in commands { #expect(r.stdout.contains(name), "\(shell): \(name)") }
        for option in ["questionnaire", "resume", "format", "output", "previous", "by", "long", "sites", "theme", "clear", "targets"] {
            let written = shell == "fish" ? "-l '\(option)'" : "--\(option)"
            #expect(r.stdout.contains(written), "\(shell): \(written)")
        }
    }

    /// A folder with an assessment, a questionnaire, a text file, a hidden questionnaire and a folder.
    static func folder() throws -> String {
        let folder = try E2E.folder()
        for name in ["2025.json", "q.yaml", "notes.txt", ".old.yaml"] { try E2E.write("{}", to: folder + "/" + name) }
        try FileManager.default.createDirectory(atPath: folder + "/sites", withIntermediateDirectories: false)
        return folder
    }

    /// What Tab offers in bash at the end of `line` (the last word, empty after a space), with
    /// the script `sobre` generates sourced as bash-completion would.
    static func bash(_ line: String, in folder: String) throws -> Set<String> {
        let script = folder + "/sobre.bash"
        let generated = try CommandTests.run(["--generate-completion-script", "bash"])
        try E2E.write(generated.stdout, to: script)
        let driver = """
            source "$1"
            read -ra COMP_WORDS <<< "$2"
            [[ "$2" == *" " ]] && COMP_WORDS+=("")
            COMP_LINE="$2"; COMP_POINT=${#COMP_LINE}; COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
            _sobre sobre "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let bin = URL(fileURLWithPath: E2E.binary).deletingLastPathComponent().path
        let path = bin + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let r = try CommandTests.run(["--norc", "--noprofile", "-c", driver, "bash", script, line], in: folder,
                                     executable: "/bin/bash", environment: ["PATH": path, "SOBRE_HOME": E2E.root])
        #expect(r.status == 0, "\(line): \(r.stderr)")
        return Set(r.stdout.split(separator: "\n").map(String.init))
    }

    @Test func bashCompletesCommandsOptionsAndValues() throws {
        let folder = try Self.folder()
        #expect(try Self.bash("sobre rep", in: folder) == ["report"])
        #expect(try Self.bash("sobre report --fo", in: folder) == ["--format"])
        #expect(try Self.bash("sobre report --format ", in: folder) == ["text", "markdown", "html", "json", "csv"])
        #expect(try Self.bash("sobre compare --by ", in: folder) == ["group", "category"])
    }

    @Test func bashCompletesFilesOfTheRightKind() throws {
        let folder = try Self.folder()
        let assessments: Set<String> = ["2025.json", "sites"]
        #expect(try Self.bash("sobre report ", in: folder) == assessments)
        #expect(try Self.bash("sobre report 2025.json --previous ", in: folder) == assessments)
        #expect(try Self.bash("sobre compare 2025.json ", in: folder) == assessments)
        #expect(try Self.bash("sobre interview --resume ", in: folder) == assessments)
        #expect(try Self.bash("sobre interview --out ", in: folder) == assessments)
        // bash's own file completion (compgen -f) offers hidden files too.
        #expect(try Self.bash("sobre report 2025.json --output ", in: folder) == ["2025.json", "q.yaml", "notes.txt", ".old.yaml", "sites", "sobre.bash"])
        #expect(try Self.bash("sobre validate ", in: folder) == ["q.yaml", ".old.yaml", "sites"])
        #expect(try Self.bash("sobre demo ", in: folder) == ["sites"])
    }

    @Test func questionnaireCompletesIdsAndYAMLFiles() throws {
        let folder = try Self.folder()
        #expect(try Self.bash("sobre interview --questionnaire ", in: folder) == ["essms-sobriete", "q.yaml", "sites"])
        #expect(try Self.bash("sobre interview --site X --questionnaire es", in: folder) == ["essms-sobriete"])
        #expect(try Self.bash("sobre interview --questionnaire .", in: folder) == [".old.yaml"])
        // zsh and fish add no slash to a folder by themselves: the candidate carries it.
        let r = try CommandTests.run(["---completion", "interview", "--", "--questionnaire", "3", "2",
                                      "sobre", "interview", "--questionnaire", "si"], in: folder)
        #expect(r.status == 0)
        #expect(r.stdout == "sites/\n")
    }

    /// After `--category`: the categories written in `assessments/*/*.json`, then the usual kinds.
    @Test func categoryCompletesTheCategoriesAlreadyUsed() throws {
        let folder = try Self.folder()
        try FileManager.default.createDirectory(atPath: folder + "/assessments/le-phare", withIntermediateDirectories: true)
        try E2E.write(#"{"format": 1, "questionnaire": {"id": "q", "version": "1"}, "site": {"id": "le-phare", "category": "Foyer de vie"}, "date": "2026-01-02", "answers": {}}"#,
                      to: folder + "/assessments/le-phare/2026-01-02.json")
        // A file the scan gives up on (an unknown key) is read in full.
        try E2E.write(#"{"format": 1, "questionnaire": {"id": "q", "version": "1"}, "site": {"id": "le-phare", "category": "CHRS", "beds": 4}, "date": "2026-01-03", "answers": {}}"#,
                      to: folder + "/assessments/le-phare/2026-01-03.json")
        #expect(try Self.bash("sobre interview --site X --category Fo", in: folder) == ["Foyer de vie", "Foyer"])
        #expect(try Self.bash("sobre interview --category CH", in: folder) == ["CHRS"])
        #expect(try Self.bash("sobre interview --category E", in: folder) == ["EHPAD", "ESAT"])
    }
}
