import Yams

/// Option sets, the options of a question, and their scores.
extension QuestionnaireBuilder {
    mutating func readOptionSets(_ node: Node) -> [String: [AnswerOption]] {
        guard reader.visit(node) else { return [:] }
        guard case .mapping(let mapping) = node else {
            reader.error(node, fr: "« option_sets » doit associer un nom à une liste d’options",
                         en: "'option_sets' must map a name to a list of options")
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
            reader.error(node, fr: "les options \(owner.frOf) doivent être une liste (« - … »), pas \(reader.kindName(node).fr)",
                         en: "the options of \(owner.en) must be a list ('- …'), not \(reader.kindName(node).en)")
            return []
        }
        let items = Array(sequence)
        if items.count < 2 {
            reader.error(node, fr: "\(owner.fr) doit proposer au moins 2 options", en: "\(owner.en) must offer at least 2 options")
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
                reader.error(idNode, fr: "option « \(id) » en double dans \(owner.fr)", en: "duplicate option '\(id)' in \(owner.en)")
            }
            // At the prompt a number picks an option by its rank (as `AnswerParser` reads it):
            // an id made of digits names this option only when it is its own rank.
            if let id, let idNode = f["id"], let rank = Int(id), rank != i + 1 {
                let position = i + 1
                reader.warning(idNode,
                               fr: "l’option « \(id) » ne peut pas être choisie par son identifiant pendant l’entretien : un nombre tapé choisit l’option de ce rang, et celle-ci est la \(position == 1 ? "1re" : "\(position)e") ; commencez l’identifiant par une lettre (par exemple « n\(id) »)",
                               en: "option '\(id)' cannot be picked by its id in the interview: a number typed picks the option at that rank, and this one is number \(position); start the id with a letter (for example 'n\(id)')")
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
            reader.error(node, fr: "un score est compris entre 0 et 1 (ici \(format(score)))",
                         en: "a score lies between 0 and 1 (here \(format(score)))")
            return nil
        }
        return score
    }
}
