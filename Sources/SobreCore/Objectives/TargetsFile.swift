import Yams

/// An association's common objectives (`--targets FILE`, SPEC §9): a YAML file with the keys
/// of an assessment's `targets`, checked against the questionnaire, every problem at its
/// line and column.
public enum TargetsFile {
    /// The objectives of `bytes` (read from `path`), or every problem found.
    public static func load(bytes: [UInt8], path: String, questionnaire: Questionnaire, indicators: [String] = [])
        -> Result<Targets, DiagnosticList>
    {
        let l = questionnaire.language
        let start = SourceLocation(file: path, line: 1, column: 1)
        var content = bytes[...]
        if content.starts(with: [0xEF, 0xBB, 0xBF]) { content = content.dropFirst(3) }
        guard let source = String(validating: content, as: UTF8.self) else {
            return .failure(DiagnosticList([Diagnostic(.error, l.pick(fr: "le fichier n’est pas un texte UTF-8 valide",
                                                                       en: "the file is not valid UTF-8 text"), at: start)]))
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: source, .basic, .default, .utf8)
        } catch {
            var d = QuestionnaireLoader.yamlDiagnostic(error, file: path, language: l, source: source)
            d.location = d.location.map { QuestionnaireLoader.insideSource($0, source) }
            return .failure(DiagnosticList([d]))
        }
        var reader = YAMLReader(file: path, language: l, source: source)
        let what = (fr: "le fichier d’objectifs", en: "the objectives file")
        guard let root, let fields = reader.fields(root, allowed: ["by", "overall", "themes", "indicators"], required: ["by"], what: what)
        else {
            if root == nil { reader.error(at: start, l.pick(fr: "le fichier est vide : il faut au moins « by: ANNÉE »",
                                                            en: "the file is empty: it needs at least 'by: YEAR'")) }
            return .failure(DiagnosticList(reader.diagnostics))
        }
        var targets = Targets(by: 0)
        if let node = fields["by"], let by = reader.integer(node, key: "by") {
            if TargetsCheck.years.contains(by) { targets.by = by } else {
                reader.error(node, questionnaire.language.pick(fr: "l’année \(by) n’est pas une année entre 1 et 9999",
                                                               en: "\(by) is not a year between 1 and 9999"))
            }
        }
        if let node = fields["overall"], let level = reader.integer(node, key: "overall") {
            if questionnaire.level(id: level) == nil {
                reader.error(node, TargetsCheck.unknownLevel(String(level), questionnaire))
            }
            targets.overall = level
        }
        for (key, value) in pairs(fields["themes"], &reader, what: (fr: "« themes »", en: "'themes'")) {
            guard let id = key.scalar?.string else { continue }
            guard questionnaire.theme(id) != nil else {
                reader.error(key, TargetsCheck.unknownTheme(id, questionnaire))
                continue
            }
            guard let level = reader.integer(value, key: "themes.\(id)") else { continue }
            if questionnaire.level(id: level) == nil { reader.error(value, TargetsCheck.unknownLevel(String(level), questionnaire)) }
            targets.themes.append(.init(id: id, level: level))
        }
        for (key, value) in pairs(fields["indicators"], &reader, what: (fr: "« indicators »", en: "'indicators'")) {
            guard let id = key.scalar?.string else { continue }
            guard indicators.contains(id) else {
                reader.error(key, TargetsCheck.unknownIndicator(id, valid: indicators, l))
                continue
            }
            if let percent = reader.number(value, key: "indicators.\(id)") { targets.indicators.append(.init(id: id, percent: percent)) }
        }
        let diagnostics = reader.diagnostics.sortedBySource()
        return diagnostics.hasErrors ? .failure(DiagnosticList(diagnostics)) : .success(targets)
    }

    /// The entries of an optional mapping; anything else is an error.
    private static func pairs(_ node: Node?, _ reader: inout YAMLReader, what: (fr: String, en: String)) -> [(Node, Node)] {
        guard let node else { return [] }
        guard case .mapping(let mapping) = node else {
            reader.error(node, reader.language.pick(fr: "\(what.fr) doit être une table « id: valeur »",
                                                    en: "\(what.en) must be a map 'id: value'"))
            return []
        }
        return mapping.map { ($0.key, $0.value) }
    }
}

/// Located problems, as an error value.
public struct DiagnosticList: Error, Sendable {
    public let diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }
}
