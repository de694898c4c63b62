import SobreJSON

/// The copies an interview keeps in `.questionnaires/<sha256>.yaml`, and how a search by hash
/// looks at them: a copy is trusted for its content, never for its name.
public enum QuestionnaireCopy {
    /// A copy with the right name that cannot be used; the search goes on, and says it when
    /// nothing else is found.
    public struct Problem: Sendable, Equatable {
        public enum Kind: Sendable, Equatable {
            /// Its bytes no longer have the hash its name gives: it was changed after the interview.
            case modified
            /// It cannot be read: not a regular file, no permission…
            case unreadable(FileIO.Failure)
            /// Its bytes are the right ones, but they are not a valid questionnaire (for this version).
            case invalid
        }

        /// Where the copy is.
        public let path: String
        public let kind: Kind

        /// A problem with the copy at `path`.
        public init(path: String, kind: Kind) {
            self.path = path
            self.kind = kind
        }
    }

    /// What a search by hash met when it found nothing: the copies it could not use, nearest first.
    public struct NotFound: Error, Sendable, Equatable {
        public var problems: [Problem]

        /// Nothing found, with these copies met on the way.
        public init(problems: [Problem] = []) {
            self.problems = problems
        }
    }

    /// What a look at one possible copy finds.
    public enum Look: Sendable {
        case absent
        case found(Questionnaire)
        case problem(Problem)
    }

    /// The hash in lower case when `text` is one (64 hexadecimal digits of either case), else nil.
    public static func normalizedHash(_ text: String) -> String? {
        let utf8 = text.utf8
        guard utf8.count == 64, utf8.allSatisfy({ JSONScanner.hexDigit($0) != nil }) else { return nil }
        return text.lowercased()
    }

    /// Looks for the copy with hash `sha` (lower case) near `assessmentPath`: in the
    /// `.questionnaires/` folder beside it, then in each folder above, named in lower case, then
    /// in upper case. `look` says what is at each path.
    public static func search(
        sha256 sha: String, near assessmentPath: String, look: (String) -> Look
    ) -> Result<Questionnaire, NotFound> {
        var problems: [Problem] = []
        var folder = FileIO.directory(of: FileIO.absolute(assessmentPath))
        while true {
            let copies = FileIO.join(folder, ".questionnaires")
            for name in sha.uppercased() == sha ? [sha] : [sha, sha.uppercased()] {
                switch look(FileIO.join(copies, "\(name).yaml")) {
                case .absent: continue
                case .found(let questionnaire): return .success(questionnaire)
                case .problem(let problem): problems.append(problem)
                }
            }
            let parent = FileIO.directory(of: folder)
            if parent == folder { break }
            folder = parent
        }
        return .failure(NotFound(problems: problems))
    }

    /// What is at `path`, for a copy of hash `sha` (lower case): its bytes are hashed before they
    /// are trusted.
    ///
    /// Loading hashes the bytes it reads (beside the YAML, on another core), so a copy that loads
    /// is trusted on that hash, not on a second one made first; a copy that does not load is
    /// hashed to tell an edited copy from a damaged one.
    public static func look(at path: String, sha256 sha: String) -> Look {
        guard FileIO.exists(path) else { return .absent }
        let bytes: [UInt8]
        do {
            bytes = try FileIO.read(path)
        } catch {
            return .problem(Problem(path: path, kind: .unreadable(error)))
        }
        let loaded = QuestionnaireLoader.load(bytes: bytes, path: path).questionnaire
        if let loaded, loaded.sha256 == sha { return .found(loaded) }
        guard (loaded?.sha256 ?? SHA256.hex(bytes)) == sha else { return .problem(Problem(path: path, kind: .modified)) }
        return .problem(Problem(path: path, kind: .invalid))
    }
}
