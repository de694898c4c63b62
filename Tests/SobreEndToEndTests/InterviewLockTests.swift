#if canImport(Glibc)
import Glibc
#endif
import Foundation
import SobreCore
import Testing

/// One interview per assessment file: a second one is refused while the first runs, and
/// allowed once it is gone, even killed; the holder clears the leftovers of killed saves.
@Suite struct InterviewLockTests {
    let path = "assessments/foyer/2026-11-29.json"
    let start = ["interview", "--questionnaire", "q.yaml", "--site", "Foyer", "--date", "2026-11-29"]

    func setUp() throws -> String {
        let folder = try E2E.folder(memory: true)
        try E2E.write(E2EFixtures.questionnaire, to: folder + "/q.yaml")
        return folder
    }

    func run(_ arguments: [String], in folder: String, input: String) throws -> (status: Int32?, output: String) {
        let file = folder + "/input-\(UUID().uuidString).txt"
        try E2E.write(input, to: file)
        let child = try ChildProcess(arguments, in: folder, input: .file(file))
        let status = child.waitForExit(timeout: 30)
        return (status, child.text)
    }

    func hostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        gethostname(&buffer, buffer.count - 1)
        return FileIO.string(fromCString: buffer)
    }

    @Test func aSecondInterviewOfTheSameFileIsRefusedUntilTheFirstIsGone() throws {
        let folder = try setUp()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let first = try ChildProcess(start, in: folder, input: .pipe)
        try first.expect("1/5 >\n")
        first.send("formel\n")
        try first.expect("2/5 >\n")
        let saved = try E2E.read(folder + "/" + path)

        // Same site and date, then --resume of the same file: both refused, the file untouched.
        let message = "sobre: \(path) est déjà ouvert par un autre entretien (machine « \(hostName()) », processus \(first.pid), depuis le "
        let advice = " UTC) ; il n’est pas ouvert une seconde fois, pour que l’un n’efface pas les réponses de l’autre. Terminez ou quittez (q) cet autre entretien, puis reprenez avec : sobre interview --resume \(path)\n"
        for arguments in [start, ["interview", "--resume", path]] {
            let (status, output) = try run(arguments, in: folder, input: "oui\nnon\n3\nq\n")
            #expect(status == 1, "\(arguments)")
            #expect(output.hasPrefix(message), "\(output)")
            #expect(output.hasSuffix(advice), "\(output)")
            #expect(try E2E.read(folder + "/" + path) == saved)
        }

        // The first one goes on and its answers are all there.
        first.send("oui\n")
        try first.expect("3/6 >\n")
        first.signal(SIGKILL)
        #expect(first.waitForExit() == -SIGKILL)
        let kept = try AssessmentCodec.decode(try E2E.read(folder + "/" + path))
        #expect(kept.answers["gouv.sponsor"]?.value == .string("formel"))
        #expect(kept.answers["gouv.referent"]?.value == .bool(true))

        // Killed, it holds nothing: the next interview resumes the file, and leaves no lock file.
        let (status, output) = try run(["interview", "--resume", path], in: folder, input: "4\nq\n")
        #expect(status == 0, "\(output)")
        let resumed = try AssessmentCodec.decode(try E2E.read(folder + "/" + path))
        #expect(resumed.answers["gouv.temps"]?.value == .number(4))
        #expect(resumed.answers["gouv.sponsor"]?.value == .string("formel"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/assessments/foyer") == ["2026-11-29.json"])
    }

    @Test func twoInterviewsStartedTogetherNeverBothWrite() throws {
        let folder = try setUp()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // Both start at once and both find no file; the one that gets the lock first asks its
        // first question, the other is refused (before, both made the file).
        let children = try (0..<2).map { _ in try ChildProcess(start, in: folder, input: .pipe) }
        let deadline = Date().addingTimeInterval(30)
        var exited: [Int32?] = [nil, nil]
        func prompted(_ k: Int) -> Bool { children[k].text.contains("1/5 >\n") }
        while Date() < deadline, !(exited.compactMap { $0 }.count == 1 && (prompted(0) || prompted(1))) {
            for k in 0..<2 where exited[k] == nil { exited[k] = children[k].waitForExit(timeout: 0.05) }
        }
        #expect(exited.compactMap { $0 } == [1], "\(children.map(\.text))")
        for (k, child) in children.enumerated() {
            if exited[k] == 1 {
                #expect(child.text.contains("est déjà ouvert par un autre entretien"))
            } else {
                child.send("formel\nq\n")
                #expect(child.waitForExit() == 0)
            }
        }
        #expect(try AssessmentCodec.decode(try E2E.read(folder + "/" + path)).answers.count == 1)
    }

    @Test func leftoversOfKilledSavesAreRemovedByTheNextInterviewOnly() throws {
        let folder = try setUp()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try run(start, in: folder, input: "q\n").status == 0)
        let foyer = folder + "/assessments/foyer/"
        // Leftovers of this file (one old, one fresh), of another file, and look-alikes.
        let old = Date(timeIntervalSinceNow: -3_600)
        let names: [(String, Date?)] = [
            (".2026-11-29.json.Ab3xY9", old), (".2026-11-29.json.Fresh1", nil), (".2026-11-30.json.Ab3xY9", old),
            (".2026-11-29.json.toolong", old), (".2026-11-29.json.ab-c_9", old), ("2026-11-29.json.Ab3xY9", old),
        ]
        for (name, date) in names {
            try E2E.write("{", to: foyer + name)
            if let date { try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: foyer + name) }
        }
        // A link with a leftover's name is not a leftover (its own time set old, not its target's).
        try FileManager.default.createSymbolicLink(atPath: foyer + ".2026-11-29.json.Link12", withDestinationPath: "2026-11-29.json.Ab3xY9")
        var times = [timespec(tv_sec: Int(old.timeIntervalSince1970), tv_nsec: 0), timespec(tv_sec: Int(old.timeIntervalSince1970), tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, foyer + ".2026-11-29.json.Link12", &times, AT_SYMLINK_NOFOLLOW) == 0)

        #expect(try run(["interview", "--resume", path], in: folder, input: "q\n").status == 0)
        let left = try FileManager.default.contentsOfDirectory(atPath: foyer).sorted()
        #expect(left == [".2026-11-29.json.Fresh1", ".2026-11-29.json.Link12", ".2026-11-29.json.ab-c_9", ".2026-11-29.json.toolong",
                         ".2026-11-30.json.Ab3xY9", "2026-11-29.json", "2026-11-29.json.Ab3xY9"])
    }

    @Test func anEmptyOrMissingFileIsRefusedBeforeAnyWrite() throws {
        let folder = try setUp()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let out = try run(["interview", "--questionnaire", "q.yaml", "--site", "Foyer", "--out", ""], in: folder, input: "q\n")
        #expect(out.status == 1)
        #expect(out.output == "sobre: --out est vide : donnez le fichier d’évaluation à écrire\n")
        let resume = try run(["interview", "--resume", ""], in: folder, input: "q\n")
        #expect(resume.status == 1)
        #expect(resume.output == "sobre: --resume est vide : donnez le fichier d’évaluation à reprendre\n")
        let missing = try run(["interview", "--resume", "absent/a.json"], in: folder, input: "q\n")
        #expect(missing.status == 1)
        #expect(missing.output == "sobre: impossible de lire absent/a.json : dossier ou fichier introuvable\n", "no lock for a missing file")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).filter { !$0.hasPrefix("input-") } == ["q.yaml"])
    }
}
