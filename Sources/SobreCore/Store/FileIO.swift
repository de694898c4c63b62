import SystemPackage

/// The few file operations the store needs, with errors as values and writes that are atomic.
/// Only `Failure` is public: it is part of the errors of reading an assessment.
///
/// Built on swift-system (`FileDescriptor`, `Stat`, `Errno`: opening, reading and writing with
/// `EINTR` retried, the same on Linux and macOS); the calls it lacks are in `Platform`. Paths
/// reach the system as the C string of their bytes (`PathEncoding`), not as a `FilePath`, which
/// would tidy their separators: `file.json/` must stay a path that is not a folder.
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
            case Errno.permissionDenied.rawValue, Errno.notPermitted.rawValue: return "permission refusée"
            case Errno.readOnlyFileSystem.rawValue: return "système de fichiers en lecture seule"
            case Errno.noSuchFileOrDirectory.rawValue: return "dossier ou fichier introuvable"
            case Errno.notDirectory.rawValue: return "un élément du chemin n’est pas un dossier"
            case Errno.isDirectory.rawValue: return "c’est un dossier"
            case Errno.noSpace.rawValue: return "plus de place sur le disque"
            case Errno.diskQuotaExceeded.rawValue: return "quota de disque dépassé"
            case Errno.fileTooLarge.rawValue: return "fichier trop grand pour la limite fixée par le système"
            case Errno.fileNameTooLong.rawValue: return "nom de fichier trop long"
            case Errno.ioError.rawValue: return "erreur d’entrée-sortie du disque"
            case Errno.tooManyOpenFiles.rawValue, Errno.tooManyOpenFilesInSystem.rawValue: return "trop de fichiers ouverts"
            case Self.notRegularFile: return "ce n’est pas un fichier ordinaire (tube, périphérique ou socket)"
            default: return reason == "file too large" ? "fichier trop grand" : reason
            }
        }

        /// The failure `error` (an `Errno`) of an operation on `path`.
        init(path: String, _ error: any Error) {
            let errno = error as? Errno ?? .ioError
            self.init(path: path, reason: errno.description, code: errno.rawValue)
        }

        init(path: String, reason: String, code: Int32 = 0) {
            self.path = path
            self.reason = reason
            self.code = code
        }
    }

    /// Largest file read; assessments and questionnaires are far smaller.
    package static let maximumFileSize = 64 << 20

    /// Reads a whole regular file; anything else (a folder, a FIFO, a device) is refused.
    package static func read(_ path: String) throws(Failure) -> [UInt8] {
        try readWithIdentity(path).bytes
    }

    /// `read`, with the identity of the file read: the `fstat` the read makes anyway, so that a
    /// comparison knows its inputs without a second walk of their folders.
    package static func readWithIdentity(_ path: String) throws(Failure) -> (bytes: [UInt8], identity: FileIdentity) {
        let (fd, info) = try openRegular(path)
        defer { try? fd.close() }
        // Read straight into the result, sized by the file (and one byte more, to meet the end):
        // no fixed 64 KB buffer cleared for each of 100,000 small assessments, no copy.
        let expected = info.size > 0 ? Int(info.size) : 0
        let capacity = min(expected, maximumFileSize) + 1
        var failure: Failure?
        var bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            let raw = UnsafeMutableRawBufferPointer(buffer)
            while count < buffer.count {
                do {
                    let n = try fd.read(into: UnsafeMutableRawBufferPointer(rebasing: raw[count...]))
                    if n == 0 { return }
                    count += n
                } catch {
                    failure = Failure(path: path, error)
                    return
                }
                // Once the size `fstat` gave is read, the file is taken as it was then: no further
                // call only to be told it ends (10,000 system calls in a comparison). Bytes added
                // after that moment are not read, as they would not be a moment earlier.
                if count == expected { return }
            }
        }
        if let failure { throw failure }
        // Longer than `fstat` said (one of the kernel's files that say 0, or a file that grew
        // before its first read ended): the rest by chunks.
        if bytes.count == capacity {
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                if bytes.count > maximumFileSize { throw Failure(path: path, reason: "file too large") }
                let n = try attempt(path) { try chunk.withUnsafeMutableBytes { try fd.read(into: $0) } }
                if n == 0 { break }
                bytes.append(contentsOf: chunk[0..<n])
            }
        }
        if bytes.count > maximumFileSize { throw Failure(path: path, reason: "file too large") }
        return (bytes, FileIdentity(info))
    }

    /// Opens a regular file to read, with its `fstat`; anything else (a folder, a FIFO, a
    /// device) is refused. The caller closes it.
    private static func openRegular(_ path: String) throws(Failure) -> (fd: FileDescriptor, info: Stat) {
        // Opening a FIFO without O_NONBLOCK waits for a writer, for ever if none comes; a regular
        // file reads the same with the flag. O_NOCTTY: a terminal named here never becomes ours.
        let fd = try open(path, .readOnly, options: [.closeOnExec, .nonBlocking, Platform.noControllingTerminal])
        do throws(Failure) {
            let info = try attempt(path) { () throws(Errno) in try fd.stat() }
            switch info.type {
            case .regular: return (fd, info)
            case .directory: throw Failure(path: path, Errno.isDirectory)
            default: throw Failure(path: path, reason: "not a regular file", code: Failure.notRegularFile)
            }
        } catch {
            try? fd.close()
            throw error
        }
    }

    /// Reads a regular file `size` bytes at a time into one buffer, handing each piece to `body`
    /// until it returns false or the file ends: a file of tens of megabytes looked through
    /// without holding it, nor faulting in the memory to.
    package static func forEachPiece(of path: String, size: Int, _ body: (ArraySlice<UInt8>) -> Bool) throws(Failure) {
        let (fd, _) = try openRegular(path)
        defer { try? fd.close() }
        var piece = [UInt8](repeating: 0, count: max(size, 1))
        while true {
            let n = try attempt(path) { try piece.withUnsafeMutableBytes { try fd.read(into: $0) } }
            if n == 0 || !body(piece[0..<n]) { return }
        }
    }

    /// Replaces `path` with `bytes` atomically: a temporary file in the same folder, flushed, renamed.
    ///
    /// A crash at any moment leaves either the old file or the new one, never a mix. The new
    /// file keeps the permissions (and, where allowed, the owner and group) of the one it
    /// replaces; a file that did not exist gets mode 0644 less the umask.
    /// How many bytes `writeAtomically` writes before it flushes them on another thread.
    static let flushStep = 4 << 20

    package static func writeAtomically(_ bytes: [UInt8], to path: String) throws(Failure) {
        try writeAtomically(to: path) { write in write(bytes) }
    }

    /// `writeAtomically` of the bytes `produce` hands to its `write`, in order, written as they
    /// come: a large output is never held whole. After a failed write the rest is dropped, the
    /// temporary file removed and the failure thrown; the file at `path` is untouched.
    package static func writeAtomically(to path: String, _ produce: (_ write: ([UInt8]) -> Void) -> Void) throws(Failure) {
        _ = try writeAtomically(to: path, replacingIf: { true }, produce)
    }

    /// `writeAtomically`, the file at `path` replaced only when `allowed`, asked once the new text
    /// is written and flushed: false, and the temporary file is removed, `path` untouched, and
    /// false returned. A check that reads the file being replaced runs while the text is made.
    package static func writeAtomically(to path: String, replacingIf allowed: () -> Bool,
                                        _ produce: (_ write: ([UInt8]) -> Void) -> Void) throws(Failure) -> Bool {
        let folder = directory(of: path)
        let (fd, temporary) = try createTemporary(for: path)
        var ok = false
        defer {
            if !ok { Platform.remove(temporary) }
        }
        // Before the first byte: a private file's new text is never readable by others, however
        // long it takes to write.
        keepPermissions(of: path, on: fd)
        var failure: (any Error)?
        // Every few megabytes, what is written so far is flushed on another thread while the rest
        // is made and written, one flush at a time: the last flush then waits for the end only
        // (a comparison's 26 MB took 16 ms to flush at the end, Fourteenth session).
        var written = 0, flushedUpTo = 0
        var flushing: Concurrently<Errno?>?
        produce { bytes in
            guard failure == nil else { return }
            do {
                written += try fd.writeAll(bytes)
            } catch {
                failure = error
            }
            guard failure == nil, written - flushedUpTo >= Self.flushStep else { return }
            if let error = flushing?.value {
                failure = error
                return
            }
            flushedUpTo = written
            flushing = Concurrently { Platform.sync(fd) }
        }
        // Waited for whatever happened: the file is not closed under a flush still going on.
        if let error = flushing?.value, failure == nil { failure = error }
        if let failure {
            try? fd.close()
            throw Failure(path: path, failure)
        }
        if let error = Platform.sync(fd) {
            try? fd.close()
            throw Failure(path: path, error)
        }
        try? fd.close()
        guard allowed() else { return false }
        if let error = Platform.move(temporary, to: path) { throw Failure(path: path, error) }
        ok = true
        // Make the rename itself durable.
        if let folderFD = try? open(folder, .readOnly, options: [.directory, .closeOnExec]) {
            _ = Platform.sync(folderFD)
            try? folderFD.close()
        }
        return true
    }

    /// Gives the temporary file `fd` the mode, owner and group of the file at `path` it is about
    /// to replace: an assessment made private (names, notes) stays private after a save.
    ///
    /// Only root may give a file to another owner; a member of the file's group may keep the
    /// group. When the group cannot be kept, the group's permissions are dropped rather than
    /// handed to the writer's group. Failures to change the mode are ignored, as on file systems
    /// that have no permissions (FAT): the save itself matters more.
    private static func keepPermissions(of path: String, on fd: FileDescriptor) {
        guard let old = status(path), old.type == .regular, let new = try? fd.stat() else { return }
        var mode = old.permissions.rawValue & 0o777
        if new.userID != old.userID || new.groupID != old.groupID,
           Platform.changeOwner(fd, user: old.userID, group: old.groupID) != nil {
            if new.groupID != old.groupID, Platform.changeOwner(fd, user: nil, group: old.groupID) != nil { mode &= ~0o070 }
        }
        Platform.changeMode(fd, FilePermissions(rawValue: mode))
    }

    /// Creates a folder and its parents.
    package static func makeDirectories(_ path: String) throws(Failure) {
        if isDirectory(path) { return }
        let parent = directory(of: path)
        if parent != path, !parent.isEmpty, parent != "/" { try makeDirectories(parent) }
        if let error = Platform.makeDirectory(path, permissions: FilePermissions(rawValue: 0o755)), error != .fileExists { throw Failure(path: path, error) }
    }

    package static func exists(_ path: String) -> Bool { Platform.exists(path) }

    package static func isDirectory(_ path: String) -> Bool {
        status(path)?.type == .directory
    }

    /// What `stat` says of the file `path` leads to (links followed, unless `followingLinks` is
    /// false), nil when it cannot tell.
    package static func status(_ path: String, followingLinks: Bool = true) -> Stat? {
        PathEncoding.withCString(path) { try? Stat($0, followTargetSymlink: followingLinks) }
    }

    /// Opens `path`, its bytes as they are; `EINTR` is retried.
    package static func open(
        _ path: String, _ mode: FileDescriptor.AccessMode, options: FileDescriptor.OpenOptions,
        permissions: FilePermissions? = nil
    ) throws(Failure) -> FileDescriptor {
        let opened = PathEncoding.withCString(path) { cPath in
            Result { try FileDescriptor.open(cPath, mode, options: options, permissions: permissions) }
        }
        return try attempt(path) { try opened.get() }
    }

    /// Runs a swift-system call, its `Errno` made the `Failure` of `path`.
    package static func attempt<R>(_ path: String, _ body: () throws -> R) throws(Failure) -> R {
        do {
            return try body()
        } catch {
            throw Failure(path: path, error)
        }
    }

    /// Entries of a folder (names only), sorted; empty when it cannot be read.
    package static func list(_ path: String) -> [String] {
        var visited: Set<FileIdentity> = []
        return ((try? entries(path, once: &visited)) ?? nil)?.map(\.name) ?? []
    }

    /// What a folder entry is, as the folder listing says without a `stat`.
    package enum EntryKind: Sendable {
        case directory, file, other
        /// A link, or a file system that does not say: ask `stat`.
        case unknown
    }

    /// Entries of a folder with their kind, sorted by name; nil when `visited` holds the folder
    /// already (it is added to it otherwise), so that links making loops are followed once.
    package static func entries(_ path: String, once visited: inout Set<FileIdentity>) throws(Failure)
        -> [(name: String, kind: EntryKind)]?
    {
        switch Platform.entries(path, admit: { visited.insert($0).inserted }) {
        case .success(let entries): return entries.map(sortedByName)
        case .failure(let error): throw Failure(path: path, error)
        }
    }

    /// Entries in the order of their names as `String` compares them. Names in ASCII, nearly
    /// all of them, compare as their bytes do: sorted so, without the Unicode comparison that
    /// was a tenth of listing a folder of 3,000 sites.
    static func sortedByName(_ entries: [(name: String, kind: EntryKind)]) -> [(name: String, kind: EntryKind)] {
        let keys = entries.map { Array($0.name.utf8) }
        guard keys.allSatisfy({ $0.allSatisfy { $0 < 0x80 } }) else { return entries.sorted { $0.name < $1.name } }
        return entries.indices.sorted { keys[$0].lexicographicallyPrecedes(keys[$1]) }.map { entries[$0] }
    }

    /// The folder part of a path ("." for a bare name).
    package static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        if slash == path.startIndex { return "/" }
        return String(path[..<slash])
    }

    /// The last component of a path.
    package static func baseName(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// The absolute path with links and `.`/`..` resolved, nil when the file does not exist.
    package static func canonical(_ path: String) -> String? { Platform.realPath(path) }

    /// The path made absolute against the current folder.
    package static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        guard let cwd = Platform.currentDirectory() else { return path }
        var parts: [Substring] = cwd.split(separator: "/")
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    /// `a/b` joined, without doubling the slash.
    package static func join(_ a: String, _ b: String) -> String {
        // A folder's path and its entry's name, joined once for each of a comparison's 100,000
        // files: no interim string, and `hasSuffix` (a comparison of characters) asked only of
        // a path whose last byte is a slash, which it nearly never is.
        let slash = a.utf8.last == UInt8(ascii: "/") && a.hasSuffix("/")
        // Both strings' bytes copied in place into the new one: appending strings checked each
        // as text.
        var a = a, b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                String(unsafeUninitializedCapacity: x.count + y.count + 1) { out in
                    var n = out.initialize(fromContentsOf: x)
                    if !slash {
                        out[n] = UInt8(ascii: "/")
                        n += 1
                    }
                    n += UnsafeMutableBufferPointer(rebasing: out[n...]).initialize(fromContentsOf: y)
                    return n
                }
            }
        }
    }

    /// The path in a NUL-terminated C buffer, its bytes kept (see `PathEncoding`).
    package static func string(fromCString buffer: [CChar]) -> String {
        PathEncoding.string(fromBytes: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) })
    }

    /// Writes all of `text` to a file descriptor (standard output is 1, standard error 2).
    package static func write(_ text: String, fd: Int32) {
        write(bytes: Array(text.utf8), fd: fd)
    }

    /// Writes all of `bytes` to a file descriptor; a failure other than `EINTR` ends the write.
    package static func write(bytes: [UInt8], fd: Int32) {
        _ = try? FileDescriptor(rawValue: fd).writeAll(bytes)
    }
}
