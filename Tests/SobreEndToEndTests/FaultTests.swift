#if canImport(Glibc)
import Glibc
#endif
import Foundation
import SobreCore
import Testing

/// Faults of the world outside: folders that cannot be written, a disk that fills up, files cut
/// short, questionnaires gone, hostile site names, and lines no one should type. Each gives one
/// clear message and loses nothing.
@Suite struct FaultTests {
    /// Root ignores folder permissions; without the DAC capabilities it respects them like anyone.
    static let unprivileged: [String] = geteuid() == 0 ? ["setpriv", "--bounding-set", "-dac_override,-dac_read_search,-fowner", "--"] : []
    static let canMakeReadOnly = geteuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")

    static let sample: [UInt8] = (try? E2E.read(E2E.root + "/Reports/examples/assessment.json")) ?? []

    /// A folder with a questionnaire, the sample assessment (`a.json`) and a read-only folder `ro`.
    func setUp() throws -> String {
        let folder = try E2E.folder(memory: true)
        try E2E.write(E2EFixtures.questionnaire, to: folder + "/q.yaml")
        try Data(Self.sample).write(to: URL(fileURLWithPath: folder + "/a.json"))
        try FileManager.default.createDirectory(atPath: folder + "/ro", withIntermediateDirectories: false)
        chmod(folder + "/ro", 0o555)
        return folder
    }

    func run(_ arguments: [String], in folder: String, input: ChildProcess.Input? = nil, wrapper: [String] = [],
             shell: String = "") throws -> (status: Int32?, output: String) {
        let child = try ChildProcess(arguments, in: folder, input: input ?? .file("/dev/null"), shell: shell, wrapper: wrapper)
        let status = child.waitForExit(timeout: 30)
        return (status, child.text)
    }

