import Yams

/// A YAML file opened for reading: its text (without a byte order mark), the language of its
/// messages and its composed root. The questionnaire, a `--factors` file and a `--targets`
/// file open the same way, so they refuse the same files with the same located message.
struct YAMLDocument {
    /// The path shown in messages.
    let path: String
    /// The file's text.
    let source: String
    /// The language of the file's messages.
    let language: Language
    /// The root node; nil for a file with no YAML content.
    let root: Node?

    /// Opens `bytes` read from `path`; the one problem, at its line and column, when they are
    /// not UTF-8 text or not YAML.
    ///
    /// - Parameter language: the messages' language; nil for a file that declares its own
    ///   (a questionnaire's `language:`), whose encoding problem is then said in both languages.
    static func open(bytes: [UInt8], path: String, language: Language?) -> Result<YAMLDocument, DiagnosticList> {
        var content = bytes[...]
        if content.starts(with: [0xEF, 0xBB, 0xBF]) { content = content.dropFirst(3) }
        guard let source = String(validating: content, as: UTF8.self) else {
            let fr = "le fichier n’est pas un texte UTF-8 valide", en = "the file is not valid UTF-8 text"
            let message = language.map { $0.pick(fr: fr, en: en) } ?? "\(en) (\(fr))"
            return .failure(DiagnosticList([Diagnostic(.error, message, at: invalidUTF8Location(content, file: path))]))
        }
        let language = language ?? QuestionnaireLoader.sniffLanguage(source)
        do {
            let root = try Yams.compose(yaml: source, .basic, .default, .utf8)
            return .success(YAMLDocument(path: path, source: source, language: language, root: root))
        } catch {
            var diagnostic = yamlDiagnostic(error, file: path, language: language, source: source)
            diagnostic.location = diagnostic.location.map { insideSource($0, source) }
            return .failure(DiagnosticList([diagnostic]))
        }
    }

    /// A reader of this document, collecting its problems.
    func reader() -> YAMLReader {
        YAMLReader(file: path, language: language, source: source)
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
