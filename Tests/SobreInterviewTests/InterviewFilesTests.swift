#if canImport(Glibc)
import Glibc
#endif
import Foundation
import SobreCore
import SobreInterview
import Testing

/// The questionnaire copy an interview keeps is trusted for its content, not for its name.
@Suite struct InterviewFilesTests {
    /// A folder with the fixture questionnaire as `q.yaml`, and the questionnaire loaded from it.
    static func setUp() throws -> (folder: String, questionnaire: Questionnaire) {
        let folder = try TemporaryFolder("sobre-copy").path
        try FileIO.makeDirectories(folder + "/.questionnaires")
        try FileIO.writeAtomically(Array(Fixtures.yaml.utf8), to: folder + "/q.yaml")
        let questionnaire = try #require(QuestionnaireLibrary.load(folder + "/q.yaml").questionnaire)
        return (folder, questionnaire)
    }

    /// A copy with the right name and other bytes (edited, cut short) is replaced by the exact
    /// bytes of the questionnaire in use, and kept as it is once right.
    @Test(arguments: ["# retouché\n" + Fixtures.yaml, String(Fixtures.yaml.prefix(40)), ""])
    func aDamagedCopyIsRewritten(damaged: String) throws {
        let (folder, q) = try Self.setUp()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let copy = folder + "/.questionnaires/\(q.sha256).yaml"
        try FileIO.writeAtomically(Array(damaged.utf8), to: copy)
        try InterviewFiles.keepCopy(of: q, in: folder + "/.questionnaires")
        #expect(try FileIO.read(copy) == Array(Fixtures.yaml.utf8))
        #expect(SHA256.hex(try FileIO.read(copy)) == q.sha256)
        // A right copy is not written again.
        var before = stat()
        stat(copy, &before)
        try InterviewFiles.keepCopy(of: q, in: folder + "/.questionnaires")
        var after = stat()
        stat(copy, &after)
        #expect(before.st_ino == after.st_ino)
    }

    /// A FIFO in the copy's place is replaced too, without waiting for a writer.
    @Test func aCopyThatIsNotARegularFileIsReplaced() throws {
        let (folder, q) = try Self.setUp()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let copy = folder + "/.questionnaires/\(q.sha256).yaml"
        #expect(mkfifo(copy, 0o644) == 0)
        try InterviewFiles.keepCopy(of: q, in: folder + "/.questionnaires")
        var info = stat()
        #expect(stat(copy, &info) == 0)
        // Read only once it is a regular file: reading a FIFO with no writer would wait for ever.
        try #require((info.st_mode & S_IFMT) == S_IFREG)
        #expect(try FileIO.read(copy) == Array(Fixtures.yaml.utf8))
    }
}
