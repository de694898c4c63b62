#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
@testable import SobreCore

/// The file operations behind every save: temporary names, their removal, permissions kept
/// across the atomic replace, the lock, and the check of an output path.
@Suite struct FileWriteTests {
    func folder() throws -> String {
        try TemporaryFolder("sobre-core").path
    }

    func mode(_ path: String) -> mode_t {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & 0o7777 : 0
    }

    @Test func temporaryNames() {
        #expect(FileIO.isTemporaryName(".a.json.Ab3xY9", of: "a.json"))
        #expect(FileIO.isTemporaryName(".a.json.000000", of: "a.json"))
        #expect(!FileIO.isTemporaryName(".a.json.lock", of: "a.json"))
        #expect(!FileIO.isTemporaryName(".a.json.Ab3xY", of: "a.json"))
        #expect(!FileIO.isTemporaryName(".a.json.Ab3xY9Z", of: "a.json"))
        #expect(!FileIO.isTemporaryName(".a.json.Ab-xY9", of: "a.json"))
        #expect(!FileIO.isTemporaryName(".b.json.Ab3xY9", of: "a.json"))
        #expect(!FileIO.isTemporaryName("a.json.Ab3xY9", of: "a.json"))
        #expect(!FileIO.isTemporaryName("..Ab3xY9", of: ""))
    }

    @Test func aWriteLeavesOnlyItsFileAndKeepsItsMode() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/a.json"
        try FileIO.writeAtomically(Array("1".utf8), to: path)
        #expect(mode(path) == 0o644 & ~currentUmask())
        for wanted: mode_t in [0o600, 0o640, 0o444] {
            chmod(path, wanted)
            try FileIO.writeAtomically(Array("2".utf8), to: path)
            #expect(mode(path) == wanted)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["a.json"])
    }

