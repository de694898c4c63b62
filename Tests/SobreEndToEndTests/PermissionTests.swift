#if canImport(Glibc)
import Glibc
#endif
import Foundation
import SobreCore
import Testing

/// A save keeps the permissions of the assessment it replaces (personal data: names, notes);
/// a new file gets what the umask allows.
@Suite struct PermissionTests {
    let path = "assessments/foyer/2026-11-29.json"

    func setUp() throws -> String {
        let folder = try E2E.folder(memory: true)
        try E2E.write(E2EFixtures.questionnaire, to: folder + "/q.yaml")
        return folder
    }

    func interview(_ arguments: [String], in folder: String, input: String, shell: String = "") throws -> Int32? {
        let file = folder + "/input.txt"
        try E2E.write(input, to: file)
        let child = try ChildProcess(arguments, in: folder, input: .file(file), shell: shell)
        return child.waitForExit(timeout: 30)
    }

    func mode(_ path: String) -> mode_t {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & 0o7777 : 0
    }

    @Test func aPrivateAssessmentStaysPrivateAfterASave() throws {
        let folder = try setUp()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let start = ["interview", "--questionnaire", "q.yaml", "--site", "Foyer", "--date", "2026-11-29"]
        #expect(try interview(start, in: folder, input: "q\n") == 0)
        chmod(folder + "/" + path, 0o600)
        #expect(try interview(["interview", "--resume", path], in: folder, input: "formel\nq\n") == 0)
        #expect(mode(folder + "/" + path) == 0o600)
        #expect(try AssessmentCodec.decode(try E2E.read(folder + "/" + path)).answers["gouv.sponsor"]?.value == .string("formel"))
        chmod(folder + "/" + path, 0o640)
        #expect(try interview(["interview", "--resume", path], in: folder, input: "oui\nq\n") == 0)
        #expect(mode(folder + "/" + path) == 0o640)
    }

    @Test func aNewAssessmentFollowsTheUmask() throws {
        let folder = try setUp()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let start = ["interview", "--questionnaire", "q.yaml", "--site", "Foyer", "--date", "2026-11-29"]
        #expect(try interview(start, in: folder, input: "formel\nq\n", shell: "umask 077;") == 0)
        #expect(mode(folder + "/" + path) == 0o600)
        #expect(try interview(start + ["--out", "b.json"], in: folder, input: "q\n", shell: "umask 022;") == 0)
        #expect(mode(folder + "/b.json") == 0o644, "as before for the usual umask")
    }

    @Test(.enabled(if: geteuid() == 0)) func runAsRootASaveKeepsTheOwnerAndGroup() throws {
        let folder = try setUp()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let start = ["interview", "--questionnaire", "q.yaml", "--site", "Foyer", "--date", "2026-11-29"]
        #expect(try interview(start, in: folder, input: "q\n") == 0)
        #expect(chown(folder + "/" + path, 65534, 65534) == 0)
        chmod(folder + "/" + path, 0o640)
        #expect(try interview(["interview", "--resume", path], in: folder, input: "formel\nq\n") == 0)
        var info = stat()
        #expect(stat(folder + "/" + path, &info) == 0)
        #expect(info.st_uid == 65534 && info.st_gid == 65534)
        #expect(info.st_mode & 0o7777 == 0o640)
    }
}
