import Yams

/// One question: its keys, and the rules of each kind.
extension QuestionnaireBuilder {
    mutating func readQuestion(
        _ node: Node, themeID: String, position: Int, optionSets: [String: [AnswerOption]], scope themeScope: QuestionScope = .site
    ) -> (Question, Node?)? {
        let name = node.mapping?["id"]?.scalar?.string ?? "\(position)"
        let what = ("la question « \(themeID).\(name) »", "question '\(themeID).\(name)'")
        guard let f = reader.fields(node, allowed: Self.questionKeys, required: ["id", "text", "type"], what: what) else { return nil }
        let id = f["id"].flatMap { readID($0, key: "id", pattern: .name) }
        let text = f["text"].flatMap { reader.text($0, key: "text") }
        let help = f["help"].flatMap { reader.text($0, key: "help") }
        var typeName: String?
        if let node = f["type"], let t = reader.text(node, key: "type") {
            if Self.typeKeys[t] == nil {
                let known = ["single", "multiple", "boolean", "scale", "number", "text"]
                let hint = Suggestion.hint(for: t, among: known, language: language)
                reader.error(node, LoaderMessage.unknownType(t, hint: hint, in: language))
            } else {
                typeName = t
            }
        }
        if let typeName, let allowed = Self.typeKeys[typeName] {
            for key in ["options", "scores", "min", "max", "labels", "unit", "integer", "bands"] where f[key] != nil && !allowed.contains(key) {
                reader.error(f.keyNode(key), LoaderMessage.keyNotForType(key, type: typeName, in: language))
            }
        }
        let kind = typeName.flatMap { readKind($0, f, what: what, optionSets: optionSets) }
        var weight = 1.0
        var weightGiven: Double?
        if let node = f["weight"], let w = reader.number(node, key: "weight") {
            if w < 0 {
                reader.error(node, LoaderMessage.negativeQuestionWeight(in: language))
            } else {
                weight = w
                weightGiven = w
            }
        }
        let required = f["required"].flatMap { reader.bool($0, key: "required") } ?? true
        let na = f["na"].flatMap { reader.bool($0, key: "na") } ?? false
        let scope = f["scope"].flatMap { readScope($0) } ?? themeScope
        if let kind { warnKeysWithoutEffect(kind, f, weight: weightGiven, na: na) }
        // Kept without its text (already an error) so that conditions naming it still resolve.
        guard let id, let kind else {
            if let id { unreadableQuestions.insert("\(themeID).\(id)") }
            return nil
        }
        let question = Question(id: id, themeID: themeID, text: text ?? "", help: help, kind: kind, weight: weight,
                                required: required, allowsNA: na, when: nil, scope: scope)
        return (question, f["when"])
    }

