import Foundation
import SobreCore

/// A fresh folder for one test, removed by `remove()`.
package struct TemporaryFolder {
    /// Where it is.
    package let path: String

    /// A folder `name-UUID` in the temporary directory; with `memory`, on tmpfs (`/dev/shm`)
    /// when there is one, where fsync is free, which keeps a test of many saves fast.
    package init(_ name: String = "sobre-compare", memory: Bool = false) throws {
        let base = memory && FileManager.default.isWritableFile(atPath: "/dev/shm")
            ? "/dev/shm" : FileManager.default.temporaryDirectory.path
        path = base + "/\(name)-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes `text` at `relative`, making the folders on the way.
    package func write(_ text: String, to relative: String) throws {
        let full = path + "/" + relative
        try FileIO.makeDirectories(FileIO.directory(of: full))
        try FileIO.writeAtomically(Array(text.utf8), to: full)
    }

    package func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
