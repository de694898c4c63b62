/// The assessment files named by a command line: files as given, folders searched recursively.
package enum AssessmentFiles {
    /// A file to read, with the path it is shown by.
    package struct File: Sendable, Hashable {
        /// Where to read it.
        package let path: String
        /// How reports name it: relative to the base folder when under it, else as found.
        package let display: String
    }

    /// Every `*.json` file under `paths`, in order, each once, and what could not be searched:
    /// paths that do not exist, folders that cannot be read.
    ///
    /// Folders are searched recursively, skipping hidden entries (names starting with `.`, so the
    /// `.questionnaires/` copies too). A file named explicitly is taken whatever its extension.
    /// A `*.json` entry that is not a regular file is taken too, so that reading it says why it
    /// cannot be used. Each folder is searched once, however many links lead to it: a link to
    /// a parent folder does not make a loop.
    package static func collect(_ paths: [String], relativeTo base: String? = nil, language: Language = .fr)
        -> (files: [File], problems: [FileProblem])
    {
        var files: [File] = []
        let problems = collect(paths, relativeTo: base, language: language, batch: 1024) { files.append(contentsOf: $0) }
        return (files, problems)
    }

    /// `collect`, handing the files to `found` as they are found, `batch` at a time (the last
    /// batch smaller), in the same order; returns the problems.
    package static func collect(_ paths: [String], relativeTo base: String?, language: Language, batch: Int,
                                _ found: ([File]) -> Void) -> [FileProblem]
    {
        var files: [File] = []
        var problems: [FileProblem] = []
        // By bytes: `String` equality would take `café` (é in one piece) and `café` (e and an
        // accent), two files on Linux, for one, and silently leave the second unread.
        var seen: Set<FlatKey<UInt8>> = []
        var visited: Set<FileIdentity> = []
        // One file reached by two spellings of its path, or through a link, is one assessment:
        // files are known by their canonical path. A folder is resolved once, and a plain file
        // in it is the folder's canonical path and its name (no link to follow).
        func add(_ path: String, canonical: String?) {
            guard seen.insert(FlatKey(Array((canonical ?? FileIO.canonical(path) ?? path).utf8))).inserted else { return }
            files.append(File(path: path, display: display(path, base: base)))
            if files.count >= batch {
                found(files)
                files.removeAll(keepingCapacity: true)
            }
        }
        /// A folder being searched: its entries, and the next one to look at.
        struct Frame {
            let path: String
            let canonical: String?
            let entries: [(name: String, kind: FileIO.EntryKind)]
            var next = 0
        }
        // Depth first in name order, with a stack of its own rather than the call stack: a
        // deep tree cannot exhaust it.
        var stack: [Frame] = []
        func enter(_ folder: String, canonical: String?) {
            do throws(FileIO.Failure) {
                guard let entries = try FileIO.entries(folder, once: &visited) else { return }
                stack.append(Frame(path: folder, canonical: canonical, entries: entries))
            } catch {
                problems.append(FileProblem(file: display(folder, base: base), message: language.pick(
                    fr: "dossier illisible : \(error.reason(.fr))", en: "cannot read the folder: \(error.reason)")))
            }
        }
        func walk(_ folder: String, canonical: String?) {
            enter(folder, canonical: canonical)
            while let top = stack.indices.last {
                let frame = stack[top]
                guard frame.next < frame.entries.count else {
                    stack.removeLast()
                    continue
                }
                stack[top].next += 1
                let (name, kind) = frame.entries[frame.next]
                if name.hasPrefix(".") { continue }
                let path = FileIO.join(frame.path, name)
                let isJSON = Self.isAssessmentName(name)
                switch kind {
                case .directory:
                    enter(path, canonical: frame.canonical.map { FileIO.join($0, name) })
                case .file:
                    if isJSON { add(path, canonical: frame.canonical.map { FileIO.join($0, name) }) }
                case .unknown:
                    if FileIO.isDirectory(path) {
                        enter(path, canonical: FileIO.canonical(path))
                    } else if isJSON {
                        add(path, canonical: nil)
                    }
                case .other:
                    if isJSON { add(path, canonical: frame.canonical.map { FileIO.join($0, name) }) }
                }
            }
        }
        for path in paths {
            if FileIO.isDirectory(path) {
                let folder = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
                walk(folder, canonical: FileIO.canonical(folder))
            } else if FileIO.exists(path) {
                add(path, canonical: nil)
            } else {
                problems.append(FileProblem(file: display(path, base: base), message: language.pick(
                    fr: "fichier ou dossier introuvable", en: "no such file or folder")))
            }
        }
        if !files.isEmpty { found(files) }
        return problems
    }

    /// Whether a folder's entry named `name` is taken for an assessment file: a name ending in
    /// `.json` in any case (`hasJSONExtension`) that is not hidden. The one rule for every
    /// command that looks through a folder (`compare`, the interview's earlier answers and
    /// head-office file, Tab after `--category`): a file `compare` counts is one the others see.
    package static func isAssessmentName(_ name: String) -> Bool {
        !name.hasPrefix(".") && hasJSONExtension(name)
    }

    /// Whether the name ends in `.json`, in any case (`.JSON` too). An ASCII name, nearly every
    /// one, is compared on its last bytes: lowercasing it first made a string for every entry of
    /// every folder. Any other is compared as characters, as before: a character such as U+0600
    /// joins the dot after it into one, so `x\u{0600}.json` does not end in `.json`.
    static func hasJSONExtension(_ name: String) -> Bool {
        // An ASCII name on its bytes in place (every name of a comparison's listing, asked
        // 100,000 times); any other as a text.
        var bytes = name
        if let ascii = bytes.withUTF8(asciiNameHasJSONExtension) { return ascii }
        return name.lowercased().hasSuffix(".json")
    }

    /// Whether the bytes of a name end in `.json` in any case, nil when they are not all ASCII.
    private static func asciiNameHasJSONExtension(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        for b in bytes where b >= 0x80 { return nil }
        guard bytes.count >= 5 else { return false }
        var k = bytes.count - 5
        for wanted in ".json".utf8 {
            let b = bytes[k]
            guard b | (b >= 0x41 && b <= 0x5A ? 0x20 : 0) == wanted else { return false }
            k += 1
        }
        return true
    }

    /// `path` relative to `base` when it lies under it, its bytes that are not UTF-8 shown as `\xFF`.
    package static func display(_ path: String, base: String?) -> String {
        guard let base, !base.isEmpty else { return PathEncoding.shown(path) }
        let prefix = base.utf8.last == UInt8(ascii: "/") && base.hasSuffix("/") ? base : base + "/"
        // The usual case on the bytes: the path starts with the prefix's bytes and goes on with
        // an ASCII byte, where a character always starts; then `hasPrefix` holds and the rest is
        // those bytes. Anything else (a prefix equal only as text, a mark after the slash) as text.
        let n = prefix.utf8.count
        if path.utf8.count > n, path.utf8.starts(with: prefix.utf8) {
            let rest = path.utf8.dropFirst(n)
            if let first = rest.first, first < 0x80 { return PathEncoding.shown(String(Substring(rest))) }
        }
        return PathEncoding.shown(path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path)
    }
}
