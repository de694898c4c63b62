#if canImport(Glibc)
import Glibc
#endif
import Foundation
import SobreCore
import Testing

/// Faults of what `sobre` reads: names that are not UTF-8, link loops, FIFOs, damaged questionnaire
/// copies, numbers too large. Every command runs with a timeout (`run` waits 30 s, then the
/// child is killed), so that a regression that blocks fails instead of hanging the suite.
extension FaultTests {
    /// A shell word that makes these bytes (for arguments that are not UTF-8, which a Swift
    /// `String` cannot hold): `"$(printf '\377')"`.
    static func shellWord(_ bytes: [UInt8]) -> String {
        let octal = bytes.map { b -> String in
            let digits = String(b, radix: 8)
            return "\\" + String(repeating: "0", count: 3 - digits.count) + digits
        }
        return "\"$(printf '\(octal.joined())')\""
    }

    /// Runs `sobre ARGUMENTS… EXTRA`, with `extra` given as bytes.
    func run(_ arguments: [String], then extra: [[UInt8]], in folder: String) throws -> (status: Int32?, output: String) {
        try run(arguments, in: folder, shell: "set -- \"$@\" \(extra.map(Self.shellWord).joined(separator: " "));")
    }

    /// Makes a folder or writes a file at a path of raw bytes.
    static func make(_ path: [UInt8], folder: Bool = false, contents: [UInt8] = []) {
        let cPath = path.map { CChar(bitPattern: $0) } + [0]
        cPath.withUnsafeBufferPointer { buffer in
            guard let name = buffer.baseAddress else { return }
            if folder {
                mkdir(name, 0o755)
                return
            }
            let fd = open(name, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            _ = contents.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            close(fd)
        }
    }

    static func isRegularFile(_ path: [UInt8]) -> Bool {
        var info = stat()
        let found = (path.map { CChar(bitPattern: $0) } + [0]).withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { stat($0, &info) == 0 } ?? false
        }
        return found && (info.st_mode & S_IFMT) == S_IFREG
    }

    // MARK: - Names that are not UTF-8

    /// A folder named in Latin-1 is compared, a file in it reported, and `--out` writes the
    /// very name given; the bad bytes are shown as `\xFF`.
    @Test func namesThatAreNotUTF8() throws {
        let folder = try setUp()
        let root = Array((folder + "/").utf8)
        Self.make(root + [0x64, 0xFF], folder: true)  // d\xFF
        let other = String(decoding: Self.sample, as: UTF8.self).replacing("\"id\": \"foyer-les-tilleuls\"", with: "\"id\": \"autre\"")
        Self.make(root + [0x64, 0xFF] + Array("/b.json".utf8), contents: Array(other.utf8))

        let compare = try run(["compare", ".", "--format", "csv"], in: folder)
        #expect(compare.status == 0)
        #expect(compare.output.contains("\nautre;"), "the site in d\\xFF is compared")
        #expect(compare.output.contains("\nfoyer-les-tilleuls;"))
        let json = try run(["compare", ".", "--format", "json"], in: folder)
        #expect(json.output.contains("\"file\": \"./d\\\\xFF/b.json\""))

        let report = try run(["report", "--format", "csv"], then: [[0x64, 0xFF] + Array("/b.json".utf8)], in: folder)
        #expect(report.status == 0)
        #expect(report.output.contains("gouvernance"))
        let missing = try run(["report"], then: [[0x64, 0xFF] + Array("/absent.json".utf8)], in: folder)
        #expect(missing.status == 1)
        #expect(missing.output == "sobre: d\\xFF/absent.json: lecture impossible : dossier ou fichier introuvable\n")

        let name = [0xE9] + Array(".json".utf8)  // Latin-1 "é.json"
        let interview = try run(["interview", "--questionnaire", "q.yaml", "--site", "Foyer", "--date", "2026-11-29", "--out"],
                                then: [name], in: folder)
        #expect(interview.status == 3, "end of the answers")
        #expect(Self.isRegularFile(root + name))
        #expect(!FileManager.default.fileExists(atPath: folder + "/\u{FFFD}.json"))

        // Text options are text: a bad byte is repaired there, as it always was.
        let site = try run(["interview", "--questionnaire", "q.yaml", "--date", "2026-11-29", "--out", "t.json", "--site"],
                           then: [Array("Foyer".utf8) + [0xFF]], in: folder)
        #expect(site.status == 3)
        let a = try AssessmentCodec.decode(try E2E.read(folder + "/t.json"))
        #expect(a.site.name == "Foyer\u{FFFD}")
        #expect(a.site.id == "foyer")
    }