    func contents(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    // MARK: - Folders that cannot be written

    @Test(.enabled(if: canMakeReadOnly)) func interviewIntoAReadOnlyFolder() throws {
        let folder = try setUp()
        let (status, output) = try run(["interview", "--questionnaire", "q.yaml", "--site", "Foyer", "--date", "2026-11-29",
                                        "--out", "ro/foyer.json"], in: folder, wrapper: Self.unprivileged)
        #expect(status == 1)
        #expect(output == "sobre: impossible de garder une copie du questionnaire dans ro/.questionnaires : permission refusée ; rien n’a été enregistré\n")
        #expect(contents(folder + "/ro").isEmpty)
    }

    @Test(.enabled(if: canMakeReadOnly)) func interviewWhoseAssessmentsFolderIsReadOnly() throws {
        let folder = try setUp()
        try FileManager.default.createDirectory(atPath: folder + "/assessments/.questionnaires", withIntermediateDirectories: true)
        let sha = SHA256.hex(Array(E2EFixtures.questionnaire.utf8))
        try E2E.write(E2EFixtures.questionnaire, to: folder + "/assessments/.questionnaires/\(sha).yaml")
        chmod(folder + "/assessments", 0o555)
        let (status, output) = try run(["interview", "--questionnaire", "q.yaml", "--site", "Foyer", "--date", "2026-11-29"],
                                       in: folder, wrapper: Self.unprivileged)
        #expect(status == 1)
        #expect(output == "sobre: impossible d’écrire assessments/foyer/2026-11-29.json : permission refusée\n")
        #expect(contents(folder + "/assessments") == [".questionnaires"])
    }

    @Test func reportIntoAMissingFolder() throws {
        let folder = try setUp()
        let (status, output) = try run(["report", "a.json", "--format", "html", "--output", "absent/rapport.html"], in: folder)
        #expect(status == 1)
        #expect(output == "sobre: le dossier « absent » n’existe pas\n")
        #expect(!FileManager.default.fileExists(atPath: folder + "/absent"))
    }

    @Test(.enabled(if: canMakeReadOnly)) func reportIntoAReadOnlyFolder() throws {
        let folder = try setUp()
        let (status, output) = try run(["report", "a.json", "--output", "ro/rapport.txt"], in: folder, wrapper: Self.unprivileged)
        #expect(status == 1)
        #expect(output == "sobre: écriture impossible de ro/rapport.txt : permission refusée ; rien n’a été écrit\n")
        #expect(contents(folder + "/ro").isEmpty)
    }

    @Test(.enabled(if: canMakeReadOnly)) func compareIntoMissingAndReadOnlyFolders() throws {
        let folder = try setUp()
        let missing = try run(["compare", "a.json", "--format", "json", "--output", "absent/c.json"], in: folder)
        #expect(missing.status == 1)
        #expect(missing.output == "sobre: le dossier « absent » n’existe pas\n")
        let readOnly = try run(["compare", "a.json", "--format", "html", "--output", "ro/c.html"], in: folder, wrapper: Self.unprivileged)
        #expect(readOnly.status == 1)
        #expect(readOnly.output == "sobre: écriture impossible de ro/c.html : permission refusée ; rien n’a été écrit\n")
        #expect(contents(folder + "/ro").isEmpty)
    }

    // MARK: - A write that fails half-way

    /// The file size limit (RLIMIT_FSIZE, SIGXFSZ ignored) lets the temporary file of a save
    /// grow to the size of the last one and a little more, then `write` fails with EFBIG: the
    /// interview says so and stops, the file keeps the answers saved before, no temporary is left.
    @Test func diskFullDuringTheInterview() throws {
        let folder = try setUp()
        let first = try run(["interview", "--questionnaire", "q.yaml", "--site", "Foyer", "--date", "2026-11-29"],
                            in: folder, input: .file(try answers("formel\nq\n", in: folder)))
        #expect(first.status == 0)
        let path = folder + "/assessments/foyer/2026-11-29.json"
        let before = try E2E.read(path)
        let limit = before.count + 120
        let (status, output) = try run(["interview", "--resume", "assessments/foyer/2026-11-29.json"], in: folder,
                                       input: .file(try answers("oui\n6\n1 2\n4\nUn commentaire assez long pour dépasser.\n", in: folder)),
                                       wrapper: ["prlimit", "--fsize=\(limit)", "--"], shell: "trap '' XFSZ;")
        #expect(status == 1)
        #expect(output.contains("Erreur : impossible d’enregistrer l’évaluation (assessments/foyer/2026-11-29.json : fichier trop grand pour la limite fixée par le système). L’entretien s’arrête ; la dernière réponse n’est pas enregistrée, les précédentes restent dans assessments/foyer/2026-11-29.json.\n"))
        #expect(output.contains("Pour le reprendre une fois le problème réglé : sobre interview --resume assessments/foyer/2026-11-29.json\n"))
        let after = try AssessmentCodec.decode(try E2E.read(path))
        #expect(after.answers["gouv.sponsor"]?.value == .string("formel"))
        #expect(after.answers["gouv.referent"]?.value == .bool(true))
        #expect(after.answers.count == 2)
        #expect(try E2E.read(path).count <= limit)
        #expect(contents(folder + "/assessments/foyer") == ["2026-11-29.json"], "no temporary file left")
    }

    func answers(_ text: String, in folder: String) throws -> String {
        let path = folder + "/answers-\(UUID().uuidString).txt"
        try E2E.write(text, to: path)
        return path
    }

    // MARK: - Files cut short or orphaned

    @Test func truncatedAssessment() throws {
        let folder = try setUp()
        try Data(Self.sample.prefix(Self.sample.count / 2)).write(to: URL(fileURLWithPath: folder + "/t.json"))
        let message = "le fichier s’arrête avant la fin de son JSON"
        let report = try run(["report", "t.json"], in: folder)
        #expect(report.status == 1)
        #expect(report.output.hasPrefix("sobre: t.json: \(message) (ligne "))
        #expect(report.output.hasSuffix(") : il est tronqué ou incomplet\n"))
        #expect(report.output.split(separator: "\n").count == 1)
        let compare = try run(["compare", "t.json", "a.json", "--format", "csv"], in: folder)
        #expect(compare.status == 1)
        #expect(compare.output.contains("t.json: \(message)"))
        #expect(compare.output.contains("foyer-les-tilleuls"), "the good file is still compared")
        let resume = try run(["interview", "--resume", "t.json"], in: folder)
        #expect(resume.status == 1)
        #expect(resume.output.hasPrefix("sobre: t.json : \(message) (ligne "))
        #expect(resume.output.hasSuffix(") : il est tronqué ou incomplet ; le fichier n’est pas modifié\n"))
        #expect(try E2E.read(folder + "/t.json") == Array(Self.sample.prefix(Self.sample.count / 2)))
    }

    @Test func keyWrittenTwiceInAnAssessment() throws {
        let folder = try setUp()
        let text = String(decoding: Self.sample, as: UTF8.self)
            .replacing("\"status\": \"complete\",", with: "\"status\": \"complete\",\n  \"status\": \"in_progress\",")
        try E2E.write(text, to: folder + "/d.json")
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("in_progress") }.map { $0 + 1 } ?? 0
        let message = "la clé « status » figure deux fois dans un même objet (ligne \(line), colonne 3) : on ne sait pas laquelle des deux valeurs est la bonne ; gardez-en une seule"
        let report = try run(["report", "d.json"], in: folder)
        #expect(report.status == 1)
        #expect(report.output == "sobre: d.json: \(message)\n")
        // The quick reading of comparisons refuses it the same way.
        let compare = try run(["compare", "d.json", "a.json", "--format", "csv"], in: folder)
        #expect(compare.status == 1)
        #expect(compare.output.contains("d.json: \(message)"))
        #expect(compare.output.contains("foyer-les-tilleuls"), "the good file is still compared")
        #expect(try E2E.read(folder + "/d.json") == Array(text.utf8))
    }

