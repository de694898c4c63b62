import Foundation
import SobreCore
import SobreJSON
import Testing

/// `validate`, `questionnaires`, `report`, `compare` and `demo` as a user runs them: exit status,
/// standard output and standard error apart, never a crash dump.
@Suite struct CommandTests {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `executable` with `arguments` in `folder`; the environment has no SOBRE_HOME unless given.
    static func run(_ arguments: [String], in folder: String? = nil, executable: String = E2E.binary,
                    environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        var env = ProcessInfo.processInfo.environment
        env["SOBRE_HOME"] = nil
        env["NO_COLOR"] = "1"
        env["LANG"] = "C.UTF-8"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes at once so a large output cannot block the child.
        nonisolated(unsafe) var errData = Data()
        let reader = Thread { errData = err.fileHandleForReading.readDataToEndOfFile() }
        reader.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !reader.isFinished { usleep(1_000) }
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    static let bundled = E2E.root + "/Questionnaires/essms-sobriete.fr.yaml"
    static let sample = E2E.root + "/Reports/examples/assessment.json"

    static func expectNoCrash(_ r: Result, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for text in [r.stdout, r.stderr] {
            #expect(!text.contains("Fatal error"), sourceLocation: sourceLocation)
            #expect(!text.contains("Stack dump"), sourceLocation: sourceLocation)
        }
    }

    // MARK: - validate

    @Test func validBundledQuestionnaireIsSilent() throws {
        let r = try Self.run(["validate", Self.bundled])
        #expect(r.status == 0)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.isEmpty)
    }

    @Test func brokenQuestionnaireGetsEveryProblemAtItsPlace() throws {
        let folder = try E2E.folder()
        let path = folder + "/q.yaml"
        try E2E.write("""
            format: 1
            id: essai
            version: "1"
            language: fr
            title: Essai
            levels:
              - { id: 1, name: Bas, min: 0 }
              - { id: 2, name: Haut, min: 50 }
            themes:
              - id: t
                titel: T
                questions:
                  - id: q
                    text: Q ?
                    type: boolean
                  - id: r
                    text: R ?
                    type: text
                    when: t.q == 'oui'
            """, to: path)
        let r = try Self.run(["validate", "q.yaml"], in: folder)
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr == """
            q.yaml:10:5: error: il manque la clé « title » dans le thème 1
            q.yaml:11:5: error: clé inconnue « titel » dans le thème 1 ; vouliez-vous dire « title » ?
            q.yaml:19:19: error: t.q vaut vrai ou faux : comparez avec true ou false (t.q == true), pas avec un texte

            """)
        Self.expectNoCrash(r)
    }

    @Test(arguments: [["validate", "/nonexistent/q.yaml"], ["validate", "/"], ["report", "/nonexistent.json"],
                      ["compare", "/nonexistent-folder"], ["validate"], ["report"], ["frobnicate"]])
    func badArgumentsGiveOneClearMessage(arguments: [String]) throws {
        let r = try Self.run(arguments)
        #expect(r.status != 0)
        #expect(!r.stderr.isEmpty)
        Self.expectNoCrash(r)
    }

    @Test(arguments: ["interview", "report", "compare", "validate", "questionnaires", "demo"])
    func everyCommandHasHelp(command: String) throws {
        let r = try Self.run([command, "--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("USAGE: sobre \(command)"))
    }

    // MARK: - finding the bundled files

    @Test func findsBundledQuestionnairesFromAnyFolder() throws {
        let r = try Self.run(["questionnaires"], in: try E2E.folder())
        #expect(r.status == 0)
        #expect(r.stdout.contains("essms-sobriete  2026.1"))
    }

    @Test func findsQuestionnairesAndTemplatesAfterAnInstall() throws {
        let prefix = try E2E.folder()
        let fm = FileManager.default
        try fm.createDirectory(atPath: prefix + "/bin", withIntermediateDirectories: true)
        try fm.createDirectory(atPath: prefix + "/share/sobre", withIntermediateDirectories: true)
        // Copied by another process: a copy written here could leak its write descriptor into a
        // child spawned meanwhile by another test, and exec would fail with ETXTBSY.
        let copy = try Self.run([E2E.binary, prefix + "/bin/sobre"], executable: "/bin/cp")
        #expect(copy.status == 0)
        try fm.copyItem(atPath: E2E.root + "/Questionnaires", toPath: prefix + "/share/sobre/Questionnaires")
        try fm.copyItem(atPath: E2E.root + "/Reports", toPath: prefix + "/share/sobre/Reports")
        let elsewhere = try E2E.folder()
        let list = try Self.run(["questionnaires"], in: elsewhere, executable: prefix + "/bin/sobre")
        #expect(list.status == 0)
        #expect(list.stdout.contains(prefix + "/share/sobre/Questionnaires/essms-sobriete.fr.yaml"))
        let html = try Self.run(["report", Self.sample, "--format", "html"], in: elsewhere, executable: prefix + "/bin/sobre")
        #expect(html.status == 0)
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>"))
    }

    // MARK: - report

    @Test(arguments: [("text", "txt"), ("markdown", "md"), ("html", "html"), ("json", "json"), ("csv", "csv")])
    func reportMatchesTheExamples(format: String, ext: String) throws {
        let r = try Self.run(["report", Self.sample, "--format", format])
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)
        let golden = String(decoding: try E2E.read(E2E.root + "/Reports/examples/report.\(ext)"), as: UTF8.self)
        #expect(r.stdout == golden)
    }

    /// The template is parsed while the assessment loads, but a broken one is still one
    /// located message, in the questionnaire's language, and nothing else.
    @Test func aBrokenTemplateIsOneLocatedMessage() throws {
        let home = try E2E.folder()
        try FileManager.default.createDirectory(atPath: home + "/Reports", withIntermediateDirectories: true)
        try E2E.write("<p>{{#a}}\n{{/b}}</p>\n", to: home + "/Reports/report.html.mustache")
        // An English terminal: the message is in the questionnaire's language, French.
        let r = try Self.run(["report", Self.sample, "--format", "html"], environment: ["SOBRE_HOME": home, "LANG": "en_US.UTF-8"])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.hasPrefix("\(home)/Reports/report.html.mustache:2:"))
        #expect(r.stderr.contains(": error: la section fermée ici ne correspond pas à la dernière ouverte"))
        #expect(r.stderr.split(separator: "\n").count == 1)
        // An assessment that cannot be read is said first, and alone.
        let missing = try Self.run(["report", home + "/absente.json", "--format", "html"], environment: ["SOBRE_HOME": home])
        #expect(missing.status == 1)
        #expect(missing.stderr.hasPrefix("sobre: " + home + "/absente.json: lecture impossible"))
        #expect(!missing.stderr.contains("mustache"))
        #expect(missing.stderr.split(separator: "\n").count == 1)
    }

