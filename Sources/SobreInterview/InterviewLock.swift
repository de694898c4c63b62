#if canImport(Glibc)
import Glibc
#endif
import SobreCore
import SobreJSON

/// The lock an interview holds on its assessment file from before its first read of the file
/// to its end, so that a second interview of the same file (same site and date, or `--resume`)
/// is refused instead of writing its own answers over the first one's.
///
/// The lock file is `.<name>.lock` beside the assessment; it says who holds it (computer,
/// process, since when) for the refusal's message. The kernel drops the lock when the process
/// ends, even when killed, so a crash never blocks the next interview.
public struct InterviewLock: Sendable {
    /// The assessment file this lock protects; every save goes there.
    public let assessmentPath: String
    private let file: FileLock

    /// Who holds a lock, as its lock file says.
    public struct Holder: Sendable, Equatable {
        public var host: String
        public var pid: Int
        /// When the interview started (`2026-11-29T09:12:00Z`).
        public var since: String

        /// `since` for a sentence: `le 2026-11-29 à 09:12:00 UTC`, or as written when it is no timestamp.
        func when(_ l: Language) -> String {
            let parts = since.split(separator: "T")
            guard parts.count == 2, IsoDate.isValidDay(String(parts[0])), parts[1].hasSuffix("Z") else { return since }
            let time = parts[1].dropLast()
            return InterviewMessages.lockedSince(day: String(parts[0]), time: String(time), l)
        }

        /// The lock file's line.
        var note: [UInt8] {
            JSONWriter.bytes(.object(JSONObject([("host", .string(host)), ("pid", .number(Double(pid))), ("since", .string(since))])),
                             pretty: false) + [0x0A]
        }
    }

    /// Why an interview may not use a file.
    public enum Failure: Error, Sendable, Equatable {
        /// Another interview holds the file.
        case held(path: String, by: Holder?)
        /// The lock file cannot be made (a folder that cannot be written…).
        case failed(path: String, FileIO.Failure)
        /// The path names no file (`""`, `folder/`).
        case notAFile(path: String)

        /// What is wrong and what to do, in one sentence.
        public func message(_ l: Language) -> String {
            switch self {
            case .held(let path, let holder):
                let who = holder.map { h in
                    InterviewMessages.lockHolder(host: h.host, pid: h.pid, since: h.when(l), l)
                } ?? ""
                let resume = "sobre interview --resume \(ShellQuote.quote(path))"
                return InterviewMessages.alreadyOpen(path, holder: who, resume: resume, l)
            case .failed(let path, let failure):
                return InterviewMessages.cannotWrite(path, failure, l)
            case .notAFile(let path):
                return InterviewMessages.notAnAssessmentFileName(path, l)
            }
        }
    }

    /// `folder/.<name>.lock` for `folder/<name>`.
    public static func lockPath(for assessmentPath: String) -> String {
        FileIO.join(FileIO.directory(of: assessmentPath), ".\(FileIO.baseName(of: assessmentPath)).lock")
    }

    /// Takes the lock for `assessmentPath` (making its folder first with `creatingFolder`, for a
    /// new file), then removes the temporary files killed saves of it left behind: only the
    /// holder may, as no one else writes the file.
    public static func acquire(_ assessmentPath: String, since: String, creatingFolder: Bool = false) throws(Failure) -> InterviewLock {
        let name = FileIO.baseName(of: assessmentPath)
        guard !name.isEmpty, name != ".", name != ".." else { throw .notAFile(path: assessmentPath) }
        if creatingFolder {
            do {
                try FileIO.makeDirectories(FileIO.directory(of: assessmentPath))
            } catch {
                throw .failed(path: assessmentPath, error)
            }
        }
        let holder = Holder(host: hostName(), pid: Int(getpid()), since: since)
        let file: FileLock
        do throws(FileLock.Failure) {
            file = try FileLock.acquire(lockPath(for: assessmentPath), note: holder.note)
        } catch {
            switch error {
            case .held(let note): throw .held(path: assessmentPath, by: Holder(note: note))
            case .failed(let failure): throw .failed(path: assessmentPath, failure)
            }
        }
        FileIO.removeStaleTemporaries(of: assessmentPath)
        return InterviewLock(assessmentPath: assessmentPath, file: file)
    }

    private static func hostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "?" }
        return FileIO.string(fromCString: buffer)
    }
}

/// A holder read back from its lock file (kept out of the struct so it keeps its memberwise init).
extension InterviewLock.Holder {
    /// Reads a lock file's line; nil when it is empty (the holder has not written it yet) or
    /// not one of ours. Texts are kept to printable ASCII: the line is shown on a terminal.
    init?(note: [UInt8]) {
        guard let value = try? JSONParser.parse(note), case .object(let object) = value,
              let host = object["host"]?.stringValue, let pid = object["pid"]?.numberValue,
              let since = object["since"]?.stringValue, pid >= 1, pid <= Double(Int32.max) else { return nil }
        func printable(_ text: String) -> String {
            String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value > 0x20 && $0.value < 0x7F }.prefix(64)))
        }
        self.init(host: printable(host), pid: Int(pid), since: printable(since))
    }
}