    @Test func questionnaireNowhereToBeFound() throws {
        let folder = try setUp()
        var text = String(decoding: Self.sample, as: UTF8.self)
        text = text.replacing(/"sha256": "[0-9a-f]{64}"/, with: "\"sha256\": \"\(String(repeating: "0", count: 64))\"")
            .replacing("\"status\": \"complete\"", with: "\"status\": \"in_progress\"")
        try E2E.write(text, to: folder + "/o.json")
        let report = try run(["report", "o.json"], in: folder)
        #expect(report.status == 1)
        #expect(report.output == "sobre: o.json: questionnaire introuvable : « essms-sobriete » version 2026.1 (sha256 000000000000…) ; ni parmi les questionnaires fournis, ni dans un dossier .questionnaires/ à côté de l’évaluation\n")
        let compare = try run(["compare", "o.json", "a.json"], in: folder)
        #expect(compare.status == 1)
        #expect(compare.output.contains("o.json: questionnaire introuvable : « essms-sobriete »"))
        let resume = try run(["interview", "--resume", "o.json"], in: folder)
        #expect(resume.status == 1)
        #expect(resume.output == "sobre: le questionnaire de o.json (essms-sobriete 2026.1) est introuvable : ni copie dans un dossier .questionnaires, ni questionnaire fourni avec le même contenu\n")
        #expect(try E2E.read(folder + "/o.json") == Array(text.utf8))
    }

    // MARK: - Site ids and names

    @Test(arguments: [
        ("../x", "sobre: l’identifiant de site « ../x » ne peut pas commencer par un point\n"),
        ("/etc", "sobre: l’identifiant de site « /etc » ne peut pas contenir de barre oblique\n"),
        ("a/b", "sobre: l’identifiant de site « a/b » ne peut pas contenir de barre oblique\n"),
        ("a\\b", "sobre: l’identifiant de site « a\\b » ne peut pas contenir de barre oblique\n"),
        (".", "sobre: l’identifiant de site « . » ne peut pas commencer par un point\n"),
        ("a\u{1}b", Self.invisibleInSiteID("U+0001")),
        ("a\tb", Self.invisibleInSiteID("U+0009")),
        ("a\u{202E}b", Self.invisibleInSiteID("U+202E")),
        ("a\u{2028}b", Self.invisibleInSiteID("U+2028")),
        ("a\u{200B}b", Self.invisibleInSiteID("U+200B")),
        (".\u{1B}[2J", Self.invisibleInSiteID("U+001B")),
        ("", "sobre: l’identifiant de site est vide : donnez --site-id\n"),
    ])
    func siteIDThatWouldEscape(id: String, message: String) throws {
        let folder = try setUp()
        let (status, output) = try run(["interview", "--questionnaire", "q.yaml", "--site", "Foyer", "--site-id", id], in: folder)
        #expect(status == 1)
        #expect(output == message)
        #expect(!FileManager.default.fileExists(atPath: folder + "/assessments"))
    }

