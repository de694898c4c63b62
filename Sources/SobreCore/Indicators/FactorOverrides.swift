import Yams

/// A `--factors FILE` (SPEC §8): factor values that replace the questionnaire's, e.g. an
/// association's own electricity price. A YAML map `name: number` or `name: { value, source }`.
public struct FactorOverrides: Sendable {
    /// One replaced factor, where the file gives it.
    public struct Entry: Sendable {
        public let id: String
        public let value: Double
        /// The override's source; nil when it gives none (the replaced factor then has none).
        public let source: String?
        /// Where the name is written, for an error about it.
        public let location: SourceLocation
    }

    /// The file's entries, in file order.
    public let entries: [Entry]

    /// The keys `name: { … }` accepts. docs/reference/cli.md documents them.
    package static let keys = ["value", "source"]

    /// Reads a factors file; messages in `language` (the questionnaire's). Nil with the
    /// problems, each at its line and column, when the file is not such a map.
    public static func load(bytes: [UInt8], path: String, language: Language) -> (overrides: FactorOverrides?, diagnostics: [Diagnostic]) {
        let document: YAMLDocument
        switch YAMLDocument.open(bytes: bytes, path: path, language: language) {
        case .success(let opened): document = opened
        case .failure(let problem): return (nil, problem.diagnostics)
        }
        var reader = document.reader()
        let root = document.root
        guard let root, case .mapping(let mapping) = root else {
            reader.error(at: root.map(reader.location) ?? SourceLocation(file: path, line: 1, column: 1),
                         FactorMessage.notAMap(in: language))
            return (nil, reader.diagnostics)
        }
        var entries: [Entry] = []
        for (keyNode, valueNode) in mapping {
            guard reader.visit(valueNode), let name = reader.text(keyNode, key: "factors") else { continue }
            if entries.contains(where: { $0.id == name }) {
                reader.error(keyNode, FactorMessage.twice(name, in: language))
                continue
            }
            var value: Double?
            var overrideSource: String?
            if case .mapping = valueNode {
                guard let f = reader.fields(valueNode, allowed: keys, required: ["value"],
                                            what: ("le facteur « \(name) »", "factor '\(name)'")) else { continue }
                value = f["value"].flatMap { reader.number($0, key: "value") }
                overrideSource = f["source"].flatMap { reader.text($0, key: "source") }
            } else {
                value = reader.number(valueNode, key: name)
            }
            if let value {
                entries.append(Entry(id: name, value: value, source: overrideSource, location: reader.location(keyNode)))
            }
        }
        let diagnostics = reader.diagnostics.sortedBySource()
        return (diagnostics.hasErrors ? nil : FactorOverrides(entries: entries), diagnostics)
    }

    /// An error for each name that none of `questionnaires` declares, at its place.
    public func unknownNames(in questionnaires: [Questionnaire], language: Language) -> [Diagnostic] {
        var known: [String] = []
        for q in questionnaires {
            for factor in q.factors where !known.contains(factor.id) { known.append(factor.id) }
        }
        return entries.filter { !known.contains($0.id) }.map { entry in
            let hint = Suggestion.hint(for: entry.id, among: known, language: language)
            return Diagnostic(.error, FactorMessage.unknown(entry.id, hint: hint, in: language), at: entry.location)
        }
    }

    /// `questionnaire` with the factors this file names replaced and marked `overridden`; its
    /// indicators and savings then compute with them.
    public func applied(to questionnaire: Questionnaire) -> Questionnaire {
        guard !entries.isEmpty else { return questionnaire }
        var copy = questionnaire
        var factors = copy.factors
        for k in factors.indices {
            guard let entry = entries.first(where: { $0.id == factors[k].id }) else { continue }
            factors[k].value = entry.value
            factors[k].source = entry.source
            factors[k].overridden = true
        }
        copy.factors = factors
        return copy
    }
}