    mutating func readKind(
        _ type: String, _ f: YAMLReader.Fields, what: (fr: String, en: String), optionSets: [String: [AnswerOption]]
    ) -> Question.Kind? {
        switch type {
        case "single", "multiple":
            guard let node = f["options"] else {
                reader.error(f.node, LoaderMessage.missingOptions(what, in: language))
                return nil
            }
            var options: [AnswerOption]
            if case .scalar(let s) = node {
                guard let set = optionSets[s.string] else {
                    let hint = Suggestion.hint(for: s.string, among: optionSets.keys.sorted(), language: language)
                    reader.error(node, LoaderMessage.unknownOptionSet(s.string, hint: hint, in: language))
                    return nil
                }
                options = set
            } else {
                options = readOptions(node, owner: (what.fr, "de \(what.fr)", what.en))
            }
            if type == "single" {
                if options.contains(where: \.exclusive), case .sequence = node {
                    reader.warning(node, LoaderMessage.exclusiveInSingle(in: language))
                }
                options = options.map { AnswerOption(id: $0.id, label: $0.label, score: $0.score) }
                return .single(options)
            }
            return .multiple(options)
        case "boolean":
            var yes = 1.0, no = 0.0
            if let node = f["scores"],
               let scores = reader.fields(node, allowed: Self.booleanScoresKeys, required: [], what: ("« scores »", "'scores'")) {
                if let y = scores["yes"].flatMap({ readScore($0, key: "yes") }) { yes = y }
                if let n = scores["no"].flatMap({ readScore($0, key: "no") }) { no = n }
                if scores["yes"] == nil, scores["no"] != nil {
                    reader.warning(node, LoaderMessage.scoresOnlyNo(in: language))
                } else if scores["no"] == nil, scores["yes"] != nil {
                    reader.warning(node, LoaderMessage.scoresOnlyYes(in: language))
                }
            }
            return .boolean(yes: yes, no: no)
        case "scale":
            let minNode = f["min"], maxNode = f["max"]
            if minNode == nil || maxNode == nil {
                reader.error(f.node, LoaderMessage.scaleNeedsBounds(what, in: language))
                return nil
            }
            guard let min = minNode.flatMap({ reader.integer($0, key: "min") }),
                  let max = maxNode.flatMap({ reader.integer($0, key: "max") }) else { return nil }
            guard min < max else {
                reader.error(maxNode, LoaderMessage.scaleMaxNotAboveMin(max, min: min, in: language))
                return nil
            }
            // The span may not fit an Int (min: -9223372036854775808, max: 1): that is too many steps too.
            let (span, overflow) = max.subtractingReportingOverflow(min)
            guard !overflow, span <= 1_000 else {
                reader.error(maxNode, LoaderMessage.scaleTooLong(in: language))
                return nil
            }
            var labels: [Int: String] = [:]
            if let node = f["labels"] {
                if reader.visit(node), case .mapping(let mapping) = node {
                    for (keyNode, valueNode) in mapping {
                        guard let value = reader.scaleValue(keyNode) else { continue }
                        if value < min || value > max {
                            reader.error(keyNode, LoaderMessage.labelOutsideScale(value, min: min, max: max, in: language))
                        }
                        if let label = reader.text(valueNode, key: "labels") { labels[value] = label }
                    }
                } else {
                    reader.error(node, LoaderMessage.labelsNotMapping(in: language))
                }
            }
            return .scale(min: min, max: max, labels: labels)
        case "number":
            var rules = NumberRules()
            rules.min = f["min"].flatMap { reader.number($0, key: "min") }
            rules.max = f["max"].flatMap { reader.number($0, key: "max") }
            if let lo = rules.min, let hi = rules.max, lo > hi {
                reader.error(f["max"], LoaderMessage.numberMaxBelowMin(hi, low: lo, in: language))
            }
            rules.unit = f["unit"].flatMap { reader.text($0, key: "unit") }
            rules.integer = f["integer"].flatMap { reader.bool($0, key: "integer") } ?? false
            if rules.integer { checkWholeBounds(rules, f) }
            if let node = f["bands"] { rules.bands = readBands(node) }
            return .number(rules)
        default:
            return .text
        }
    }

    /// With `integer: true`, a bound with a fraction is moved to the next whole number by the
    /// interview (a warning: the question works, not as written); no whole number between the
    /// bounds is an error (no answer would be accepted).
    mutating func checkWholeBounds(_ rules: NumberRules, _ f: YAMLReader.Fields) {
        let lo = rules.min.map { $0.rounded(.up) }, hi = rules.max.map { $0.rounded(.down) }
        if let lo, let hi, let min = rules.min, let max = rules.max, min <= max, lo > hi {
            reader.error(f["max"], LoaderMessage.noWholeNumberInBounds(min, max: max, in: language))
            return
        }
        if let min = rules.min, let lo, lo != min {
            reader.warning(f["min"], LoaderMessage.minNotWhole(min, low: lo, in: language))
        }
        if let max = rules.max, let hi, hi != max {
            reader.warning(f["max"], LoaderMessage.maxNotWhole(max, high: hi, in: language))
        }
    }

    /// `weight` on a question that has no score, and `na` on a text question, change nothing
    /// of the scores; `weight: 0` still marks the question as informational on purpose.
    ///
    /// - Parameters:
    ///   - weight: the weight written, when it is a valid one.
    mutating func warnKeysWithoutEffect(_ kind: Question.Kind, _ f: YAMLReader.Fields, weight: Double?, na: Bool) {
        let what: (fr: String, en: String)?
        switch kind {
        case .text: what = ("une question de type text", "a question of type text")
        case .number(let rules) where rules.bands == nil: what = ("une question number sans « bands »", "a number question without 'bands'")
        default: what = nil
        }
        guard let what else { return }
        if let weight, weight > 0 {
            reader.warning(f.keyNode("weight"), LoaderMessage.weightWithoutEffect(what, in: language))
        }
        if case .text = kind, na {
            reader.warning(f.keyNode("na"), LoaderMessage.naWithoutEffect(in: language))
        }
    }
}
