#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive lock held on a lock file until this value goes away or the process ends.
///
/// The lock is `flock` on the lock file's open file description: the kernel drops it when the
/// process dies, even by SIGKILL, so a crash never leaves a lock that blocks. It is taken on a
/// file of its own, not on the file it protects, because that one is replaced by renaming and a
/// lock on it would stay with the old, unlinked copy. The holder writes a short note (who holds
/// it) into the lock file, which a refused caller reads; on release the file is removed.
public final class FileLock: Sendable {
    /// Why the lock was not taken.
    public enum Failure: Error, Sendable, Equatable {
        /// Someone holds it; `note` is what they wrote into the lock file (empty if nothing yet).
        case held(note: [UInt8])
        /// The lock file could not be made or locked.
        case failed(FileIO.Failure)
    }

    /// The lock file.
    public let path: String
    private let fd: Int32

    private init(path: String, fd: Int32) {
        self.path = path
        self.fd = fd
    }

    /// Takes the lock on `path`, creating the file, without waiting; writes `note` into it.
    public static func acquire(_ path: String, note: [UInt8]) throws(Failure) -> FileLock {
        // A holder removes the file on release: when that happens between our `open` and our
        // `flock`, we hold a lock on a file no one else will open, so we check that the name
        // still leads to the file we locked, and try again otherwise.
        for _ in 0..<20 {
            // O_NOFOLLOW: a link planted under the lock's name must not make us truncate its target.
            let fd = PathEncoding.withCString(path) { open($0, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644) }
            guard fd >= 0 else { throw .failed(FileIO.failure(path)) }
            guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
                let code = errno
                if code == EWOULDBLOCK {
                    let note = readNote(fd)
                    close(fd)
                    throw .held(note: note)
                }
                close(fd)
                throw .failed(FileIO.Failure(path: path, reason: FileIO.reasonText(code), code: code))
            }
            var locked = stat(), named = stat()
            if fstat(fd, &locked) == 0, PathEncoding.withCString(path, { lstat($0, &named) }) == 0, locked.st_dev == named.st_dev, locked.st_ino == named.st_ino {
                _ = ftruncate(fd, 0)
                _ = note.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
                return FileLock(path: path, fd: fd)
            }
            close(fd)
        }
        throw .failed(FileIO.Failure(path: path, reason: FileIO.reasonText(EAGAIN), code: EAGAIN))
    }

    /// The first few kilobytes of the lock file: a note is a line.
    private static func readNote(_ fd: Int32) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        return n > 0 ? Array(buffer[0..<n]) : []
    }

    deinit {
        // Removed while still locked, so no one can lock this file after us and think it theirs.
        _ = PathEncoding.withCString(path) { unlink($0) }
        close(fd)
    }
}
