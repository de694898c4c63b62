import Yams

/// One question: its keys, and the rules of each kind.
extension QuestionnaireBuilder {
    mutating func readQuestion(
        _ node: Node, themeID: String, position: Int, optionSets: [String: [AnswerOption]]
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
                let hint = Suggestion.closest(to: t, among: known).map {
                    language.pick(fr: " ; vouliez-vous dire « \($0) » ?", en: "; did you mean '\($0)'?")
                } ?? ""
                reader.error(node, fr: "type « \(t) » inconnu : single, multiple, boolean, scale, number ou text\(hint)",
                             en: "unknown type '\(t)': single, multiple, boolean, scale, number or text\(hint)")
            } else {
                typeName = t
            }
        }
        if let typeName, let allowed = Self.typeKeys[typeName] {
            for key in ["options", "scores", "min", "max", "labels", "unit", "integer", "bands"] where f[key] != nil && !allowed.contains(key) {
                reader.error(f.keyNode(key), fr: "« \(key) » ne s’applique pas à une question de type \(typeName)",
                             en: "'\(key)' does not apply to a question of type \(typeName)")
            }
        }
        let kind = typeName.flatMap { readKind($0, f, what: what, optionSets: optionSets) }
        var weight = 1.0
        var weightGiven: Double?
        if let node = f["weight"], let w = reader.number(node, key: "weight") {
            if w < 0 {
                reader.error(node, fr: "le poids d’une question doit être positif ou nul", en: "a question's weight must be >= 0")
            } else {
                weight = w
                weightGiven = w
            }
        }
        let required = f["required"].flatMap { reader.bool($0, key: "required") } ?? true
        let na = f["na"].flatMap { reader.bool($0, key: "na") } ?? false
        if let kind { warnKeysWithoutEffect(kind, f, weight: weightGiven, na: na) }
        // Kept without its text (already an error) so that conditions naming it still resolve.
        guard let id, let kind else {
            if let id { unreadableQuestions.insert("\(themeID).\(id)") }
            return nil
        }
        let question = Question(id: id, themeID: themeID, text: text ?? "", help: help, kind: kind, weight: weight,
                                required: required, allowsNA: na, when: nil)
        return (question, f["when"])
    }

    mutating func readKind(
        _ type: String, _ f: YAMLReader.Fields, what: (fr: String, en: String), optionSets: [String: [AnswerOption]]
    ) -> Question.Kind? {
        switch type {
        case "single", "multiple":
            guard let node = f["options"] else {
                reader.error(f.node, fr: "il manque la clé « options » dans \(what.0)", en: "missing key 'options' in \(what.1)")
                return nil
            }
            var options: [AnswerOption]
            if case .scalar(let s) = node {
                guard let set = optionSets[s.string] else {
                    let hint = Suggestion.closest(to: s.string, among: optionSets.keys.sorted()).map {
                        language.pick(fr: " ; vouliez-vous dire « \($0) » ?", en: "; did you mean '\($0)'?")
                    } ?? ""
                    reader.error(node, fr: "jeu d’options « \(s.string) » inconnu (voir « option_sets »)\(hint)",
                                 en: "unknown option set '\(s.string)' (see 'option_sets')\(hint)")
                    return nil
                }
                options = set
            } else {
                options = readOptions(node, owner: (what.fr, "de \(what.fr)", what.en))
            }
            if type == "single" {
                if options.contains(where: \.exclusive), case .sequence = node {
                    reader.warning(node, fr: "« exclusive » n’a d’effet que dans une question « multiple »",
                                   en: "'exclusive' has an effect only in a 'multiple' question")
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
                    reader.warning(node, fr: "« scores » ne donne que « no » : « yes » garde sa valeur par défaut, 1 ; donnez les deux valeurs",
                                   en: "'scores' gives only 'no': 'yes' keeps its default, 1; give both values")
                } else if scores["no"] == nil, scores["yes"] != nil {
                    reader.warning(node, fr: "« scores » ne donne que « yes » : « no » garde sa valeur par défaut, 0 ; donnez les deux valeurs",
                                   en: "'scores' gives only 'yes': 'no' keeps its default, 0; give both values")
                }
            }
            return .boolean(yes: yes, no: no)
        case "scale":
            let minNode = f["min"], maxNode = f["max"]
            if minNode == nil || maxNode == nil {
                reader.error(f.node, fr: "une échelle (scale) demande « min » et « max » entiers dans \(what.0)",
                             en: "a scale needs whole-number 'min' and 'max' in \(what.1)")
                return nil
            }
            guard let min = minNode.flatMap({ reader.integer($0, key: "min") }),
                  let max = maxNode.flatMap({ reader.integer($0, key: "max") }) else { return nil }
            guard min < max else {
                reader.error(maxNode, fr: "« max » (\(max)) doit dépasser « min » (\(min))", en: "'max' (\(max)) must be above 'min' (\(min))")
                return nil
            }
            // The span may not fit an Int (min: -9223372036854775808, max: 1): that is too many steps too.
            let (span, overflow) = max.subtractingReportingOverflow(min)
            guard !overflow, span <= 1_000 else {
                reader.error(maxNode, fr: "une échelle de plus de 1000 crans n’est pas une échelle : utilisez « number »",
                             en: "a scale of more than 1000 steps is not a scale: use 'number'")
                return nil
            }
            var labels: [Int: String] = [:]
            if let node = f["labels"] {
                if reader.visit(node), case .mapping(let mapping) = node {
                    for (keyNode, valueNode) in mapping {
                        guard let value = reader.scaleValue(keyNode) else { continue }
                        if value < min || value > max {
                            reader.error(keyNode, fr: "la valeur \(value) est hors de l’échelle \(min)–\(max)",
                                         en: "value \(value) is outside the scale \(min)–\(max)")
                        }
                        if let label = reader.text(valueNode, key: "labels") { labels[value] = label }
                    }
                } else {
                    reader.error(node, fr: "« labels » associe une valeur de l’échelle à son libellé (« 1: Jamais »)",
                                 en: "'labels' maps a scale value to its label ('1: Never')")
                }
            }
            return .scale(min: min, max: max, labels: labels)
        case "number":
            var rules = NumberRules()
            rules.min = f["min"].flatMap { reader.number($0, key: "min") }
            rules.max = f["max"].flatMap { reader.number($0, key: "max") }
            if let lo = rules.min, let hi = rules.max, lo > hi {
                reader.error(f["max"], fr: "« max » (\(format(hi))) est inférieur à « min » (\(format(lo)))",
                             en: "'max' (\(format(hi))) is below 'min' (\(format(lo)))")
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
            reader.error(f["max"], fr: "aucun nombre entier n’est compris entre « min » (\(format(min))) et « max » (\(format(max))) : avec « integer: true », aucune réponse ne serait acceptée",
                         en: "no whole number lies between 'min' (\(format(min))) and 'max' (\(format(max))): with 'integer: true', no answer would be accepted")
            return
        }
        if let min = rules.min, let lo, lo != min {
            reader.warning(f["min"], fr: "« min » vaut \(format(min)) mais la réponse est un nombre entier (integer: true) : la plus petite réponse acceptée est \(format(lo)) ; écrivez « min: \(format(lo)) »",
                           en: "'min' is \(format(min)) but the answer is a whole number (integer: true): the smallest answer accepted is \(format(lo)); write 'min: \(format(lo))'")
        }
        if let max = rules.max, let hi, hi != max {
            reader.warning(f["max"], fr: "« max » vaut \(format(max)) mais la réponse est un nombre entier (integer: true) : la plus grande réponse acceptée est \(format(hi)) ; écrivez « max: \(format(hi)) »",
                           en: "'max' is \(format(max)) but the answer is a whole number (integer: true): the largest answer accepted is \(format(hi)); write 'max: \(format(hi))'")
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
            reader.warning(f.keyNode("weight"), fr: "« weight » n’a pas d’effet sur \(what.fr), qui n’a jamais de score (seul « weight: 0 » a un sens : il la marque comme informative)",
                           en: "'weight' has no effect on \(what.en), which never has a score (only 'weight: 0' means something: it marks the question as informational)")
        }
        if case .text = kind, na {
            reader.warning(f.keyNode("na"), fr: "« na: true » n’a pas d’effet sur le score d’une question de type text, qui n’en a jamais ; pour une réponse facultative, écrivez « required: false »",
                           en: "'na: true' has no effect on the score of a question of type text, which never has one; for an optional answer, write 'required: false'")
        }
    }
}
