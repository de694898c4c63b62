import Yams

/// Factors, indicators and actions' `saves` (SPEC §8).
extension QuestionnaireBuilder {
    /// The factors that are whole, and every name written (so that `factor(f)` naming a factor
    /// whose definition is an error does not add an error of its own).
    mutating func readFactors(_ node: Node) -> (declared: [Factor], ids: [String]) {
        guard reader.visit(node) else { return ([], []) }
        guard case .mapping(let mapping) = node else {
            reader.error(node, LoaderMessage.factorsNotMapping(kind: reader.kindName(node), in: language))
            return ([], [])
        }
        var factors: [Factor] = []
        var ids: [String] = []
        for (keyNode, value) in mapping {
            guard let name = readID(keyNode, key: "factors", pattern: .name) else { continue }
            if ids.contains(name) {
                reader.error(keyNode, LoaderMessage.duplicateFactor(name, in: language))
                continue
            }
            ids.append(name)
            guard let f = reader.fields(value, allowed: Self.factorKeys, required: ["value", "unit"],
                                        what: ("le facteur « \(name) »", "factor '\(name)'")) else { continue }
            let number = f["value"].flatMap { reader.number($0, key: "value") }
            let unit = f["unit"].flatMap { reader.text($0, key: "unit") }
            let label = f["label"].flatMap { reader.text($0, key: "label") }
            let source = f["source"].flatMap { reader.text($0, key: "source") }
            if let number, let unit {
                factors.append(Factor(id: name, value: number, unit: unit, label: label, source: source))
            }
        }
        return (factors, ids)
    }

    /// The ids of the indicators as written, before their values are read: `indicator(i)`
    /// tells a later indicator from an unknown one.
    func indicatorIDs(_ node: Node) -> [String] {
        guard case .sequence(let items) = node else { return [] }
        return items.compactMap { $0.mapping?["id"]?.scalar?.string }
    }

    mutating func readIndicators(_ node: Node, index: QuestionnaireIndex) -> [Indicator] {
        guard let items = reader.sequence(node, what: ("« indicators »", "'indicators'")) else { return [] }
        var indicators: [Indicator] = []
        var earlier: Set<String> = []
        for (i, item) in items.enumerated() {
            let name = item.mapping?["id"]?.scalar?.string ?? "\(i + 1)"
            guard let f = reader.fields(item, allowed: Self.indicatorKeys, required: ["id", "label", "unit", "value"],
                                        what: ("l’indicateur « \(name) »", "indicator '\(name)'")) else { continue }
            let id = f["id"].flatMap { readID($0, key: "id", pattern: .name) }
            if let id, let idNode = f["id"], earlier.contains(id) {
                reader.error(idNode, LoaderMessage.duplicateIndicator(id, in: language))
            }
            let label = f["label"].flatMap { reader.text($0, key: "label") }
            let short = f["short"].flatMap { reader.text($0, key: "short") }
            let unit = f["unit"].flatMap { reader.text($0, key: "unit") }
            let headline = f["headline"].flatMap { reader.bool($0, key: "headline") } ?? false
            let source = f["source"].flatMap { reader.text($0, key: "source") }
            let description = f["description"].flatMap { reader.text($0, key: "description") }
            let value = f["value"].flatMap {
                readCondition($0, usage: .indicator(id: id ?? name, earlier: earlier), index: index, key: "value").expression
            }
            // Known from here on even when its value is an error: one mistake, one error.
            earlier.insert(id ?? name)
            if let id, let label, let unit, let value {
                indicators.append(Indicator(id: id, label: label, unit: unit, value: value, headline: headline,
                                            source: source, description: description, short: short))
            }
        }
        return indicators
    }

    /// An action's `saves`: indicator id → number expression, in file order.
    mutating func readSaves(_ node: Node, index: QuestionnaireIndex) -> [SavingFormula] {
        guard reader.visit(node) else { return [] }
        guard case .mapping(let mapping) = node else {
            reader.error(node, LoaderMessage.savesNotMapping(kind: reader.kindName(node), in: language))
            return []
        }
        var saves: [SavingFormula] = []
        var seen: Set<String> = []
        for (keyNode, value) in mapping {
            guard let id = reader.text(keyNode, key: "saves") else { continue }
            if !index.indicatorIDs.contains(id) {
                let hint = Suggestion.hint(for: id, among: index.indicatorIDs, language: language)
                reader.error(keyNode, LoaderMessage.unknownSavedIndicator(id, hint: hint, in: language))
            } else if !seen.insert(id).inserted {
                reader.error(keyNode, LoaderMessage.duplicateSaving(id, in: language))
            }
            let formula = readCondition(value, usage: .saving, index: index, key: id).expression
            if let formula, index.indicatorIDs.contains(id) {
                saves.append(SavingFormula(indicatorID: id, value: formula))
            }
        }
        return saves
    }
}