    // MARK: - Link loops

    /// `up -> ..` and `again -> ../a` in one folder: each folder is searched once.
    @Test func linkLoops() throws {
        let folder = try setUp()
        try FileManager.default.createDirectory(atPath: folder + "/r/a", withIntermediateDirectories: true)
        try FileManager.default.moveItem(atPath: folder + "/a.json", toPath: folder + "/r/a/x.json")
        symlink("..", folder + "/r/a/up")
        symlink("../a", folder + "/r/a/again")
        let (status, output) = try run(["compare", "r", "--format", "json"], in: folder)
        #expect(status == 0)
        #expect(output.components(separatedBy: "\"file\": \"r/a/x.json\"").count == 3, "the file, once, as latest and in the history")
        #expect(!output.contains("/up/"))
        #expect(!output.contains("/again/"))
    }

    // MARK: - Regular files only

    /// A FIFO named to any command is refused at once, not waited on.
    @Test func fifosAreRefused() throws {
        let folder = try setUp()
        #expect(mkfifo(folder + "/p.json", 0o644) == 0)
        let reason = "ce n’est pas un fichier ordinaire (tube, périphérique ou socket)"
        let report = try run(["report", "p.json"], in: folder)
        #expect(report.status == 1)
        #expect(report.output == "sobre: p.json: lecture impossible : \(reason)\n")
        let compare = try run(["compare", "p.json", "a.json", "--format", "csv"], in: folder)
        #expect(compare.status == 1)
        #expect(compare.output.contains("p.json: lecture impossible : \(reason)\n"))
        #expect(compare.output.contains("foyer-les-tilleuls"))
        let inFolder = try run(["compare", ".", "--format", "csv"], in: folder)
        #expect(inFolder.status == 1)
        #expect(inFolder.output.contains("./p.json: lecture impossible : \(reason)\n"))
        let validate = try run(["validate", "p.json"], in: folder)
        #expect(validate.status == 1)
        #expect(validate.output.hasPrefix("p.json:1:1: error: lecture impossible : \(reason)"))
        let resume = try run(["interview", "--resume", "p.json"], in: folder)
        #expect(resume.status == 1)
        #expect(resume.output == "sobre: impossible de lire p.json : \(reason)\n")
        let previous = try run(["report", "a.json", "--previous", "p.json"], in: folder)
        #expect(previous.status == 1)
        #expect(previous.output == "sobre: p.json: lecture impossible : \(reason)\n")
    }

    /// A folder that cannot be read is reported, not skipped.
    @Test(.enabled(if: canMakeReadOnly)) func unreadableFolderIsReported() throws {
        let folder = try setUp()
        try FileManager.default.createDirectory(atPath: folder + "/locked", withIntermediateDirectories: false)
        try Data(Self.sample).write(to: URL(fileURLWithPath: folder + "/locked/b.json"))
        chmod(folder + "/locked", 0o000)
        defer { chmod(folder + "/locked", 0o755) }
        let (status, output) = try run(["compare", ".", "--format", "csv"], in: folder, wrapper: Self.unprivileged)
        #expect(status == 1)
        #expect(output.contains("./locked: dossier illisible : permission refusée\n"))
        #expect(output.contains("foyer-les-tilleuls"))
    }

    // MARK: - Questionnaire copies

    /// An interview in progress with the test questionnaire (not bundled), its copy in
    /// `.questionnaires/`, then the copy damaged as `damage` says.
    func assessmentWithDamagedCopy(_ damage: String) throws -> (folder: String, copy: String) {
        let folder = try setUp()
        let started = try run(["interview", "--questionnaire", "q.yaml", "--site", "Foyer", "--date", "2026-11-29", "--out", "x.json"],
                              in: folder)
        #expect(started.status == 3)
        let sha = SHA256.hex(Array(E2EFixtures.questionnaire.utf8))
        let copy = folder + "/.questionnaires/\(sha).yaml"
        #expect(try E2E.read(copy) == Array(E2EFixtures.questionnaire.utf8))
        try FileManager.default.removeItem(atPath: copy)
        if damage == "fifo" {
            #expect(mkfifo(copy, 0o644) == 0)
        } else {
            try E2E.write(E2EFixtures.questionnaire + "# retouché\n", to: copy)
        }
        return (folder, copy)
    }

