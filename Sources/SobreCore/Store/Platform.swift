#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SystemPackage

/// The few system calls swift-system does not offer (`fsync`, `fchmod`, `fchown`, `flock`,
/// `rename`, `unlink`, `mkdir`, `access`, `realpath`, `getcwd`, folder listings, the user id,
/// the clock, `memchr` and `memcmp`, a thread of its own, the number of cores), in the one file that imports the platform's C library. Each failure is the
/// `Errno` the call set.
enum Platform {
    /// What a thread started by `startThread` runs.
    private final class ThreadBody: Sendable {
        let run: @Sendable () -> Void

        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }

    /// Runs `body` on a new thread of its own, not on the shared pool, which adds a thread only
    /// once it has seen its own waiting (a comparison's cores wait for the questionnaire being
    /// loaded); false when no thread could be made, and `body` was not run.
    static func startThread(_ body: @escaping @Sendable () -> Void) -> Bool {
        let box = Unmanaged.passRetained(ThreadBody(body))
        #if canImport(Darwin)
        var thread: pthread_t?
        let status = pthread_create(&thread, nil, { raw in
            Unmanaged<ThreadBody>.fromOpaque(raw).takeRetainedValue().run()
            return nil
        }, box.toOpaque())
        #else
        var thread = pthread_t()
        let status = pthread_create(&thread, nil, { raw in
            guard let raw else { return nil }
            Unmanaged<ThreadBody>.fromOpaque(raw).takeRetainedValue().run()
            return nil
        }, box.toOpaque())
        #endif
        guard status == 0 else {
            box.release()
            return false
        }
        #if canImport(Darwin)
        if let thread { pthread_detach(thread) }
        #else
        pthread_detach(thread)
        #endif
        return true
    }

    /// How many cores are online (at least one).
    static var processorCount: Int { max(Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))), 1) }

    /// `O_NOCTTY`: a terminal opened by name never becomes the process's controlling terminal.
    static var noControllingTerminal: FileDescriptor.OpenOptions { .init(rawValue: O_NOCTTY) }

    /// Whether `needle` occurs in `bytes`, found by the C library's `memchr` of its byte at
    /// `anchor` (choose a rare one), each find then checked: tens of megabytes a few
    /// milliseconds, where a byte loop in Swift takes ten times as long.
    static func contains(_ bytes: [UInt8], _ needle: StaticString, anchor: Int) -> Bool {
        bytes.withUnsafeBufferPointer { contains($0, needle, anchor: anchor) }
    }

    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: StaticString, anchor: Int) -> Bool {
        let n = needle.utf8CodeUnitCount
        guard anchor >= 0, anchor < n else { return false }
        let wanted = UnsafeBufferPointer(start: needle.utf8Start, count: n)
        guard let base = haystack.baseAddress, haystack.count >= n else { return false }
        var from = anchor
        while from < haystack.count - (n - 1 - anchor) {
            guard let hit = memchr(base + from, Int32(wanted[anchor]), haystack.count - (n - 1 - anchor) - from) else { return false }
            let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + at - anchor, needle.utf8Start, n) == 0 { return true }
            from = at + 1
        }
        return false
    }

    /// Flushes the file to the disk.
    static func sync(_ fd: FileDescriptor) -> Errno? {
        check(fsync(fd.rawValue))
    }

    /// Gives the file these permission bits; failures are the caller's to ignore.
    @discardableResult
    static func changeMode(_ fd: FileDescriptor, _ permissions: FilePermissions) -> Errno? {
        check(fchmod(fd.rawValue, permissions.rawValue))
    }

    /// Gives the file this owner (unchanged when nil) and group.
    static func changeOwner(_ fd: FileDescriptor, user: UserID?, group: GroupID) -> Errno? {
        check(fchown(fd.rawValue, user?.rawValue ?? uid_t.max, group.rawValue))
    }

    /// Takes an exclusive `flock` without waiting.
    static func lockExclusively(_ fd: FileDescriptor) -> Errno? {
        check(flock(fd.rawValue, LOCK_EX | LOCK_NB))
    }

    /// Renames `from` to `to`, replacing it.
    static func move(_ from: String, to: String) -> Errno? {
        check(PathEncoding.withCString(from) { source in PathEncoding.withCString(to) { rename(source, $0) } })
    }

    @discardableResult
    static func remove(_ path: String) -> Errno? {
        check(PathEncoding.withCString(path) { unlink($0) })
    }

    static func makeDirectory(_ path: String, permissions: FilePermissions) -> Errno? {
        check(PathEncoding.withCString(path) { mkdir($0, permissions.rawValue) })
    }

    static func exists(_ path: String) -> Bool {
        PathEncoding.withCString(path) { access($0, F_OK) } == 0
    }

    /// The absolute path with links and `.`/`..` resolved, nil when the file does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = PathEncoding.withCString(path, { realpath($0, nil) }) else { return nil }
        defer { free(resolved) }
        return PathEncoding.string(fromCString: resolved)
    }

    /// The current folder, nil when it cannot be told.
    static func currentDirectory() -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buffer, buffer.count) != nil else { return nil }
        return FileIO.string(fromCString: buffer)
    }

    static var effectiveUserID: UserID { UserID(rawValue: geteuid()) }

    /// Seconds since 1970.
    static var now: Int { Int(time(nil)) }

    /// The entries of a folder with their kind, unsorted, "." and ".." left out; nil when `admit`
    /// refuses the folder's identity (taken from the open folder itself).
    static func entries(_ path: String, admit: (FileIdentity) -> Bool)
        -> Result<[(name: String, kind: FileIO.EntryKind)]?, Errno>
    {
        guard let dir = PathEncoding.withCString(path, { opendir($0) }) else { return .failure(Errno(rawValue: errno)) }
        defer { closedir(dir) }
        let info: Stat
        do throws(Errno) {
            info = try FileDescriptor(rawValue: dirfd(dir)).stat()
        } catch {
            return .failure(error)
        }
        guard admit(FileIdentity(info)) else { return .success(nil) }
        var result: [(name: String, kind: FileIO.EntryKind)] = []
        while true {
            // readdir returns nil at the end and on an error, told apart by errno (which any
            // call may change, so it is cleared just before).
            errno = 0
            guard let entry = readdir(dir) else {
                if errno != 0 { return .failure(Errno(rawValue: errno)) }
                break
            }
            // The name's bytes kept whatever they are.
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { PathEncoding.string(fromCString: $0) }
            }
            if name == "." || name == ".." { continue }
            let kind: FileIO.EntryKind
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): kind = .directory
            case Int32(DT_REG): kind = .file
            case Int32(DT_LNK), Int32(DT_UNKNOWN): kind = .unknown
            default: kind = .other
            }
            result.append((name, kind))
        }
        return .success(result)
    }

    private static func check(_ status: Int32) -> Errno? {
        status == 0 ? nil : Errno(rawValue: errno)
    }
}