    static func invisibleInSiteID(_ character: String) -> String {
        "sobre: l’identifiant de site contient un caractère de contrôle, invisible ou de sens d’écriture (\(character)) : donnez un --site-id fait de lettres, de chiffres et de tirets\n"
    }

    @Test(arguments: [("../x", "x"), ("/etc/passwd", "etc-passwd"), ("a/b", "a-b"), ("..", nil), ("東京", nil), ("\u{200B}", nil)])
    func siteNamesAreSluggedSafely(name: String, slug: String?) throws {
        let folder = try setUp()
        let (status, output) = try run(["interview", "--questionnaire", "q.yaml", "--site", name, "--date", "2026-11-29"],
                                       in: folder, input: .file(try answers("q\n", in: folder)))
        if let slug {
            #expect(status == 0)
            #expect(FileManager.default.fileExists(atPath: folder + "/assessments/\(slug)/2026-11-29.json"))
            #expect(contents(folder + "/assessments") == [".questionnaires", slug])
        } else {
            #expect(status == 1)
            #expect(output == "sobre: l’identifiant de site est vide : donnez --site-id\n")
            #expect(!FileManager.default.fileExists(atPath: folder + "/assessments"))
        }
    }

    /// Names typed as options are stored and printed in every report: a control, line-break or
    /// bidi character in one is refused before anything is written.
    @Test(arguments: [
        ("--site", "Foyer\u{1B}]52;c;ZXZpbA==\u{07}", "U+001B"), ("--respondent", "Zoé\r\nsobre: faux", "U+000D"),
        ("--role", "Directrice\u{202E}", "U+202E"), ("--group", "Nord\u{2028}", "U+2028"), ("--interviewer", "Ana\u{7F}", "U+007F"),
        ("--site", "\u{1}\u{202E}", "U+0001"), ("--category", "EHPAD\u{1B}[2J", "U+001B"),
    ])
    func namesWithControlCharactersAreRefused(option: String, value: String, character: String) throws {
        let folder = try setUp()
        var arguments = ["interview", "--questionnaire", "q.yaml", "--site", "Foyer", "--date", "2026-11-29"]
        if option == "--site" { arguments[4] = value } else { arguments += [option, value] }
        let child = try ChildProcess(arguments, in: folder, input: .file("/dev/null"))
        #expect(child.waitForExit(timeout: 30) == 1)
        #expect(child.rawText == "sobre: \(option) : le texte contient un caractère de contrôle, de saut de ligne ou de sens d’écriture (\(character)) ; retapez-le sans ce caractère, rien n’a été enregistré\n")
        #expect(!FileManager.default.fileExists(atPath: folder + "/assessments"))
    }

    /// An error quoting a path or a value from a file shows its control characters, inert.
    @Test func errorMessagesQuoteValuesInert() throws {
        let folder = try setUp()
        let child = try ChildProcess(["report", "x\u{1B}[2J\u{1B}]52;c;eA==\u{07}.json"], in: folder, input: .file("/dev/null"))
        #expect(child.waitForExit(timeout: 30) == 1)
        #expect(child.rawText.hasPrefix("sobre: x\\u{1B}[2J\\u{1B}]52;c;eA==\\u{7}.json"))
        #expect(!child.rawText.unicodeScalars.contains { TerminalText.isUnsafe($0) && $0 != "\n" })

        // The argument parser's messages quote the value too.
        let option = try ChildProcess(["report", "a.json", "--format", "x\u{1B}[2J"], in: folder, input: .file("/dev/null"))
        #expect(option.waitForExit(timeout: 30) == 64)
        #expect(option.rawText.hasPrefix("Error: The value 'x\\u{1B}[2J' is invalid for '--format <format>'"))
        #expect(!option.rawText.unicodeScalars.contains { TerminalText.isUnsafe($0) && $0 != "\n" })
    }