    /// A copy whose bytes no longer match its name is never used: the message says it was
    /// modified (or cannot be read), not that it is missing; the next interview with that
    /// questionnaire puts the right bytes back, and the assessment can be scored again.
    @Test(arguments: ["modified", "fifo"]) func damagedCopies(damage: String) throws {
        let (folder, copy) = try assessmentWithDamagedCopy(damage)
        let problem = damage == "fifo"
            ? "la copie du questionnaire « test-entretien » version 1 est illisible : \(copy) : ce n’est pas un fichier ordinaire (tube, périphérique ou socket)"
            : "la copie du questionnaire « test-entretien » version 1 a été modifiée : \(copy) ne correspond plus à son empreinte sha256 ; remettez le fichier d’origine (aucun questionnaire fourni n’a ce contenu)"
        let report = try run(["report", "x.json"], in: folder)
        #expect(report.status == 1)
        #expect(report.output == "sobre: x.json: \(problem)\n")
        let compare = try run(["compare", "x.json", "a.json", "--format", "csv"], in: folder)
        #expect(compare.status == 1)
        #expect(compare.output.contains("x.json: \(problem)\n"))
        let resume = try run(["interview", "--resume", "x.json"], in: folder)
        #expect(resume.status == 1)
        #expect(resume.output == "sobre: x.json : \(problem) ; le fichier n’est pas modifié\n")

        let again = try run(["interview", "--questionnaire", "q.yaml", "--site", "Foyer", "--date", "2026-11-30", "--out", "y.json"],
                            in: folder)
        #expect(again.status == 3)
        #expect(try E2E.read(copy) == Array(E2EFixtures.questionnaire.utf8))
        #expect(try run(["report", "x.json", "--format", "json"], in: folder).status == 0)
    }

    /// A hash in upper case names the same questionnaire.
    @Test func upperCaseHash() throws {
        let folder = try setUp()
        let text = String(decoding: Self.sample, as: UTF8.self)
            .replacing(/"sha256": "([0-9a-f]{64})"/) { "\"sha256\": \"\($0.output.1.uppercased())\"" }
        #expect(text != String(decoding: Self.sample, as: UTF8.self))
        try E2E.write(text, to: folder + "/u.json")
        let report = try run(["report", "u.json", "--format", "csv"], in: folder)
        #expect(report.status == 0)
        #expect(report.output.contains("gouvernance"))
    }

    // MARK: - Numbers

    /// A file holding a number too large for a double is not a truncated file.
    @Test func numberTooLarge() throws {
        let folder = try setUp()
        try E2E.write("1e999999", to: folder + "/n.json")
        let report = try run(["report", "n.json"], in: folder)
        #expect(report.status == 1)
        #expect(report.output == "sobre: n.json: un nombre est trop grand pour être lu (ligne 1, colonne 1) : au-delà de ±1,8 × 10^308\n")
        let compare = try run(["compare", "n.json", "a.json"], in: folder)
        #expect(compare.status == 1)
        #expect(compare.output.contains("n.json: un nombre est trop grand pour être lu"))
    }

    /// A level id beyond 2^53 is refused where it is written, not written as a float.
    @Test func levelIDTooLarge() throws {
        let folder = try setUp()
        try E2E.write(E2EFixtures.questionnaire.replacing("{ id: 2, name: Avancé", with: "{ id: 9007199254740993, name: Avancé"),
                      to: folder + "/big.yaml")
        let (status, output) = try run(["validate", "big.yaml"], in: folder)
        #expect(status == 1)
        #expect(output == "big.yaml:8:11: error: l’id de niveau 9007199254740993 est trop grand : il doit rester entre -2^53 et 2^53 (9007199254740992), au-delà un nombre JSON ne le garde pas exactement\n")
    }
}
