/// The assessment files named by a command line: files as given, folders searched recursively.
public enum AssessmentFiles {
    /// A file to read, with the path it is shown by.
    public struct File: Sendable, Hashable {
        /// Where to read it.
        public let path: String
        /// How reports name it: relative to the base folder when under it, else as found.
        public let display: String
    }

    /// Folders deeper than this are not searched (a guard against symbolic-link loops).
    public static let maximumDepth = 32

    /// Every `*.json` file under `paths`, in order, each once, and the paths that do not exist.
    ///
    /// Folders are searched recursively, skipping hidden entries (names starting with `.`, so the
    /// `.questionnaires/` copies too). A file named explicitly is taken whatever its extension.
    public static func collect(_ paths: [String], relativeTo base: String? = nil, language: Language = .fr)
        -> (files: [File], problems: [FileProblem])
    {
        var files: [File] = []
        var problems: [FileProblem] = []
        var seen: Set<String> = []
        // One file reached by two spellings of its path, or through a link, is one assessment:
        // files are known by their canonical path. A folder is resolved once, and a plain file
        // in it is the folder's canonical path and its name (no link to follow).
        func add(_ path: String, canonical: String?) {
            guard seen.insert(canonical ?? FileIO.canonical(path) ?? path).inserted else { return }
            files.append(File(path: path, display: display(path, base: base)))
        }
        func walk(_ folder: String, canonicalFolder: String?, depth: Int) {
            guard depth < maximumDepth else { return }
            for (name, kind) in FileIO.entries(folder) where !name.hasPrefix(".") {
                let path = FileIO.join(folder, name)
                switch kind {
                case .directory:
                    walk(path, canonicalFolder: canonicalFolder.map { FileIO.join($0, name) }, depth: depth + 1)
                case .file:
                    if name.lowercased().hasSuffix(".json") {
                        add(path, canonical: canonicalFolder.map { FileIO.join($0, name) })
                    }
                case .unknown:
                    if FileIO.isDirectory(path) {
                        walk(path, canonicalFolder: FileIO.canonical(path), depth: depth + 1)
                    } else if name.lowercased().hasSuffix(".json") {
                        add(path, canonical: nil)
                    }
                case .other:
                    continue
                }
            }
        }
        for path in paths {
            if FileIO.isDirectory(path) {
                let folder = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
                walk(folder, canonicalFolder: FileIO.canonical(folder), depth: 0)
            } else if FileIO.exists(path) {
                add(path, canonical: nil)
            } else {
                problems.append(FileProblem(file: display(path, base: base), message: language.pick(
                    fr: "fichier ou dossier introuvable", en: "no such file or folder")))
            }
        }
        return (files, problems)
    }

    /// `path` relative to `base` when it lies under it.
    public static func display(_ path: String, base: String?) -> String {
        guard let base, !base.isEmpty else { return path }
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
