import SystemPackage

extension FileIO {
    /// How old a temporary file must be before `removeStaleTemporaries` takes it for a leftover:
    /// a save lasts well under a second, so ten minutes leaves room for a slow disk or a network
    /// folder whose clock is a little off.
    package static let staleTemporaryAge = 600

    /// The letters of a temporary file's suffix (those `mkstemp` uses, so older leftovers match).
    private static let suffixLetters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".utf8)
    private static let suffixLength = 6

    /// Creates the temporary file a write of `path` goes through: `.<name>.XXXXXX` in the same
    /// folder, six random letters or digits, opened for writing.
    ///
    /// Made with `O_EXCL` and mode 0644 rather than by `mkstemp` (mode 0600), so the kernel
    /// applies the umask: a new file is never more open than the umask allows.
    static func createTemporary(for path: String) throws(Failure) -> (fd: FileDescriptor, path: String) {
        let prefix = "\(directory(of: path))/.\(baseName(of: path))."
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<100 {
            let suffix = (0..<suffixLength).map { _ in suffixLetters[Int(generator.next(upperBound: UInt(suffixLetters.count)))] }
            let temporary = prefix + String(decoding: suffix, as: UTF8.self)
            do throws(Failure) {
                let fd = try open(temporary, .writeOnly, options: [.create, .exclusiveCreate, .closeOnExec, .noFollow],
                                  permissions: FilePermissions(rawValue: 0o644))
                return (fd, temporary)
            } catch {
                if error.code != Errno.fileExists.rawValue { throw Failure(path: path, reason: error.reason, code: error.code) }
            }
        }
        throw Failure(path: path, Errno.fileExists)
    }

    /// Whether `name` is the name of one of `target`'s temporary files (`.<target>.XXXXXX`).
    package static func isTemporaryName(_ name: String, of target: String) -> Bool {
        let prefix = Array(".\(target).".utf8)
        let bytes = Array(name.utf8)
        guard !target.isEmpty, bytes.count == prefix.count + suffixLength, bytes.starts(with: prefix) else { return false }
        return bytes[prefix.count...].allSatisfy { suffixLetters.contains($0) }
    }

    /// Removes the temporary files a killed writer of `path` left beside it; returns their paths.
    ///
    /// Only the caller knows that no one else writes `path` (the interview holds its lock), so
    /// this removes only files that are certainly ours and certainly dead: named `.<name>.XXXXXX`
    /// after `path`, in its folder, plain files (not links), owned by the current user, and
    /// unmodified for `age` seconds. A creating process id would say nothing on a folder that
    /// several computers share, and ids are reused: the age is the rule.
    @discardableResult
    package static func removeStaleTemporaries(of path: String, olderThan age: Int = staleTemporaryAge) -> [String] {
        let folder = directory(of: path)
        let target = baseName(of: path)
        let now = Platform.now
        var removed: [String] = []
        for name in list(folder) where isTemporaryName(name, of: target) {
            let candidate = join(folder, name)
            guard let info = status(candidate, followingLinks: false), info.type == .regular, info.userID == Platform.effectiveUserID,
                  now - Int(info.st_mtim.tv_sec) >= age else { continue }
            if Platform.remove(candidate) == nil { removed.append(candidate) }
        }
        return removed
    }
}
