import Yams

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
        let sha = SHA256.hex(bytes)
        var content = bytes[...]
        if content.starts(with: [0xEF, 0xBB, 0xBF]) { content = content.dropFirst(3) }
        guard let source = String(validating: content, as: UTF8.self) else {
            let place = invalidUTF8Location(content, file: path)
            let message = "the file is not valid UTF-8 text (le fichier n’est pas un texte UTF-8 valide)"
            return Result(questionnaire: nil, diagnostics: [Diagnostic(.error, message, at: place)])
        }
        let language = sniffLanguage(source)
        let root: Node?
        do {
            root = try Yams.compose(yaml: source, .basic, .default, .utf8)
        } catch {
            var diagnostic = yamlDiagnostic(error, file: path, language: language, source: source)
            diagnostic.location = diagnostic.location.map { insideSource($0, source) }
            return Result(questionnaire: nil, diagnostics: [diagnostic])
        }
        var reader = YAMLReader(file: path, language: language, source: source)
        guard let root else {
            reader.error(at: SourceLocation(file: path, line: 1, column: 1),
                         LoaderMessage.emptyFile(in: language))
            return Result(questionnaire: nil, diagnostics: reader.diagnostics)
        }
        var builder = QuestionnaireBuilder(reader: reader)
        let questionnaire = builder.build(root, sha256: sha, path: path)
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

    /// libyaml places a problem at the very end of a file that has no final line break on the
    /// line after the last one; point at the end of the last line instead. Lines end as YAML
    /// ends them: LF, CRLF, a lone CR, NEL, LS or PS.
    static func insideSource(_ location: SourceLocation, _ source: String) -> SourceLocation {
        let end = self.location(of: source.endIndex, in: source, file: location.file)
        return location.line > end.line ? end : location
    }

    /// The text of a 1-based line, without its line break; empty beyond the last.
    static func sourceLine(_ number: Int, of source: String) -> [Unicode.Scalar] {
        var line = 1
        var current: [Unicode.Scalar] = []
        for scalar in source.unicodeScalars {
            if scalar == "\n" {
                if line == number { break }
                line += 1
                current = []
            } else if line == number {
                current.append(scalar)
            }
        }
        guard line == number else { return [] }
        return current.last == "\r" ? current.dropLast() : current
    }

    /// The line and column of a place in the text, lines ending as YAML ends them.
    static func location(of index: String.Index, in source: String, file: String) -> SourceLocation {
        var line = 1
        var column = 1
        var previous: Unicode.Scalar = " "
        for scalar in source.unicodeScalars[..<index] {
            switch scalar {
            case "\n" where previous == "\r":
                break
            case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}":
                line += 1
                column = 1
            default:
                column += 1
            }
            previous = scalar
        }
        return SourceLocation(file: file, line: line, column: column)
    }

    static func invalidUTF8Location(_ bytes: ArraySlice<UInt8>, file: String) -> SourceLocation {
        var line = 1
        var column = 1
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .emptyInput, .error:
                return SourceLocation(file: file, line: line, column: column)
            }
        }
    }

    static func yamlDiagnostic(_ error: any Error, file: String, language: Language, source: String) -> Diagnostic {
        // French puts a space before the colon.
        let syntax = language.pick(fr: "erreur de syntaxe YAML :", en: "YAML syntax error:")
        guard let yamlError = error as? YamlError else {
            return Diagnostic(.error, "\(syntax) \(error)", at: SourceLocation(file: file, line: 1, column: 1))
        }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let catalogued = YAMLSyntaxMessage(problem: problem, context: context.map { ($0.text, $0.mark.line) },
                                               line: sourceLine(mark.line, of: source), column: mark.column, language: language).text
            // A problem not in the catalogue keeps libyaml's words.
            let during = context.map { " (\($0.text), \(language.pick(fr: "ligne", en: "line")) \($0.mark.line))" } ?? ""
            return Diagnostic(.error, "\(syntax) \(catalogued ?? problem + during)",
                              at: SourceLocation(file: file, line: mark.line, column: mark.column))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Diagnostic(.error, LoaderMessage.duplicateKeys(duplicates, in: language),
                              at: SourceLocation(file: file, line: max(context.mark.line, 1), column: max(context.mark.column, 1)))
        case .reader(let problem, let offset, _, _):
            // Yams gives the place as a count of characters from the start.
            let index = offset.flatMap { source.index(source.startIndex, offsetBy: $0, limitedBy: source.endIndex) }
            let place = index.map { location(of: $0, in: source, file: file) } ?? SourceLocation(file: file, line: 1, column: 1)
            let scalar = index.flatMap { $0 < source.endIndex ? source.unicodeScalars[$0] : nil }
            let message = problem == "control characters are not allowed"
                ? YAMLSyntaxMessage.controlCharacter(scalar, language: language) : problem
            return Diagnostic(.error, "\(syntax) \(message)", at: place)
        default:
            return Diagnostic(.error, "\(syntax) \(yamlError)", at: SourceLocation(file: file, line: 1, column: 1))
        }
    }
}
