import Yams

/// Builds the model from the YAML tree and checks every rule of SPEC §1.2 on the way.
package struct QuestionnaireBuilder {
    var reader: YAMLReader
    private var language: Language { reader.language }

    // The keys each mapping of a questionnaire accepts. docs/reference/questionnaire.md
    // documents every one (ReferenceDocsTests holds the two in step).
    package static let rootKeys = [
        "format", "id", "version", "language", "title", "description", "source", "levels", "scoring",
        "option_sets", "themes", "actions",
    ]
    package static let themeKeys = ["id", "title", "description", "weight", "questions"]
    package static let questionKeys = [
        "id", "text", "help", "type", "options", "scores", "min", "max", "labels", "unit", "integer", "bands",
        "weight", "required", "na", "when",
    ]
    /// The keys of `questionKeys` that only some types take, by type.
    package static let typeKeys: [String: [String]] = [
        "single": ["options"], "multiple": ["options"], "boolean": ["scores"], "scale": ["min", "max", "labels"],
        "number": ["min", "max", "unit", "integer", "bands"], "text": [],
    ]
    package static let actionKeys = ["id", "title", "description", "theme", "priority", "effort", "when", "after", "owner", "source"]
    package static let levelKeys = ["id", "name", "min", "description"]
    package static let scoringKeys = ["weakest_link"]
    package static let optionKeys = ["id", "label", "score", "exclusive"]
    package static let booleanScoresKeys = ["yes", "no"]
    package static let bandKeys = ["upto", "score"]
    /// Every list above, named by the place it applies to.
    package static let acceptedKeys: [(place: String, keys: [String])] = [
        ("questionnaire", rootKeys), ("level", levelKeys), ("scoring", scoringKeys), ("option", optionKeys),
        ("theme", themeKeys), ("question", questionKeys), ("scores", booleanScoresKeys), ("band", bandKeys),
        ("action", actionKeys),
    ]

    /// Question `when` nodes, checked once every question is known; `themeIndex` is nil for a
    /// theme that is not kept (its id is wrong), whose conditions are checked but stored nowhere.
    private var pendingQuestionConditions: [(question: String, node: Node, earlier: Set<String>, themeIndex: Int?, questionIndex: Int)] = []
    /// Questions left out because their definition is an error (type, option set…), by full id.
    private var unreadableQuestions: Set<String> = []
    /// Theme ids refused as written (`fin-de-vie`).
    private var unreadableThemes: Set<String> = []
    /// Actions whose condition got a warning already: they are not warned about twice.
    private var actionsWarnedInCondition: Set<String> = []

    init(reader: YAMLReader) {
        self.reader = reader
    }

    mutating func build(_ root: Node, sha256: String, path: String) -> Questionnaire? {
        guard let fields = reader.fields(root, allowed: Self.rootKeys,
                                         required: ["format", "id", "version", "language", "title", "levels", "themes"],
                                         what: ("le questionnaire", "the questionnaire")) else { return nil }
        if let node = fields["format"] {
            if let format = reader.integer(node, key: "format"), format != 1 {
                reader.error(node, fr: "format \(format) non pris en charge : cette version de sobre lit le format 1",
                             en: "format \(format) is not supported: this version of sobre reads format 1")
            }
        }
        let id = fields["id"].flatMap { readID($0, key: "id", pattern: .questionnaire) }
        let version = fields["version"].flatMap { reader.text($0, key: "version") }
        var lang = language
        if let node = fields["language"], let value = reader.text(node, key: "language") {
            if let parsed = Language(rawValue: value) {
                lang = parsed
            } else {
                reader.error(node, fr: "langue « \(value) » non prise en charge : fr ou en",
                             en: "language '\(value)' is not supported: fr or en")
            }
        }
        let title = fields["title"].flatMap { reader.text($0, key: "title") }
        let description = fields["description"].flatMap { reader.text($0, key: "description") }
        let source = fields["source"].flatMap { reader.text($0, key: "source") }
        let levels = fields["levels"].map { readLevels($0) } ?? []
        var weakestLink: Int?
        if let node = fields["scoring"],
           let scoring = reader.fields(node, allowed: Self.scoringKeys, required: [], what: ("« scoring »", "'scoring'")),
           let wl = scoring["weakest_link"], let k = reader.integer(wl, key: "weakest_link") {
            if k < 0 {
                reader.error(wl, fr: "« weakest_link » doit être un entier positif ou nul",
                             en: "'weakest_link' must be a whole number >= 0")
            } else {
                weakestLink = k
            }
        }
        let optionSets = fields["option_sets"].map { readOptionSets($0) } ?? [:]
        let themes = fields["themes"].map { readThemes($0, optionSets: optionSets) } ?? []
        var index = QuestionnaireIndex(themes: themes)
        index.levelIDs = levels.map(\.id)
        index.unreadableQuestions = unreadableQuestions
        index.unreadableThemes = unreadableThemes
        var themesWithConditions = themes
        for pending in pendingQuestionConditions {
            let expression = readCondition(pending.node, usage: .question(fullID: pending.question, earlier: pending.earlier), index: index).expression
            if let t = pending.themeIndex, t < themesWithConditions.count, pending.questionIndex < themesWithConditions[t].questions.count {
                themesWithConditions[t].questions[pending.questionIndex].when = expression
            }
        }
        let actions = fields["actions"].map { readActions($0, themes: themesWithConditions, index: index) } ?? []
        if let node = fields["option_sets"], case .mapping(let sets) = node {
            warnUnusedOptionSets(sets, themes: fields["themes"])
        }
        guard let id, let version, let title else { return nil }
        let questionnaire = Questionnaire(
            id: id, version: version, language: lang, title: title, description: description, source: source,
            levels: levels, weakestLink: weakestLink, themes: themesWithConditions, actions: actions,
            sha256: sha256, path: path)
        if !reader.diagnostics.hasErrors {
            warnUntriggerableActions(questionnaire, actionsNode: fields["actions"])
        }
        return questionnaire
    }

    // MARK: - Ids

    enum IDPattern {
        case questionnaire, name, option

        func matches(_ s: String) -> Bool {
            let scalars = Array(s.unicodeScalars)
            guard let first = scalars.first else { return false }
            let lower: (Unicode.Scalar) -> Bool = { $0 >= "a" && $0 <= "z" }
            let digit: (Unicode.Scalar) -> Bool = { $0 >= "0" && $0 <= "9" }
            switch self {
            case .questionnaire:
                return (lower(first) || digit(first)) && scalars.allSatisfy { lower($0) || digit($0) || $0 == "-" }
            case .name:
                return lower(first) && scalars.allSatisfy { lower($0) || digit($0) || $0 == "_" }
            case .option:
                return scalars.allSatisfy { lower($0) || digit($0) || $0 == "_" }
            }
        }

        var rule: String {
            switch self {
            case .questionnaire: "[a-z0-9][a-z0-9-]*"
            case .name: "[a-z][a-z0-9_]*"
            case .option: "[a-z0-9_]+"
            }
        }
    }

    private mutating func readID(_ node: Node, key: String, pattern: IDPattern) -> String? {
        guard let value = reader.text(node, key: key) else { return nil }
        guard pattern.matches(value) else {
            reader.error(node, fr: "identifiant « \(value) » invalide : il doit suivre le modèle \(pattern.rule) (minuscules sans accent, chiffres\(pattern == .questionnaire ? ", tirets" : ", _"))",
                         en: "invalid id '\(value)': it must match \(pattern.rule)")
            return nil
        }
        return value
    }

    // MARK: - Levels

    /// Level ids are written as JSON numbers, read as doubles by most programs: beyond 2^53
    /// they would no longer be exact (2^53 + 1 reads as 2^53), so they are refused.
    static let largestLevelID = 1 << 53

    private mutating func readLevels(_ node: Node) -> [Level] {
        guard let items = reader.sequence(node, what: ("« levels »", "'levels'")) else { return [] }
        if items.count < 2 {
            reader.error(node, fr: "il faut au moins 2 niveaux de maturité", en: "at least 2 maturity levels are needed")
        }
        var levels: [Level] = []
        var previous: (min: Double, node: Node)?
        var previousID: Int?
        var seenIDs: Set<Int> = []
        for (i, item) in items.enumerated() {
            guard let f = reader.fields(item, allowed: Self.levelKeys, required: ["id", "name", "min"],
                                        what: ("le niveau \(i + 1)", "level \(i + 1)")) else { continue }
            let id = f["id"].flatMap { reader.integer($0, key: "id") }
            let name = f["name"].flatMap { reader.text($0, key: "name") }
            let min = f["min"].flatMap { reader.number($0, key: "min") }
            let description = f["description"].flatMap { reader.text($0, key: "description") }
            if let id, let idNode = f["id"] {
                if id > Self.largestLevelID || id < -Self.largestLevelID {
                    reader.error(idNode, fr: "l’id de niveau \(id) est trop grand : il doit rester entre -2^53 et 2^53 (9007199254740992), au-delà un nombre JSON ne le garde pas exactement",
                                 en: "level id \(id) is too large: it must lie between -2^53 and 2^53 (9007199254740992); beyond, a JSON number does not keep it exactly")
                } else if !seenIDs.insert(id).inserted {
                    reader.error(idNode, fr: "niveau \(id) en double", en: "duplicate level id \(id)")
                } else if let previousID, id <= previousID {
                    reader.warning(idNode, fr: "les ids de niveaux devraient croître avec « min » (\(id) après \(previousID)) : weakest_link compare les ids",
                                   en: "level ids should grow with 'min' (\(id) after \(previousID)): weakest_link compares ids")
                }
                previousID = id
            }
            if let min, let minNode = f["min"] {
                if i == 0, min != 0 {
                    reader.error(minNode, fr: "le premier niveau doit commencer à « min: 0 » (ici \(format(min)))",
                                 en: "the first level must start at 'min: 0' (here \(format(min)))")
                }
                if let previous, min <= previous.min {
                    reader.error(minNode, fr: "les niveaux doivent être croissants : min \(format(min)) ne dépasse pas le min \(format(previous.min)) du niveau précédent",
                                 en: "levels must be ascending: min \(format(min)) is not above the previous level's min \(format(previous.min))")
                }
                if min > 100 || min < 0 {
                    reader.error(minNode, fr: "« min » est un score entre 0 et 100 (ici \(format(min)))",
                                 en: "'min' is a score from 0 to 100 (here \(format(min)))")
                }
                previous = (min, minNode)
            }
            if let id, let name, let min {
                levels.append(Level(id: id, name: name, min: min, description: description))
            }
        }
        return levels
    }

    // MARK: - Options

    private mutating func readOptionSets(_ node: Node) -> [String: [AnswerOption]] {
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
    private mutating func readOptions(_ node: Node, owner: (fr: String, frOf: String, en: String)) -> [AnswerOption] {
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

    private mutating func readScore(_ node: Node, key: String) -> Double? {
        guard let score = reader.number(node, key: key) else { return nil }
        guard score >= 0, score <= 1 else {
            reader.error(node, fr: "un score est compris entre 0 et 1 (ici \(format(score)))",
                         en: "a score lies between 0 and 1 (here \(format(score)))")
            return nil
        }
        return score
    }

    // MARK: - Themes and questions

    private mutating func readThemes(_ node: Node, optionSets: [String: [AnswerOption]]) -> [Theme] {
        guard let items = reader.sequence(node, what: ("« themes »", "'themes'")) else { return [] }
        if items.isEmpty {
            reader.error(node, fr: "il faut au moins un thème", en: "at least one theme is needed")
        }
        var themes: [Theme] = []
        var seen: Set<String> = []
        var earlier: Set<String> = []
        for (i, item) in items.enumerated() {
            guard let f = reader.fields(item, allowed: Self.themeKeys, required: ["id", "title", "questions"],
                                        what: ("le thème \(i + 1)", "theme \(i + 1)")) else { continue }
            let id = f["id"].flatMap { readID($0, key: "id", pattern: .name) }
            if id == nil, let written = f["id"]?.scalar?.string { unreadableThemes.insert(written) }
            if let id, let idNode = f["id"], !seen.insert(id).inserted {
                reader.error(idNode, fr: "thème « \(id) » en double", en: "duplicate theme '\(id)'")
            }
            let themeID = id ?? "?"
            let title = f["title"].flatMap { reader.text($0, key: "title") }
            let description = f["description"].flatMap { reader.text($0, key: "description") }
            var weight = 1.0
            if let node = f["weight"], let w = reader.number(node, key: "weight") {
                if w <= 0 {
                    reader.error(node, fr: "le poids d’un thème doit être strictement positif", en: "a theme's weight must be > 0")
                } else {
                    weight = w
                }
            }
            var questions: [Question] = []
            if let node = f["questions"], let questionNodes = reader.sequence(node, what: ("les questions du thème « \(themeID) »", "the questions of theme '\(themeID)'")) {
                if questionNodes.isEmpty {
                    reader.error(node, fr: "le thème « \(themeID) » n’a aucune question", en: "theme '\(themeID)' has no question")
                }
                var seenQuestions: Set<String> = []
                for (j, questionNode) in questionNodes.enumerated() {
                    guard let (question, whenNode) = readQuestion(questionNode, themeID: themeID, position: j + 1, optionSets: optionSets) else { continue }
                    if !seenQuestions.insert(question.id).inserted {
                        reader.error(questionNode.mapping?["id"] ?? questionNode,
                                     fr: "question « \(question.id) » en double dans le thème « \(themeID) »",
                                     en: "duplicate question '\(question.id)' in theme '\(themeID)'")
                        continue
                    }
                    if let whenNode {
                        pendingQuestionConditions.append((question.fullID, whenNode, earlier, id == nil ? nil : themes.count, questions.count))
                    }
                    earlier.insert(question.fullID)
                    questions.append(question)
                }
                // A theme whose questions all weigh 0 is an inventory, informational on purpose.
                if !questions.isEmpty, !questions.contains(where: { $0.isScored && $0.weight > 0 }),
                   questions.contains(where: { $0.weight > 0 }) {
                    reader.warning(f.keyNode("questions"), fr: "le thème « \(themeID) » n’a aucune question notée : il ne sera jamais évalué",
                                   en: "theme '\(themeID)' has no scored question: it will never be assessed")
                }
            }
            // Kept without its title (already an error) so that conditions naming its questions
            // do not each report an unknown question.
            if let id {
                themes.append(Theme(id: id, title: title ?? "", description: description, weight: weight, questions: questions))
            }
        }
        return themes
    }

    private mutating func readQuestion(
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

    private mutating func readKind(
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
    private mutating func checkWholeBounds(_ rules: NumberRules, _ f: YAMLReader.Fields) {
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
    private mutating func warnKeysWithoutEffect(_ kind: Question.Kind, _ f: YAMLReader.Fields, weight: Double?, na: Bool) {
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

    private mutating func readBands(_ node: Node) -> [NumberRules.Band]? {
        guard let items = reader.sequence(node, what: ("« bands »", "'bands'")) else { return nil }
        guard !items.isEmpty else {
            reader.error(node, fr: "« bands » doit contenir au moins une tranche", en: "'bands' needs at least one band")
            return nil
        }
        var bands: [NumberRules.Band] = []
        var previous: Double?
        for (i, item) in items.enumerated() {
            let isLast = i == items.count - 1
            guard let f = reader.fields(item, allowed: Self.bandKeys, required: ["score"],
                                        what: ("la tranche \(i + 1)", "band \(i + 1)")) else { continue }
            let score = f["score"].flatMap { readScore($0, key: "score") }
            var upto: Double?
            if let node = f["upto"] {
                upto = reader.number(node, key: "upto")
                if isLast {
                    reader.error(node, fr: "la dernière tranche ne doit pas avoir de « upto » : elle prend toutes les valeurs au-delà",
                                 en: "the last band must not have an 'upto': it takes every value above")
                }
                if let u = upto, let p = previous, u <= p {
                    reader.error(node, fr: "les tranches doivent être croissantes : \(format(u)) ne dépasse pas \(format(p))",
                                 en: "bands must be ascending: \(format(u)) is not above \(format(p))")
                }
                previous = upto ?? previous
            } else if !isLast {
                reader.error(item, fr: "seule la dernière tranche peut omettre « upto »", en: "only the last band may omit 'upto'")
            }
            if let score { bands.append(NumberRules.Band(upto: isLast ? nil : upto, score: score)) }
        }
        return bands
    }

    // MARK: - Conditions

    /// A condition, checked; `warned` when it got a warning (it is still usable).
    private mutating func readCondition(
        _ node: Node, usage: ExpressionChecker.Usage, index: QuestionnaireIndex
    ) -> (expression: Expression?, warned: Bool) {
        guard let text = reader.text(node, key: "when") else { return (nil, false) }
        let expression: Expression
        do {
            expression = try Expression.parse(text, language: language)
        } catch {
            // `fin-de-vie.deee` does not parse; the theme id is the error, already reported.
            if index.unreadableThemes.contains(where: { Self.mentions(text, $0) }) { return (nil, false) }
            reader.error(at: reader.location(inScalar: node, offset: error.offset),
                         fr: "condition invalide : \(error.message)", en: "invalid condition: \(error.message)")
            return (nil, false)
        }
        var checker = ExpressionChecker(questionnaire: index, usage: usage, language: language)
        checker.check(expression)
        for problem in checker.problems {
            let place = reader.location(inScalar: node, offset: problem.offset)
            if problem.isWarning {
                reader.warning(at: place, fr: problem.message, en: problem.message)
            } else {
                reader.error(at: place, fr: problem.message, en: problem.message)
            }
        }
        let failed = checker.problems.contains { !$0.isWarning }
        return (failed ? nil : expression, checker.problems.contains(where: \.isWarning))
    }

    /// Whether `text` names `word` as a whole: not inside a longer name.
    private static func mentions(_ text: String, _ word: String) -> Bool {
        guard !word.isEmpty else { return false }
        let isName: (Character) -> Bool = { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
        var rest = text[...]
        while let range = rest.range(of: word) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            if !(before.map(isName) ?? false), !(after.map(isName) ?? false) { return true }
            rest = text[range.upperBound...]
        }
        return false
    }

    // MARK: - Actions

    private mutating func readActions(_ node: Node, themes: [Theme], index: QuestionnaireIndex) -> [Action] {
        guard let items = reader.sequence(node, what: ("« actions »", "'actions'")) else { return [] }
        var actions: [Action] = []
        var graph: [(id: String, after: [String])] = []
        var afterNodes: [String: Node] = [:]
        var seen: Set<String> = []
        let themeIDs = themes.map(\.id)
        for (i, item) in items.enumerated() {
            let name = item.mapping?["id"]?.scalar?.string ?? "\(i + 1)"
            let what = ("l’action « \(name) »", "action '\(name)'")
            guard let f = reader.fields(item, allowed: Self.actionKeys, required: ["id", "title", "theme", "priority", "effort", "when"],
                                        what: what) else { continue }
            let id = f["id"].flatMap { readID($0, key: "id", pattern: .name) }
            if let id, let idNode = f["id"], !seen.insert(id).inserted {
                reader.error(idNode, fr: "action « \(id) » en double", en: "duplicate action '\(id)'")
            }
            let title = f["title"].flatMap { reader.text($0, key: "title") }
            let description = f["description"].flatMap { reader.text($0, key: "description") }
            let owner = f["owner"].flatMap { reader.text($0, key: "owner") }
            let source = f["source"].flatMap { reader.text($0, key: "source") }
            var themeID: String?
            if let node = f["theme"], let t = reader.text(node, key: "theme") {
                if themeIDs.contains(t) {
                    themeID = t
                } else if !themeIDs.isEmpty, !unreadableThemes.contains(t) {
                    let hint = Suggestion.closest(to: t, among: themeIDs).map {
                        language.pick(fr: " ; vouliez-vous dire « \($0) » ?", en: "; did you mean '\($0)'?")
                    } ?? ""
                    reader.error(node, fr: "thème « \(t) » inconnu pour l’action « \(name) »\(hint)",
                                 en: "unknown theme '\(t)' for action '\(name)'\(hint)")
                }
            }
            let priority = f["priority"].flatMap { readGrade($0, key: "priority") }
            let effort = f["effort"].flatMap { readGrade($0, key: "effort") }
            var when: Expression?
            if let node = f["when"] {
                let condition = readCondition(node, usage: .action, index: index)
                when = condition.expression
                if condition.warned, let id { actionsWarnedInCondition.insert(id) }
            }
            var after: [String] = []
            if let node = f["after"], let entries = reader.sequence(node, what: ("« after »", "'after'")) {
                for entry in entries {
                    if let a = reader.text(entry, key: "after") { after.append(a) }
                }
                if let id { afterNodes[id] = node }
            }
            if let id { graph.append((id, after)) }
            if let id, let title, let themeID, let priority, let effort, let when {
                actions.append(Action(id: id, title: title, description: description, themeID: themeID, priority: priority,
                                      effort: effort, when: when, after: after, owner: owner, source: source))
            }
        }
        checkAfter(graph, afterNodes: afterNodes)
        return actions
    }

    private mutating func readGrade(_ node: Node, key: String) -> Grade? {
        guard let value = reader.text(node, key: key) else { return nil }
        if let grade = Grade(rawValue: value) { return grade }
        let hint = Suggestion.closest(to: value, among: Grade.allCases.map(\.rawValue)).map {
            language.pick(fr: " ; vouliez-vous dire « \($0) » ?", en: "; did you mean '\($0)'?")
        } ?? ""
        reader.error(node, fr: "« \(key) » vaut low, medium ou high, pas « \(value) »\(hint)",
                     en: "'\(key)' is low, medium or high, not '\(value)'\(hint)")
        return nil
    }

    private mutating func checkAfter(_ graph: [(id: String, after: [String])], afterNodes: [String: Node]) {
        let known = graph.map(\.id)
        let knownSet = Set(known)
        for (id, after) in graph {
            guard let node = afterNodes[id], case .sequence(let entries) = node else { continue }
            for (entryNode, target) in zip(entries, after) {
                if target == id {
                    reader.error(entryNode, fr: "l’action « \(target) » ne peut pas venir après elle-même",
                                 en: "action '\(target)' cannot come after itself")
                } else if !knownSet.contains(target) {
                    let hint = Suggestion.closest(to: target, among: known).map {
                        language.pick(fr: " ; vouliez-vous dire « \($0) » ?", en: "; did you mean '\($0)'?")
                    } ?? ""
                    reader.error(entryNode, fr: "action « \(target) » inconnue dans « after »\(hint)",
                                 en: "unknown action '\(target)' in 'after'\(hint)")
                }
            }
        }
        // Depth-first search; each cycle is reported once, at the `after` of its first action in file order.
        var edges: [String: [String]] = [:]
        for (id, after) in graph where edges[id] == nil {
            edges[id] = after.filter { knownSet.contains($0) && $0 != id }
        }
        let order = Dictionary(known.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var state: [String: Int] = [:]  // 1 on the current path, 2 done
        var reported: Set<String> = []
        for start in known where state[start] == nil {
            var stack: [(id: String, next: Int)] = [(start, 0)]
            var path: [String] = [start]
            state[start] = 1
            while let top = stack.last {
                let deps = edges[top.id] ?? []
                guard top.next < deps.count else {
                    state[top.id] = 2
                    stack.removeLast()
                    path.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                let dep = deps[top.next]
                if state[dep] == 1, let from = path.firstIndex(of: dep) {
                    let members = Array(path[from...])
                    guard reported.insert(members.sorted().joined(separator: ",")).inserted else { continue }
                    let first = members.min { (order[$0] ?? 0) < (order[$1] ?? 0) } ?? dep
                    // Show the cycle starting from its first action, in `after` direction.
                    let k = members.firstIndex(of: first) ?? 0
                    let text = (Array(members[k...]) + Array(members[..<k]) + [first]).joined(separator: " → ")
                    reader.error(afterNodes[first], fr: "cycle dans « after » : \(text)", en: "cycle in 'after': \(text)")
                } else if state[dep] == nil {
                    state[dep] = 1
                    stack.append((dep, 0))
                    path.append(dep)
                }
            }
        }
    }

    // MARK: - Warnings

    private mutating func warnUnusedOptionSets(_ sets: Node.Mapping, themes: Node?) {
        var used: Set<String> = []
        if case .sequence(let themeNodes)? = themes {
            for theme in themeNodes {
                guard case .sequence(let questions)? = theme.mapping?["questions"] else { continue }
                for question in questions {
                    if case .scalar(let s)? = question.mapping?["options"] { used.insert(s.string) }
                }
            }
        }
        for (key, _) in sets {
            if let name = key.scalar?.string, !used.contains(name) {
                reader.warning(key, fr: "le jeu d’options « \(name) » n’est utilisé par aucune question",
                               en: "option set '\(name)' is used by no question")
            }
        }
    }

    private mutating func warnUntriggerableActions(_ questionnaire: Questionnaire, actionsNode: Node?) {
        guard case .sequence(let nodes)? = actionsNode else { return }
        for action in questionnaire.actions where !actionsWarnedInCondition.contains(action.id) {
            guard TriggerSearch(questionnaire: questionnaire).canNeverTrigger(action) else { continue }
            let node = nodes.first { $0.mapping?["id"]?.scalar?.string == action.id }
            reader.warning(node?.mapping?["when"] ?? node,
                           fr: "l’action « \(action.id) » ne peut être déclenchée par aucune réponse",
                           en: "action '\(action.id)' cannot be triggered by any answer")
        }
    }

    private func format(_ x: Double) -> String {
        x.rounded() == x && abs(x) < 1e15 ? String(Int(x)) : String(x)
    }
}