    /// A template that cannot be read (here a folder in its place) is named, in the
    /// questionnaire's language, with the system's reason in words.
    @Test func anUnreadableTemplateIsNamedInTheQuestionnairesLanguage() throws {
        let home = try E2E.folder()
        try FileManager.default.createDirectory(atPath: home + "/Reports/report.html.mustache", withIntermediateDirectories: true)
        let r = try Self.run(["report", Self.sample, "--format", "html"], environment: ["SOBRE_HOME": home, "LANG": "en_US.UTF-8"])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.hasPrefix("sobre: modèle de rapport \(home)/Reports/report.html.mustache illisible : "))
        #expect(r.stderr.split(separator: "\n").count == 1)
    }

    @Test func reportWritesToAFileAtomically() throws {
        let folder = try E2E.folder()
        let r = try Self.run(["report", Self.sample, "--format", "json", "--output", folder + "/r.json"])
        #expect(r.status == 0)
        #expect(r.stdout.isEmpty)
        let report = try JSONParser.parse(try E2E.read(folder + "/r.json"))
        #expect(report.objectValue?["report_format"] == .number(1))
        let missing = try Self.run(["report", Self.sample, "--output", folder + "/no/such/folder/r.txt"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("n’existe pas"))
    }

    @Test func previousAssessmentShowsTheChange() throws {
        let folder = try E2E.folder()
        var earlier = try AssessmentCodec.decode(try E2E.read(Self.sample))
        earlier.date = "2025-11-19"
        // A rule that was followed last year: this year's « rarement » adds the rule itself.
        earlier.answers["usages.extinction"] = Answer(value: .string("consigne"))
        try FileIO.writeAtomically(AssessmentCodec.bytes(earlier), to: folder + "/2025.json")
        let r = try Self.run(["report", Self.sample, "--format", "json", "--previous", folder + "/2025.json"])
        #expect(r.status == 0)
        let previous = try #require(try JSONParser.parse(Array(r.stdout.utf8)).objectValue?["previous"]?.objectValue)
        #expect(previous["date"] == .string("2025-11-19"))
        #expect(previous["actions_new"] == .array([.string("extinction_postes")]))
        #expect(previous["actions_done"] == .array([]))
        let overall = try #require(previous["overall"]?.objectValue)
        #expect(overall.keys == ["score", "level", "level_by_score", "capped", "delta"])
        let text = try Self.run(["report", Self.sample, "--previous", folder + "/2025.json"])
        #expect(text.stdout.contains("Évolution depuis le 19 novembre 2025"))
        #expect(text.stdout.contains("Nouvelles actions : Écrire la consigne d'éteindre postes et écrans le soir et le week-end"))

        var otherSite = earlier
        otherSite.site.id = "autre-site"
        try FileIO.writeAtomically(AssessmentCodec.bytes(otherSite), to: folder + "/autre.json")
        let refused = try Self.run(["report", Self.sample, "--previous", folder + "/autre.json"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("ce n’est pas le même site"))
    }

    @Test func reportRefusesAnUnknownQuestionnaire() throws {
        let folder = try E2E.folder()
        var a = try AssessmentCodec.decode(try E2E.read(Self.sample))
        a.questionnaire.sha256 = String(repeating: "ab", count: 32)
        try FileIO.writeAtomically(AssessmentCodec.bytes(a), to: folder + "/a.json")
        let r = try Self.run(["report", folder + "/a.json"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("questionnaire introuvable"))
        #expect(r.stderr.contains(folder + "/a.json"))
        Self.expectNoCrash(r)
    }

    // MARK: - compare and demo

    @Test func demoThenCompareWithABadFile() throws {
        let folder = try E2E.folder()
        let demo = try Self.run(["demo", "asso"], in: folder)
        #expect(demo.status == 0)
        // Counted as the comparison counts them (« 35 évaluations »), the head office's apart.
        #expect(demo.stdout.contains("35 évaluations de sites (une par site et par année) et 3 du siège"), "\(demo.stdout)")
        #expect(FileManager.default.fileExists(atPath: folder + "/asso/comparaison.html"))
        try E2E.write("{ pas du json", to: folder + "/asso/assessments/casse.json")
        let r = try Self.run(["compare", "asso/assessments", "--format", "json"], in: folder)
        #expect(r.status == 1)
        #expect(r.stderr.contains("asso/assessments/casse.json: "))
        let json = try JSONParser.parse(Array(r.stdout.utf8)).objectValue
        #expect(json?["compare_format"] == .number(1))
        #expect(json?["sites"]?.arrayValue?.count == 12)
        #expect(json?["errors"]?.arrayValue?.count == 1)
    }
}
