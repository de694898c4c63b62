#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file operations the store needs, with errors as values and writes that are atomic.
public enum FileIO {
    /// Why a file operation failed, with the system's reason.
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        public var path: String
        /// The system's reason, in English.
        public var reason: String
        /// The `errno` behind it, 0 when there is none.
        public var code: Int32 = 0
        public var description: String { "\(path): \(reason)" }

        /// The `code` of a file that is there but is not a regular file (a FIFO, a device, a
        /// socket): no `errno` says it.
        public static let notRegularFile: Int32 = -1

        /// The reason in the user's language: French words for the failures a user can meet
        /// and fix (permissions, a full disk, a missing folder…), the system's words otherwise.
        public func reason(_ l: Language) -> String {
            guard l == .fr else { return reason }
            switch code {
            case EACCES, EPERM: return "permission refusée"
            case EROFS: return "système de fichiers en lecture seule"
            case ENOENT: return "dossier ou fichier introuvable"
            case ENOTDIR: return "un élément du chemin n’est pas un dossier"
            case EISDIR: return "c’est un dossier"
            case ENOSPC: return "plus de place sur le disque"
            case EDQUOT: return "quota de disque dépassé"
            case EFBIG: return "fichier trop grand pour la limite fixée par le système"
            case ENAMETOOLONG: return "nom de fichier trop long"
            case EIO: return "erreur d’entrée-sortie du disque"
            case EMFILE, ENFILE: return "trop de fichiers ouverts"
            case Self.notRegularFile: return "ce n’est pas un fichier ordinaire (tube, périphérique ou socket)"
            default: return reason == "file too large" ? "fichier trop grand" : reason
            }
        }
    }

    /// Largest file read; assessments and questionnaires are far smaller.
    public static let maximumFileSize = 64 << 20

    /// Reads a whole regular file; anything else (a folder, a FIFO, a device) is refused.
    public static func read(_ path: String) throws(Failure) -> [UInt8] {
        // Opening a FIFO without O_NONBLOCK waits for a writer, for ever if none comes; a regular
        // file reads the same with the flag. O_NOCTTY: a terminal named here never becomes ours.
        let fd = PathEncoding.withCString(path) { open($0, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY) }
        guard fd >= 0 else { throw failure(path) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw failure(path) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw Failure(path: path, reason: reasonText(EISDIR), code: EISDIR)
        default: throw Failure(path: path, reason: "not a regular file", code: Failure.notRegularFile)
        }
        // A buffer of the file's size (and one byte more, to meet the end at once), not a fixed
        // 64 KB one: clearing 64 KB for each of 100,000 small assessments was a measurable cost.
        let expected = info.st_size > 0 ? Int(info.st_size) : 0
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(expected, maximumFileSize))
        var chunk = [UInt8](repeating: 0, count: min(max(expected + 1, 4096), 1 << 20))
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw failure(path)
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
            if bytes.count > maximumFileSize { throw Failure(path: path, reason: "file too large") }
        }
        return bytes
    }

    /// Replaces `path` with `bytes` atomically: a temporary file in the same folder, flushed, renamed.
    ///
    /// A crash at any moment leaves either the old file or the new one, never a mix. The new
    /// file keeps the permissions (and, where allowed, the owner and group) of the one it
    /// replaces; a file that did not exist gets mode 0644 less the umask.
    public static func writeAtomically(_ bytes: [UInt8], to path: String) throws(Failure) {
        let folder = directory(of: path)
        let (fd, temporary) = try createTemporary(for: path)
        var ok = false
        defer {
            if !ok { _ = PathEncoding.withCString(temporary) { unlink($0) } }
        }
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                let error = failure(path)
                close(fd)
                throw error
            }
            written += n
        }
        keepPermissions(of: path, on: fd)
        guard fsync(fd) == 0 else {
            let error = failure(path)
            close(fd)
            throw error
        }
        close(fd)
        let renamed = PathEncoding.withCString(temporary) { from in PathEncoding.withCString(path) { rename(from, $0) } }
        guard renamed == 0 else { throw failure(path) }
        ok = true
        // Make the rename itself durable.
        let dirfd = PathEncoding.withCString(folder) { open($0, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        if dirfd >= 0 {
            fsync(dirfd)
            close(dirfd)
        }
    }

    /// Gives the temporary file `fd` the mode, owner and group of the file at `path` it is about
    /// to replace: an assessment made private (names, notes) stays private after a save.
    ///
    /// Only root may give a file to another owner; a member of the file's group may keep the
    /// group. When the group cannot be kept, the group's permissions are dropped rather than
    /// handed to the writer's group. Failures to change the mode are ignored, as on file systems
    /// that have no permissions (FAT): the save itself matters more.
    private static func keepPermissions(of path: String, on fd: Int32) {
        var old = stat()
        guard PathEncoding.withCString(path, { stat($0, &old) }) == 0, (old.st_mode & S_IFMT) == S_IFREG else { return }
        var new = stat()
        guard fstat(fd, &new) == 0 else { return }
        var mode = old.st_mode & 0o777
        if new.st_uid != old.st_uid || new.st_gid != old.st_gid, fchown(fd, old.st_uid, old.st_gid) != 0 {
            if new.st_gid != old.st_gid, fchown(fd, uid_t.max, old.st_gid) != 0 { mode &= ~0o070 }
        }
        fchmod(fd, mode)
    }

    /// Creates a folder and its parents.
    public static func makeDirectories(_ path: String) throws(Failure) {
        if isDirectory(path) { return }
        let parent = directory(of: path)
        if parent != path, !parent.isEmpty, parent != "/" { try makeDirectories(parent) }
        if PathEncoding.withCString(path, { mkdir($0, 0o755) }) != 0, errno != EEXIST { throw failure(path) }
    }

    public static func exists(_ path: String) -> Bool { PathEncoding.withCString(path) { access($0, F_OK) } == 0 }

    public static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return PathEncoding.withCString(path) { stat($0, &info) } == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Entries of a folder (names only), sorted; empty when it cannot be read.
    public static func list(_ path: String) -> [String] {
        guard let dir = PathEncoding.withCString(path, { opendir($0) }) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = entryName(entry)
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// What a folder entry is, as the folder listing says without a `stat`.
    public enum EntryKind: Sendable {
        case directory, file, other
        /// A link, or a file system that does not say: ask `stat`.
        case unknown
    }

    /// Entries of a folder with their kind, sorted by name; nil when `visited` holds the folder
    /// already (it is added to it otherwise), so that links making loops are followed once.
    public static func entries(_ path: String, once visited: inout Set<FileIdentity>) throws(Failure)
        -> [(name: String, kind: EntryKind)]?
    {
        guard let dir = PathEncoding.withCString(path, { opendir($0) }) else { throw failure(path) }
        defer { closedir(dir) }
        var info = stat()
        guard fstat(dirfd(dir), &info) == 0 else { throw failure(path) }
        guard visited.insert(FileIdentity(info)).inserted else { return nil }
        var result: [(name: String, kind: EntryKind)] = []
        while true {
            // readdir returns nil at the end and on an error, told apart by errno (which any
            // call may change, so it is cleared just before).
            errno = 0
            guard let entry = readdir(dir) else {
                if errno != 0 { throw failure(path) }
                break
            }
            let name = entryName(entry)
            if name == "." || name == ".." { continue }
            let kind: EntryKind
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): kind = .directory
            case Int32(DT_REG): kind = .file
            case Int32(DT_LNK), Int32(DT_UNKNOWN): kind = .unknown
            default: kind = .other
            }
            result.append((name, kind))
        }
        return result.sorted { $0.name < $1.name }
    }

    /// The name of a folder entry, its bytes kept whatever they are.
    private static func entryName(_ entry: UnsafeMutablePointer<dirent>) -> String {
        withUnsafePointer(to: entry.pointee.d_name) {
            $0.withMemoryRebound(to: CChar.self, capacity: 256) { PathEncoding.string(fromCString: $0) }
        }
    }

    /// The folder part of a path ("." for a bare name).
    public static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        if slash == path.startIndex { return "/" }
        return String(path[..<slash])
    }

    /// The last component of a path.
    public static func baseName(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// The absolute path with links and `.`/`..` resolved, nil when the file does not exist.
    public static func canonical(_ path: String) -> String? {
        guard let resolved = PathEncoding.withCString(path, { realpath($0, nil) }) else { return nil }
        defer { free(resolved) }
        return PathEncoding.string(fromCString: resolved)
    }

    /// The path made absolute against the current folder.
    public static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buffer, buffer.count) != nil else { return path }
        let cwd = string(fromCString: buffer)
        var parts: [Substring] = cwd.split(separator: "/")
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    /// `a/b` joined, without doubling the slash.
    public static func join(_ a: String, _ b: String) -> String {
        a.hasSuffix("/") ? a + b : a + "/" + b
    }

    /// The path in a NUL-terminated C buffer, its bytes kept (see `PathEncoding`).
    public static func string(fromCString buffer: [CChar]) -> String {
        PathEncoding.string(fromBytes: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) })
    }

    /// Writes all of `text` to a file descriptor (standard output is 1, standard error 2).
    public static func write(_ text: String, fd: Int32) {
        write(bytes: Array(text.utf8), fd: fd)
    }

    /// Writes all of `bytes` to a file descriptor.
    public static func write(bytes all: [UInt8], fd: Int32) {
        var bytes = all[...]
        while !bytes.isEmpty {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return
            }
            bytes = bytes.dropFirst(n)
        }
    }

    static func failure(_ path: String) -> Failure {
        let code = errno
        return Failure(path: path, reason: reasonText(code), code: code)
    }

    static func reasonText(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
