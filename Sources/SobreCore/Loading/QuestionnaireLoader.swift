/// Reads a questionnaire from YAML bytes into the model, with every problem located.
///
/// Loading and validation are one pass: the result holds a questionnaire only when no error
/// was found, and always every diagnostic (errors and warnings) of the file.
public enum QuestionnaireLoader {
    /// The outcome of loading one file.
    public struct Result: Sendable {
        /// The questionnaire, when the file has no error.
        public var questionnaire: Questionnaire?
        /// Every problem, in source order.
        public var diagnostics: [Diagnostic]
    }

    /// Loads a questionnaire from the bytes of its file.
    ///
    /// - Parameters:
    ///   - bytes: the file's content, as read.
    ///   - path: the path shown in diagnostics.
    public static func load(bytes: [UInt8], path: String) -> Result {
        // The hash on another core while the YAML is read: neither needs the other, and the
        // hash is a tenth of loading the bundled questionnaire.
        let hashing = Concurrently { SHA256.hex(bytes) }
        let document: YAMLDocument
        switch YAMLDocument.open(bytes: bytes, path: path, language: nil) {
        case .success(let opened): document = opened
        case .failure(let problem): return Result(questionnaire: nil, diagnostics: problem.diagnostics)
        }
        var reader = document.reader()
        guard let root = document.root else {
            reader.error(at: SourceLocation(file: path, line: 1, column: 1),
                         LoaderMessage.emptyFile(in: document.language))
            return Result(questionnaire: nil, diagnostics: reader.diagnostics)
        }
        var builder = QuestionnaireBuilder(reader: reader)
        let questionnaire = builder.build(root, sha256: hashing.value, path: path)
        let diagnostics = builder.reader.diagnostics.sortedBySource()
        return Result(questionnaire: diagnostics.hasErrors ? nil : questionnaire, diagnostics: diagnostics)
    }

    /// Messages follow the questionnaire's language, read before anything else can fail.
    static func sniffLanguage(_ source: String) -> Language {
        // Line by line on the UTF-8 bytes, stopping at the 400th non-empty line: splitting the
        // whole file first cost more than the rest of reading the questionnaire's header.
        var rest = source.utf8[...]
        var lines = 0
        while lines < 400, !rest.isEmpty {
            let end = rest.firstIndex(of: UInt8(ascii: "\n")) ?? rest.endIndex
            let line = rest[rest.startIndex..<end]
            rest = end < rest.endIndex ? rest[rest.index(after: end)...] : rest[end...]
            if line.isEmpty { continue }
            lines += 1
            // The bytes first, as a quick filter; then as text, because a combining mark right
            // after the colon makes a different character, and such a line is not the key.
            guard line.starts(with: "language:".utf8) else { continue }
            let text = String(decoding: line, as: UTF8.self)
            guard text.hasPrefix("language:") else { continue }
            let value = text.dropFirst("language:".count).split(separator: "#").first ?? ""
            let word = String(value.unicodeScalars.filter { !" \t\"'\r".unicodeScalars.contains($0) })
            return Language(rawValue: word) ?? .fr
        }
        return .fr
    }
}
