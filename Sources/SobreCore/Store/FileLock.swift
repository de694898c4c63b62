import SystemPackage

/// An exclusive lock held on a lock file until this value goes away or the process ends.
///
/// The lock is `flock` on the lock file's open file description: the kernel drops it when the
/// process dies, even by SIGKILL, so a crash never leaves a lock that blocks. It is taken on a
/// file of its own, not on the file it protects, because that one is replaced by renaming and a
/// lock on it would stay with the old, unlinked copy. The holder writes a short note (who holds
/// it) into the lock file, which a refused caller reads; on release the file is removed.
package final class FileLock: Sendable {
    /// Why the lock was not taken.
    package enum Failure: Error, Sendable, Equatable {
        /// Someone holds it; `note` is what they wrote into the lock file (empty if nothing yet).
        case held(note: [UInt8])
        /// The lock file could not be made or locked.
        case failed(FileIO.Failure)
    }

    /// The lock file.
    package let path: String
    private let fd: FileDescriptor

    private init(path: String, fd: FileDescriptor) {
        self.path = path
        self.fd = fd
    }

    /// Takes the lock on `path`, creating the file, without waiting; writes `note` into it.
    package static func acquire(_ path: String, note: [UInt8]) throws(Failure) -> FileLock {
        // A holder removes the file on release: when that happens between our `open` and our
        // `flock`, we hold a lock on a file no one else will open, so we check that the name
        // still leads to the file we locked, and try again otherwise.
        for _ in 0..<20 {
            // O_NOFOLLOW: a link planted under the lock's name must not make us truncate its target.
            let fd: FileDescriptor
            do throws(FileIO.Failure) {
                fd = try FileIO.open(path, .readWrite, options: [.create, .closeOnExec, .noFollow], permissions: FilePermissions(rawValue: 0o644))
            } catch {
                throw .failed(error)
            }
            if let error = Platform.lockExclusively(fd) {
                if error == .wouldBlock {
                    let note = readNote(fd)
                    try? fd.close()
                    throw .held(note: note)
                }
                try? fd.close()
                throw .failed(FileIO.Failure(path: path, error))
            }
            if let locked = try? fd.stat(), let named = FileIO.status(path, followingLinks: false),
               locked.deviceID == named.deviceID, locked.inode == named.inode {
                _ = try? fd.resize(to: 0)
                _ = try? fd.writeAll(toAbsoluteOffset: 0, note)
                return FileLock(path: path, fd: fd)
            }
            try? fd.close()
        }
        throw .failed(FileIO.Failure(path: path, Errno.resourceTemporarilyUnavailable))
    }

    /// The first few kilobytes of the lock file: a note is a line.
    private static func readNote(_ fd: FileDescriptor) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let n = (try? buffer.withUnsafeMutableBytes { try fd.read(fromAbsoluteOffset: 0, into: $0) }) ?? 0
        return n > 0 ? Array(buffer[0..<n]) : []
    }

    deinit {
        // Removed while still locked, so no one can lock this file after us and think it theirs.
        Platform.remove(path)
        try? fd.close()
    }
}
