import SystemPackage

/// A file as the system knows it, device and inode: two paths with the same identity are one
/// file, whether through a symbolic link, a hard link or two spellings of a path.
package struct FileIdentity: Sendable, Hashable {
    package let device: UInt64
    package let inode: UInt64
    /// Whether it is a plain file (not a folder, a device or a pipe).
    package let isRegularFile: Bool

    /// The identity of the file `path` leads to (links followed), nil when there is none.
    package init?(_ path: String) {
        guard let info = FileIO.status(path) else { return nil }
        self.init(info)
    }

    /// The identity `fstat` or `stat` gave.
    init(_ info: Stat) {
        device = UInt64(truncatingIfNeeded: info.deviceID.rawValue)
        inode = UInt64(truncatingIfNeeded: info.inode.rawValue)
        isRegularFile = info.type == .regular
    }
}
