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
        let document: YAMLDocument
        switch YAMLDocument.open(bytes: bytes, path: path, language: l) {
        case .success(let opened): document = opened
        case .failure(let problem): return .failure(problem)
        }
        var reader = document.reader()
        let what = (fr: "le fichier d’objectifs", en: "the objectives file")
        guard let root = document.root,
              let fields = reader.fields(root, allowed: ["by", "overall", "themes", "indicators"], required: ["by"], what: what)
        else {
            if document.root == nil {
                reader.error(at: SourceLocation(file: path, line: 1, column: 1),
                             l.pick(fr: "le fichier est vide : il faut au moins « by: ANNÉE »",
                                    en: "the file is empty: it needs at least 'by: YEAR'"))
            }
            return .failure(DiagnosticList(reader.diagnostics))
        }
        // Where each key of `targets` is written; a value that could not be read has none, its
        // problem is already said.
        var places: [String: Node] = [:]
        var targets = Targets(by: 0)
        if let node = fields["by"], let by = reader.integer(node, key: "by") {
            targets.by = by
            places["by"] = node
        }
        if let node = fields["overall"], let level = reader.integer(node, key: "overall") {
            targets.overall = level
            places["overall"] = node
        }
        // A problem about an id the questionnaire does not know is shown on the id, any other on the value.
        for (key, value) in pairs(fields["themes"], &reader, what: (fr: "« themes »", en: "'themes'")) {
            guard let id = key.scalar?.string else { continue }
            let known = questionnaire.theme(id) != nil
            // An unknown theme is said even when its level is not a number.
            guard let level = known ? reader.integer(value, key: "themes.\(id)") : questionnaire.levels.first?.id else { continue }
            targets.themes.append(.init(id: id, level: level))
            places["themes.\(id)"] = known ? value : key
        }
        for (key, value) in pairs(fields["indicators"], &reader, what: (fr: "« indicators »", en: "'indicators'")) {
            guard let id = key.scalar?.string else { continue }
            let known = indicators.contains(id)
            guard let percent = known ? reader.number(value, key: "indicators.\(id)") : 0 else { continue }
            targets.indicators.append(.init(id: id, percent: percent))
            places["indicators.\(id)"] = known ? value : key
        }
        for problem in TargetsCheck.problems(targets, questionnaire: questionnaire, year: nil, indicators: indicators) {
            if let node = places[problem.key] { reader.error(node, problem.message) }
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
