import Yams

/// Option sets, the options of a question, and their scores.
extension QuestionnaireBuilder {
    mutating func readOptionSets(_ node: Node) -> [String: [AnswerOption]] {
        guard reader.visit(node) else { return [:] }
        guard case .mapping(let mapping) = node else {
            reader.error(node, LoaderMessage.optionSetsNotMapping(in: language))
            return [:]
        }
        var sets: [String: [AnswerOption]] = [:]
        for (keyNode, value) in mapping {
            guard let name = reader.text(keyNode, key: "option_sets") else { continue }
            sets[name] = readOptions(value, owner: ("le jeu d’options « \(name) »", "du jeu d’options « \(name) »", "option set '\(name)'"))
        }
        return sets
    }

    /// The options of a question or an option set.
    ///
    /// - Parameters:
    ///   - owner: who holds them, as a subject and after « de » (French contracts « de le » to « du »),
    ///     e.g. ("la question « t.q »", "de la question « t.q »", "question 't.q'").
    mutating func readOptions(_ node: Node, owner: (fr: String, frOf: String, en: String)) -> [AnswerOption] {
        guard reader.visit(node) else { return [] }
        guard case .sequence(let sequence) = node else {
            reader.error(node, LoaderMessage.optionsNotList(owner, kind: reader.kindName(node), in: language))
            return []
        }
        let items = Array(sequence)
        if items.count < 2 {
            reader.error(node, LoaderMessage.tooFewOptions(owner, in: language))
        }
        var options: [AnswerOption] = []
        var seen: Set<String> = []
        for (i, item) in items.enumerated() {
            guard let f = reader.fields(item, allowed: Self.optionKeys, required: ["id", "label", "score"],
                                        what: ("l’option \(i + 1) \(owner.frOf)", "option \(i + 1) of \(owner.en)")) else { continue }
            let id = f["id"].flatMap { readID($0, key: "id", pattern: .option) }
            let label = f["label"].flatMap { reader.text($0, key: "label") }
            let score = f["score"].flatMap { readScore($0, key: "score") }
            let exclusive = f["exclusive"].flatMap { reader.bool($0, key: "exclusive") } ?? false
            if let id, let idNode = f["id"], !seen.insert(id).inserted {
                reader.error(idNode, LoaderMessage.duplicateOption(id, owner: owner, in: language))
            }
            // At the prompt a number picks an option by its rank (as `AnswerParser` reads it):
            // an id made of digits names this option only when it is its own rank.
            if let id, let idNode = f["id"], let rank = Int(id), rank != i + 1 {
                let position = i + 1
                reader.warning(idNode,
                               LoaderMessage.digitOptionID(id, position: position, in: language))
            }
            if let id, let label, let score {
                options.append(AnswerOption(id: id, label: label, score: score, exclusive: exclusive))
            }
        }
        return options
    }

    mutating func readScore(_ node: Node, key: String) -> Double? {
        guard let score = reader.number(node, key: key) else { return nil }
        guard score >= 0, score <= 1 else {
            reader.error(node, LoaderMessage.scoreOutOfRange(score, in: language))
            return nil
        }
        return score
    }
}