    /// CSV, Markdown and HTML are made for files; printed on a terminal, they are shown inert too.
    @Test(arguments: ["csv", "markdown", "html"])
    func fileFormatsOnATerminalAreShownInert(format: String) throws {
        let folder = try setUp()
        let evil = String(decoding: Self.sample, as: UTF8.self)
            .replacing("\"name\": \"Foyer Les Tilleuls\"", with: #""name": "Foyer\u001b]52;c;eA==\u0007\u001b[2J\u202e""#)
            .replacing("La directrice cite", with: #"Foyer\u001b]52;c;eA==\u0007\u001b[2J\u202e cite"#)
        try E2E.write(evil, to: folder + "/evil.json")
        let child = try ChildProcess(["report", "evil.json", "--format", format], in: folder, input: .terminal)
        #expect(child.waitForExit(timeout: 30) == 0)
        #expect(child.rawText.contains("Foyer\\u{1B}"))
        let unsafe = child.rawText.unicodeScalars.filter { TerminalText.isUnsafe($0) && $0 != "\n" && $0 != "\r" }
        #expect(unsafe.isEmpty, "\(unsafe.map { String($0.value, radix: 16) })")
    }

    // MARK: - Lines no one should type

    static let hostileLines: [(bytes: [UInt8], reason: String)] = [
        (Array(repeating: UInt8(ascii: "1"), count: 1 << 20), "Ligne refusée : plus de 10 000 octets. Rien n’est enregistré."),
        ([0x66, 0x6F, 0xFF, 0x72, 0x6D, 0x65, 0x6C], "Ligne refusée : ce n’est pas du texte UTF-8 (vérifiez l’encodage du terminal). Rien n’est enregistré."),
        ([0xED, 0xA0, 0x80], "Ligne refusée : ce n’est pas du texte UTF-8 (vérifiez l’encodage du terminal). Rien n’est enregistré."),
        (Array("formel\u{0}".utf8), "Ligne refusée : elle contient un caractère de contrôle. Rien n’est enregistré."),
    ]

    @Test func longLinesAndInvalidUTF8Piped() throws {
        let folder = try setUp()
        var input: [UInt8] = []
        for line in Self.hostileLines { input += line.bytes + [0x0A] }
        input += Array("formel\nq\n".utf8)
        let path = folder + "/hostile.txt"
        try Data(input).write(to: URL(fileURLWithPath: path))
        let (status, output) = try run(["interview", "--questionnaire", "q.yaml", "--site", "Foyer", "--date", "2026-11-29"],
                                       in: folder, input: .file(path))
        #expect(status == 0)
        for line in Self.hostileLines {
            #expect(output.contains("1/5 >\n\(line.reason)\n1/5 >\n"), "\(line.reason)")
        }
        let a = try AssessmentCodec.decode(try E2E.read(folder + "/assessments/foyer/2026-11-29.json"))
        #expect(a.answers.count == 1)
        #expect(a.answers["gouv.sponsor"]?.value == .string("formel"))
    }

    @Test func longLinesAndInvalidUTF8OnATerminal() throws {
        let folder = try setUp()
        let child = try ChildProcess(["interview", "--questionnaire", "q.yaml", "--site", "Foyer", "--date", "2026-11-29"],
                                     in: folder, input: .terminal)
        try child.expect("1/5 > ")
        // On a terminal, control characters are readline's editing keys and never reach the
        // line; a 100 kB line stands for the 1 MB one, whose echo takes a minute to go through.
        let lines = [(Array(repeating: UInt8(ascii: "1"), count: 100_000), Self.hostileLines[0].reason)] + Self.hostileLines[1...2]
        for line in lines {
            child.send(bytes: line.bytes + [0x0D])
            // On a terminal, lines are wrapped at word boundaries to its width (80 columns here).
            try child.expect(String(line.reason.prefix(60)), timeout: 60)
            try child.expect("1/5 > ")
        }
        child.send("formel\r")
        try child.expect("2/5 > ")
        child.send("q\r")
        #expect(child.waitForExit() == 0)
        let a = try AssessmentCodec.decode(try E2E.read(folder + "/assessments/foyer/2026-11-29.json"))
        #expect(a.answers.count == 1)
        #expect(a.answers["gouv.sponsor"]?.value == .string("formel"))
    }
}
