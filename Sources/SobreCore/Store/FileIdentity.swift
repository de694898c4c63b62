#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file as the system knows it, device and inode: two paths with the same identity are one
/// file, whether through a symbolic link, a hard link or two spellings of a path.
public struct FileIdentity: Sendable, Hashable {
    public let device: UInt64
    public let inode: UInt64
    /// Whether it is a plain file (not a folder, a device or a pipe).
    public let isRegularFile: Bool

    /// The identity of the file `path` leads to (links followed), nil when there is none.
    public init?(_ path: String) {
        var info = stat()
        guard PathEncoding.withCString(path, { stat($0, &info) }) == 0 else { return nil }
        self.init(info)
    }

    /// The identity `fstat` or `stat` gave.
    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        isRegularFile = (info.st_mode & S_IFMT) == S_IFREG
    }
}
