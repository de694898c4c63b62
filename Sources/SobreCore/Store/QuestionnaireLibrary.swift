/// The questionnaires `sobre` knows: bundled ones, and copies kept by content hash beside assessments.
public struct QuestionnaireLibrary: Sendable {
    /// A questionnaire file found on disk, loaded or not.
    public struct Entry: Sendable {
        public let path: String
        public let result: QuestionnaireLoader.Result
        public var questionnaire: Questionnaire? { result.questionnaire }
    }

    /// The folders searched for bundled questionnaires, first wins.
    public let bundledDirectories: [String]

    /// A library over these folders.
    public init(bundledDirectories: [String]) {
        self.bundledDirectories = bundledDirectories
    }

    /// Every `*.yaml`/`*.yml` in the bundled folders, loaded.
    public func bundled() -> [Entry] {
        var entries: [Entry] = []
        var seen: Set<String> = []
        for directory in bundledDirectories {
            for name in FileIO.list(directory) where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                guard seen.insert(name).inserted else { continue }
                let path = FileIO.join(directory, name)
                entries.append(Entry(path: path, result: Self.load(path)))
            }
        }
        return entries
    }

    /// Loads a questionnaire file.
    public static func load(_ path: String) -> QuestionnaireLoader.Result {
        do {
            let bytes = try FileIO.read(path)
            return QuestionnaireLoader.load(bytes: bytes, path: path)
        } catch {
            let french = error.reason(.fr)
            let message = "lecture impossible : \(french)" + (french == error.reason ? "" : " (cannot read: \(error.reason))")
            return QuestionnaireLoader.Result(questionnaire: nil, diagnostics: [Diagnostic(.error, message, at: SourceLocation(file: path, line: 1, column: 1))])
        }
    }

    /// A questionnaire named by path or by id (the bundled one with that id).
    public func resolve(_ pathOrID: String) -> Entry? {
        if pathOrID.contains("/") || pathOrID.hasSuffix(".yaml") || pathOrID.hasSuffix(".yml") || FileIO.exists(pathOrID) {
            return Entry(path: pathOrID, result: Self.load(pathOrID))
        }
        return bundled().first { $0.questionnaire?.id == pathOrID }
    }

    /// The questionnaire with this content hash (64 hexadecimal digits, either case): the copies
    /// kept in `.questionnaires/` folders from `assessmentPath`'s folder up to the root, then the
    /// bundled ones. When none has it, the copies that had its name but could not be used.
    public func find(sha256: String, near assessmentPath: String) -> Result<Questionnaire, QuestionnaireCopy.NotFound> {
        guard let sha = QuestionnaireCopy.normalizedHash(sha256) else { return .failure(QuestionnaireCopy.NotFound()) }
        let copies = QuestionnaireCopy.search(sha256: sha, near: assessmentPath) { QuestionnaireCopy.look(at: $0, sha256: sha) }
        guard case .failure(let missing) = copies else { return copies }
        if let bundled = bundled().first(where: { $0.questionnaire?.sha256 == sha })?.questionnaire { return .success(bundled) }
        return .failure(missing)
    }
}
