import Yams

/// The questionnaire's own keys: format, id, language, scoring; and the order of the pass.
extension QuestionnaireBuilder {
    mutating func build(_ root: Node, sha256: String, path: String) -> Questionnaire? {
        guard let fields = reader.fields(root, allowed: Self.rootKeys,
                                         required: ["format", "id", "version", "language", "title", "levels", "themes"],
                                         what: ("le questionnaire", "the questionnaire")) else { return nil }
        if let node = fields["format"] {
            if let format = reader.integer(node, key: "format"), format != 1 {
                reader.error(node, LoaderMessage.unsupportedFormat(format, in: language))
            }
        }
        let id = fields["id"].flatMap { readID($0, key: "id", pattern: .questionnaire) }
        let version = fields["version"].flatMap { reader.text($0, key: "version") }
        var lang = language
        if let node = fields["language"], let value = reader.text(node, key: "language") {
            if let parsed = Language(rawValue: value) {
                lang = parsed
            } else {
                reader.error(node, LoaderMessage.unsupportedLanguage(value, in: language))
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
                reader.error(wl, LoaderMessage.negativeWeakestLink(in: language))
            } else {
                weakestLink = k
            }
        }
        let factors = fields["factors"].map { readFactors($0) } ?? (declared: [], ids: [])
        let optionSets = fields["option_sets"].map { readOptionSets($0) } ?? [:]
        let themes = fields["themes"].map { readThemes($0, optionSets: optionSets) } ?? []
        var index = QuestionnaireIndex(themes: themes)
        index.levelIDs = levels.map(\.id)
        index.unreadableQuestions = unreadableQuestions
        index.unreadableThemes = unreadableThemes
        index.factorIDs = factors.ids
        index.indicatorIDs = fields["indicators"].map { indicatorIDs($0) } ?? []
        let indicators = fields["indicators"].map { readIndicators($0, index: index) } ?? []
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
            factors: factors.declared, indicators: indicators, sha256: sha256, path: path)
        if !reader.diagnostics.hasErrors {
            warnUntriggerableActions(questionnaire, actionsNode: fields["actions"])
        }
        return questionnaire
    }
}
