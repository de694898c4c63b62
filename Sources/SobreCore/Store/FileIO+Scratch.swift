#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension FileIO {
    /// Writes `bytes` to `path` in place, with no temporary file and no flush to the disk.
    ///
    /// Only for throw-away files such as the benchmark's synthetic assessments: a crash may leave
    /// a partial file, but writing 100,000 files does not wait for the disk 200,000 times as
    /// `writeAtomically` would. Everything a user keeps goes through `writeAtomically`.
    public static func writeScratch(_ bytes: [UInt8], to path: String) throws(Failure) {
        let fd = PathEncoding.withCString(path) { open($0, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644) }
        guard fd >= 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw Failure(path: path, reason: String(cString: strerror(errno)))
            }
            written += n
        }
    }
}
