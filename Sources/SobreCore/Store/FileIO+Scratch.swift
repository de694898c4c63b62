import SystemPackage

extension FileIO {
    /// Writes `bytes` to `path` in place, with no temporary file and no flush to the disk.
    ///
    /// Only for throw-away files such as the benchmark's synthetic assessments: a crash may leave
    /// a partial file, but writing 100,000 files does not wait for the disk 200,000 times as
    /// `writeAtomically` would. Everything a user keeps goes through `writeAtomically`.
    package static func writeScratch(_ bytes: [UInt8], to path: String) throws(Failure) {
        let fd: FileDescriptor
        do throws(Failure) {
            fd = try open(path, .writeOnly, options: [.create, .truncate, .closeOnExec], permissions: FilePermissions(rawValue: 0o644))
        } catch {
            throw Failure(path: path, reason: error.reason)
        }
        defer { try? fd.close() }
        do {
            _ = try fd.writeAll(bytes)
        } catch {
            throw Failure(path: path, reason: Failure(path: path, error).reason)
        }
    }
}