    /// A write whose check says no, once the text is written, leaves the file as it was and no
    /// temporary file; the check is asked after the last byte, once.
    @Test func aRefusedReplaceLeavesTheFileAndNothingElse() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/a.json"
        try FileIO.writeAtomically(Array("old".utf8), to: path)
        var asked: [Int] = []
        var written = 0
        let refused = try FileIO.writeAtomically(to: path, replacingIf: { asked.append(written); return false }) { write in
            for piece in ["n", "e", "w"] { write(Array(piece.utf8)); written += 1 }
        }
        #expect(!refused)
        #expect(asked == [3])
        #expect(try FileIO.read(path) == Array("old".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["a.json"])
        #expect(try FileIO.writeAtomically(to: path, replacingIf: { true }) { $0(Array("new".utf8)) })
        #expect(try FileIO.read(path) == Array("new".utf8))
    }

    /// A file written as a stream has the mode of the one it replaces from its first byte: a
    /// private comparison is never readable by others while its 250 MB are written.
    /// A streamed write of several flush steps, in uneven pieces (flushed on another thread as it
    /// goes): the file holds every byte in order, and nothing else is left.
    @Test(.timeLimit(.minutes(1))) func aLongStreamedWriteHoldsEveryByte() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/long.json"
        var expected: [UInt8] = []
        try FileIO.writeAtomically(to: path) { write in
            var k = 0
            while expected.count < 3 * FileIO.flushStep + 12_345 {
                let piece = [UInt8](repeating: UInt8(truncatingIfNeeded: 0x41 + k % 26), count: 1 + (k * 7919) % 300_000)
                write(piece)
                expected += piece
                k += 1
            }
        }
        #expect(try FileIO.read(path) == expected)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["long.json"])
    }

    @Test func aStreamedWriteIsPrivateFromItsFirstByte() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/a.json"
        try FileIO.writeAtomically(Array("1".utf8), to: path)
        chmod(path, 0o600)
        var seen: [mode_t] = []
        try FileIO.writeAtomically(to: path) { write in
            write(Array("2".utf8))
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
            seen = names.filter { FileIO.isTemporaryName($0, of: "a.json") }.map { mode(dir + "/" + $0) }
            write(Array("3".utf8))
        }
        #expect(seen == [0o600])
        #expect(mode(path) == 0o600)
        #expect(try FileIO.read(path) == Array("23".utf8))
    }

    /// Read, not set and restored: tests run in parallel and the umask is the process's.
    func currentUmask() -> mode_t {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("Umask:") }
        return line.flatMap { mode_t($0.dropFirst(6).trimmingCharacters(in: .whitespaces), radix: 8) } ?? 0o022
    }

    @Test func staleTemporariesAreOnlyOldOnesOfTheFile() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let old = Date(timeIntervalSinceNow: -Double(FileIO.staleTemporaryAge + 60))
        for (name, date) in [(".a.json.Old123", old), (".a.json.New123", Date()), (".b.json.Old123", old), (".a.json.lock", old)] {
            try "x".write(toFile: dir + "/" + name, atomically: false, encoding: .utf8)
            try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: dir + "/" + name)
        }
        try FileManager.default.createDirectory(atPath: dir + "/.a.json.Dir123", withIntermediateDirectories: false)
        try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: dir + "/.a.json.Dir123")
        #expect(FileIO.removeStaleTemporaries(of: dir + "/a.json") == [dir + "/.a.json.Old123"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == [".a.json.Dir123", ".a.json.New123", ".a.json.lock", ".b.json.Old123"])
    }

    @Test func aLockIsRefusedWhileHeldAndFreeOnceReleased() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/.a.json.lock"
        var first: FileLock? = try FileLock.acquire(path, note: Array("first\n".utf8))
        #expect(first?.path == path)
        // flock belongs to the open file: a second open, even in this process, is refused.
        #expect(throws: FileLock.Failure.held(note: Array("first\n".utf8))) { try FileLock.acquire(path, note: []) }
        first = nil
        #expect(!FileManager.default.fileExists(atPath: path), "removed on release")
        let second = try FileLock.acquire(path, note: Array("second\n".utf8))
        #expect(try contents(path) == Array("second\n".utf8))
        withExtendedLifetime(second) {}
    }

    @Test func aLinkInPlaceOfTheLockFileIsNotFollowed() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "précieux".write(toFile: dir + "/target", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: dir + "/.a.json.lock", withDestinationPath: "target")
        #expect(throws: FileLock.Failure.self) { try FileLock.acquire(dir + "/.a.json.lock", note: Array("x".utf8)) }
        #expect(try String(contentsOfFile: dir + "/target", encoding: .utf8) == "précieux")
    }

    /// Read in one call when the file is the size `fstat` says; whole whatever its size, and
    /// whole when the size said is 0 although the file has bytes (the kernel's own files).
    @Test(arguments: [0, 1, 4095, 4096, 4097, 65536, 65537, 300_000])
    func aFileIsReadWhole(size: Int) throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var rng = SplitMix64(seed: UInt64(size))
        let bytes = (0..<size).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
        try Data(bytes).write(to: URL(fileURLWithPath: dir + "/f.bin"))
        #expect(try FileIO.read(dir + "/f.bin") == bytes)
    }

    @Test func aFileThatSaysItIsEmptyIsStillReadWhole() throws {
        let said = try #require(FileIdentity("/proc/self/status")).isRegularFile
        #expect(said)
        let bytes = try FileIO.read("/proc/self/cmdline")
        #expect(bytes.count > 0)
        #expect(try bytes == contents("/proc/self/cmdline"))
    }

    /// The file `--output` would replace is looked through a megabyte at a time: a key cut in
    /// two by the edge of a piece is still found.
    @Test func anAssessmentKeyAcrossTwoPiecesIsFound() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let head = #"{"format": 1, "pad": ""#
        for shift in -9...9 {
            // `"answers"` starts just before, on or just after the first megabyte's end.
            let pad = String(repeating: "p", count: (1 << 20) - head.utf8.count - 3 + shift)
            let text = head + pad + #"", "answers": {}}"#
            try text.write(toFile: dir + "/big.json", atomically: false, encoding: .utf8)
            #expect(OutputTarget.problem(dir + "/big.json", inputs: []) == .assessment, "shift \(shift)")
            try text.replacingOccurrences(of: "answers", with: "answerz").write(toFile: dir + "/big.json", atomically: false, encoding: .utf8)
            #expect(OutputTarget.problem(dir + "/big.json", inputs: []) == nil, "shift \(shift)")
        }
    }

    @Test func outputTargets() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try #"{"format": 1, "answers": {}}"#.write(toFile: dir + "/a.json", atomically: false, encoding: .utf8)
        try #"{"report_format": 1, "answers": {}}"#.write(toFile: dir + "/r.json", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: dir + "/l.json", withDestinationPath: "a.json")
        // A comparison mentions both keys deeper down, and a broken file with both is not JSON.
        try #"{"compare_format": 1, "sites": [{"format": 1, "answers": {}}]}"#.write(toFile: dir + "/c.json", atomically: false, encoding: .utf8)
        try #"{"format": 1, "answers": {"#.write(toFile: dir + "/t.json", atomically: false, encoding: .utf8)
        try #"{"for\u006dat": 1, "answers": []}"#.write(toFile: dir + "/e.json", atomically: false, encoding: .utf8)
        #expect(OutputTarget.problem(dir + "/c.json", inputs: []) == nil)
        #expect(OutputTarget.problem(dir + "/t.json", inputs: []) == nil)
        #expect(OutputTarget.problem(dir + "/e.json", inputs: []) == .assessment)
        #expect(OutputTarget.problem("", inputs: []) == .empty)
        #expect(OutputTarget.problem(dir + "/new.json", inputs: [dir + "/a.json"]) == nil)
        #expect(OutputTarget.problem(dir + "/l.json", inputs: [dir + "/a.json"]) == .input(dir + "/a.json"))
        #expect(OutputTarget.problem(dir + "/a.json", inputs: [dir]) == .input(dir + "/a.json"))
        #expect(OutputTarget.problem(dir + "/a.json", inputs: []) == .assessment)
        #expect(OutputTarget.problem(dir + "/r.json", inputs: [dir + "/a.json"]) == nil)
        #expect(OutputTarget.problem(dir, inputs: [dir]) == nil, "a folder is left for the write to refuse")
    }

    private func contents(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }
}
