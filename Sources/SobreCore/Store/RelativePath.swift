extension FileIO {
    /// `path` as seen from `folder` (both made absolute against the current folder first):
    /// `2025-04-06.json` beside it, `../other/2025.json` elsewhere. Links are resolved when both
    /// exist, so that a path through a link names the same file from anywhere.
    package static func relative(_ path: String, fromFolder folder: String) -> String {
        let target = components(canonical(path) ?? absolute(path))
        let base = components(canonical(folder) ?? absolute(folder))
        var shared = 0
        while shared < min(target.count, base.count), target[shared] == base[shared] { shared += 1 }
        let parts = Array(repeating: "..", count: base.count - shared) + target[shared...].map(String.init)
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    /// The path `relative` names from `folder`; an absolute one as it is.
    package static func resolve(_ relative: String, fromFolder folder: String) -> String {
        relative.hasPrefix("/") ? relative : join(folder, relative)
    }

    private static func components(_ path: String) -> [Substring] {
        path.split(separator: "/").filter { $0 != "." }
    }
}
